import { MOBILITY_TIME_MAX_S } from '../../db/mobility-schema';
import { assess, TUG_LINES } from '../../domain/mobility-norms';
import { Screen } from '../../ui/screen';
import { LinesView, useTestUnderWay } from './mobility-run';
import { ReadyStep, SaveStep, Status, StepArea, useEmergencyNumber, useSessionStep } from './mobility-screen';
import { TimedTrials, type Trial } from './timed-trials';

export const TUG_CHECKS = [
  'A chair with arms is pushed back against a wall, so it cannot slide.',
  'There is a line on the floor 3 metres (10 feet) from the front of the chair, and the way is clear.',
  'Someone is with me to tap Start and Stop, and to walk beside me if I feel unsteady.',
] as const;

const TUG_TRIAL: Trial = {
  heading: 'Ready',
  before:
    'Sit with your back against the chair. At “Go”, stand up, walk at your normal pace to the line, turn, walk back and sit down.',
  startLabel: 'Start: the helper taps Stop',
  firstWords: 'Sit with your back against the chair. When I say go, stand up, walk to the line, turn, walk back and sit down.',
  doing: 'Stand up, walk to the line, turn, walk back and sit down.',
  stopHint: 'when the person is sitting down again',
};

type Step = { step: 'ready' } | { step: 'running' } | { step: 'result'; seconds: number | 'unable' };

/** Timed Up and Go (CDC STEADI): from sitting, up, 3 metres, turn, back, seated; a helper taps Start and Stop. */
export function TugTestScreen() {
  const [current, setCurrent, forget] = useSessionStep<Step>('tug-test', { step: 'ready' });
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
            checks={TUG_CHECKS}
            startLabel="Start the test"
            onStart={() => setCurrent({ step: 'running' })}
            emergencyNumber={emergencyNumber}
          />
        ) : null}
        {current.step === 'running' ? (
          <TimedTrials
            trials={[TUG_TRIAL]}
            limitSeconds={MOBILITY_TIME_MAX_S}
            emergencyNumber={emergencyNumber}
            onDone={([seconds]) => setCurrent({ step: 'result', seconds: seconds! })}
            unableLabel="Record that I could not do the test"
            onUnable={() => setCurrent({ step: 'result', seconds: 'unable' })}
            onDiscard={reset}
          />
        ) : null}
        {current.step === 'result' ? (
          <SaveStep record={{ kind: 'tug', seconds: current.seconds, timedBy: 'tapped' }} onDiscard={reset} onSaved={forget} saveAtOnce={current.seconds === 'unable'}>
            <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
              <h2 id="gt-result-heading">Your result</h2>
              {current.seconds === 'unable' ? (
                <p>You could not do the test this time. That is worth telling your doctor or physiotherapist.</p>
              ) : (
                <p className="gt-result-value">
                  <span className="gt-big">{current.seconds.toFixed(1)}</span> seconds
                </p>
              )}
            </section>
            {current.seconds === 'unable' ? null : <LinesView lines={assess(TUG_LINES, current.seconds)} />}
          </SaveStep>
        ) : null}
      </StepArea>
    </Screen>
  );
}
