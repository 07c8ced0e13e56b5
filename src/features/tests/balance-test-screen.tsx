import { STANCES, type Stance } from '../../db/mobility-schema';
import { assess, TANDEM_LINE } from '../../domain/mobility-norms';
import { Screen } from '../../ui/screen';
import { BalancePart, HOLD_SECONDS, STANCE_WORDS, type StoppedBy } from './balance-part';
import { LinesView, useTestUnderWay } from './mobility-run';
import { PhoneChoice, ReadyStep, SaveStep, Status, StepArea, useEmergencyNumber, useSessionStep } from './mobility-screen';

export const BALANCE_CHECKS = [
  'Someone is standing close beside me, ready to steady me.',
  'The floor around me is clear: no rugs, cables or pets.',
  'A sturdy chair or kitchen counter is within reach, but I will not hold it during the test.',
] as const;

type Step = { step: 'ready' } | { step: 'running' } | { step: 'result'; holds: Record<Stance, number | null>; stoppedBy: StoppedBy | undefined };

/** The choice on the ready step: with the phone held on the chest, a sway or step can end a stance. */
export const BALANCE_PHONE_WORDS = {
  phone: {
    label: 'Phone on my chest',
    hint: 'Hold it flat on your chest with one hand. If you sway or step, the phone notices and asks you.',
  },
  other: { label: 'No phone on my chest', hint: 'You, or the person with you, tap “I moved” if your feet move.' },
};

/** How long each stance was held, in words: "10 seconds", "4.2 seconds", "not tried". */
export function HoldsList({ holds, stances }: { holds: Record<Stance, number | null>; stances: readonly Stance[] }) {
  return (
    <ul className="gt-norms">
      {stances.map((stance) => {
        const held = holds[stance];
        return (
          <li key={stance}>
            <strong>{STANCE_WORDS[stance].name}:</strong>{' '}
            {held === null ? 'not tried' : held >= HOLD_SECONDS ? `held for ${HOLD_SECONDS} seconds` : `held for ${held.toFixed(1)} seconds`}
          </li>
        );
      })}
    </ul>
  );
}

/** The 4-stage balance test (CDC STEADI): four stances, 10 seconds each, the next only after the one before was held. */
export function BalanceTestScreen() {
  const [current, setCurrent, forget] = useSessionStep<Step>('balance-test', { step: 'ready' });
  // Tapping is the test as published; the phone is an extra the person chooses.
  const [phone, setPhone] = useSessionStep('balance-test-phone', false);
  const emergencyNumber = useEmergencyNumber();
  useTestUnderWay('balance-test', current.step === 'running');
  const reset = () => setCurrent({ step: 'ready' });

  return (
    <Screen title="Balance test">
      <StepArea step={current.step}>
        <Status>{current.step === 'result' ? 'Balance test finished.' : ''}</Status>
        {current.step === 'ready' ? (
          <ReadyStep
            intro="Four ways of standing, each a little harder. Hold each one for 10 seconds."
            steps={[
              'Tap Start for each stance. The phone says how to stand, counts down out loud, then says “Go”.',
              'If your feet move or you need support, tap “I moved”: the test ends there, and that is a result too.',
              'With the phone on your chest, a sudden sway or step makes it ask whether you moved.',
            ]}
            checks={BALANCE_CHECKS}
            startLabel="Start the test"
            onStart={() => setCurrent({ step: 'running' })}
            emergencyNumber={emergencyNumber}
          >
            <PhoneChoice phone={phone} onChange={setPhone} question="Will you hold the phone on your chest?" words={BALANCE_PHONE_WORDS} />
          </ReadyStep>
        ) : null}
        {current.step === 'running' ? (
          <BalancePart
            motion={phone}
            stances={STANCES}
            emergencyNumber={emergencyNumber}
            onDone={(holds, stoppedBy) => setCurrent({ step: 'result', holds, stoppedBy })}
            unableLabel="Record that I could not hold this stance"
            onDiscard={reset}
          />
        ) : null}
        {current.step === 'result' ? (
          <SaveStep record={{ kind: 'balance', holds: current.holds, ...(current.stoppedBy ? { stoppedBy: current.stoppedBy } : {}) }} onDiscard={reset} onSaved={forget}>
            <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
              <h2 id="gt-result-heading">Your result</h2>
              <HoldsList holds={current.holds} stances={STANCES} />
            </section>
            <LinesView lines={assess([TANDEM_LINE], current.holds.tandem ?? 0)} />
          </SaveStep>
        ) : null}
      </StepArea>
    </Screen>
  );
}
