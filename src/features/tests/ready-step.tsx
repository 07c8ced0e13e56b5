import { MethodChoice } from './method-choice';
import { MotionProblemNotice } from './motion-problem';
import { SafetyChecklist, StopIfUnwell } from './safety-checklist';
import { ReadyTimeChoice } from './ready-time-choice';
import { useReadyTime } from './ready-time';
import { SpeechToggle } from './speech-toggle';
import { startTimedTest } from './start-test';
import type { TimedTestConfig } from './timed-test-config';
import type { MotionProblem } from './timed-test-store';

interface ReadyStepProps {
  config: TimedTestConfig;
  problem: MotionProblem | undefined;
  emergencyNumber: string | null;
}

/** Before the test: what it is, how it will be measured, how it works, the safety checks, Start. */
export function ReadyStep({ config, problem, emergencyNumber }: ReadyStepProps) {
  const method = config.store((s) => s.method);
  const readySeconds = useReadyTime();
  const { practise, enterWithoutTimer } = config.store.getState();
  const start = () => startTimedTest(config, config.store.getState().method);
  return (
    <>
      {problem ? <MotionProblemNotice config={config} problem={problem} /> : null}
      <p className="screen-intro">{config.intro}</p>
      <StopIfUnwell emergencyNumber={emergencyNumber} />
      {config.methods.length > 1 ? <MethodChoice config={config} /> : null}
      <section className="gt-panel" aria-labelledby="gt-how-heading">
        <h2 id="gt-how-heading">How it works</h2>
        <ol className="gt-steps">
          {config.howItWorks(method, readySeconds).map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>{config.rulesNote}</p>
      </section>
      {method === 'tapped' ? null : <ReadyTimeChoice />}
      <SafetyChecklist
        actions={[
          { label: 'Start the test', onStart: start },
          ...(config.practice ? [{ label: 'Practise first', onStart: practise, secondary: true }] : []),
        ]}
      />
      <SpeechToggle />
      <p>
        <button type="button" className="gt-link-button" onClick={enterWithoutTimer}>
          {config.typeInLabel}
        </button>
      </p>
    </>
  );
}

export function PracticeStep({ config }: { config: TimedTestConfig }) {
  const reset = config.store((s) => s.reset);
  return (
    <section className="gt-panel" aria-labelledby="gt-practice-heading">
      <h2 id="gt-practice-heading">Practice</h2>
      <p>
        With your arms crossed, stand up and sit down once or twice, slowly. Nothing is timed or saved. Then rest for a
        minute.
      </p>
      <div className="gt-actions">
        <button type="button" onClick={() => startTimedTest(config, config.store.getState().method)}>
          I am ready: start the test
        </button>
        <button type="button" className="gt-secondary" onClick={reset}>
          Back
        </button>
      </div>
    </section>
  );
}
