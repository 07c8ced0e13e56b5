import { MOBILITY_TIME_MAX_S } from '../../db/mobility-schema';
import { assess, TUG_LINES } from '../../domain/mobility-norms';
import type { MotionSample } from '../../domain/stand-detector-types';
import { findTugSit } from '../../domain/tug-detector';
import { Screen } from '../../ui/screen';
import { ReadySeconds } from './ready-time-choice';
import { LinesView, useTestUnderWay } from './mobility-run';
import { PhoneChoice, ReadyStep, SaveStep, Status, StepArea, useEmergencyNumber, useSessionStep } from './mobility-screen';
import { TimedTrials, type Trial } from './timed-trials';

const CHAIR = 'A chair with arms is pushed back against a wall, so it cannot slide.';
const COURSE = 'There is a line on the floor 3 metres (10 feet) from the front of the chair, and the way is clear.';

/** The checks before the test: with the phone timing it, no helper is needed (though one is advised if unsteady). */
export const TUG_CHECKS = {
  phone: [CHAIR, COURSE, 'I will hold the phone flat on my chest with one hand, and use my walking stick or frame if I normally do.'],
  helper: [CHAIR, COURSE, 'Someone is with me to tap Start and Stop, and to walk beside me if I feel unsteady.'],
} as const;

export const TUG_PHONE_WORDS = {
  phone: {
    label: 'Phone on my chest (no helper needed)',
    hint: 'Hold it flat on your chest with one hand. The clock starts at “Go” and stops by itself when you sit down again.',
  },
  other: { label: 'Someone will tap Start and Stop', hint: 'A person with you taps Stop as soon as you are sitting down again.' },
};

/** The phone's recording so far: the moment the person sat down again, in seconds from Go. */
const seatedAgain = (samples: readonly MotionSample[]) => findTugSit(samples)?.seatedAt ?? null;

const PHONE_TRIAL: Trial = {
  heading: 'Ready',
  before: (
    <>
      Sit with your back against the chair, the phone flat on your chest. After Start you have <ReadySeconds /> seconds to get ready. At “Go”, stand up, walk at your normal pace to the line, turn, walk back and sit down. The clock stops by itself when you are seated.
    </>
  ),
  startLabel: 'Start: the phone on my chest',
  firstWords: 'Sit with your back against the chair, and hold the phone on your chest. When I say go, stand up, walk to the line, turn, walk back and sit down.',
  doing: 'Stand up, walk to the line, turn, walk back and sit down.',
  stopHint: 'if the clock does not stop when you sit down',
};

const TUG_TRIAL: Trial = {
  heading: 'Ready',
  before:
    'Sit with your back against the chair. At “Go”, stand up, walk at your normal pace to the line, turn, walk back and sit down.',
  startLabel: 'Start: the helper taps Stop',
  firstWords: 'Sit with your back against the chair. When I say go, stand up, walk to the line, turn, walk back and sit down.',
  doing: 'Stand up, walk to the line, turn, walk back and sit down.',
  stopHint: 'when the person is sitting down again',
};

type Step = { step: 'ready' } | { step: 'running' } | { step: 'result'; seconds: number | 'unable'; timedBy: 'motion' | 'tapped' };

/**
 * Timed Up and Go (CDC STEADI): from sitting, up, 3 metres, turn, back,
 * seated. The phone on the chest times it (from "Go" to seated again), or a
 * helper taps Start and Stop.
 */
export function TugTestScreen() {
  const [current, setCurrent, forget] = useSessionStep<Step>('tug-test', { step: 'ready' });
  const [phone, setPhone] = useSessionStep('tug-test-phone', true);
  const emergencyNumber = useEmergencyNumber();
  useTestUnderWay('tug-test', current.step === 'running');
  const reset = () => setCurrent({ step: 'ready' });

  return (
    <Screen title="Timed Up and Go">
      <StepArea step={current.step}>
        <Status>{current.step === 'result' ? 'Timed Up and Go finished.' : ''}</Status>
        {current.step === 'ready' ? (
          <ReadyStep
            intro="This test times how long you take to stand up from a chair, walk to a line 3 metres away, come back and sit down. Use your walking stick or frame if you normally do."
            steps={phone ? ['If you sometimes feel unsteady when you walk, ask someone to be nearby.'] : undefined}
            checks={phone ? TUG_CHECKS.phone : TUG_CHECKS.helper}
            startLabel="Start the test"
            onStart={() => setCurrent({ step: 'running' })}
            emergencyNumber={emergencyNumber}
          >
            <PhoneChoice phone={phone} onChange={setPhone} question="How the time is taken" words={TUG_PHONE_WORDS} picture />
          </ReadyStep>
        ) : null}
        {current.step === 'running' ? (
          <TimedTrials
            trials={[phone ? PHONE_TRIAL : TUG_TRIAL]}
            limitSeconds={MOBILITY_TIME_MAX_S}
            emergencyNumber={emergencyNumber}
            motionStop={phone ? seatedAgain : undefined}
            onDone={([seconds], [by]) => setCurrent({ step: 'result', seconds: seconds!, timedBy: by ?? 'tapped' })}
            unableLabel="Record that I could not do the test"
            onUnable={() => setCurrent({ step: 'result', seconds: 'unable', timedBy: phone ? 'motion' : 'tapped' })}
            onDiscard={reset}
          />
        ) : null}
        {current.step === 'result' ? (
          <SaveStep record={{ kind: 'tug', seconds: current.seconds, timedBy: current.timedBy ?? 'tapped' }} onDiscard={reset} onSaved={forget} saveAtOnce={current.seconds === 'unable'}>
            <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
              <h2 id="gt-result-heading">Your result</h2>
              {current.seconds === 'unable' ? (
                <p>You could not do the test this time. That is worth telling your doctor or physiotherapist.</p>
              ) : (
                <>
                  <p className="gt-result-value">
                    <span className="gt-big">{current.seconds.toFixed(1)}</span> seconds
                  </p>
                  {current.timedBy === 'motion' ? (
                    <p>The phone stopped the clock when you sat down. If that is not right, choose Do not save and try again.</p>
                  ) : null}
                </>
              )}
            </section>
            {current.seconds === 'unable' ? null : <LinesView lines={assess(TUG_LINES, current.seconds)} />}
          </SaveStep>
        ) : null}
      </StepArea>
    </Screen>
  );
}
