import type { TimedTestConfig } from './timed-test-config';
import type { MotionProblem } from './timed-test-store';
import { startTimedTest } from './start-test';

const WHY: Record<MotionProblem, string> = {
  absent: 'This phone or browser does not let apps use its movement, so it cannot count your stands.',
  denied:
    'Regain was not allowed to use the phone’s movement, so it cannot count your stands. To allow it another day, close Regain fully, open it again, and choose Allow when the phone asks.',
  silent: 'The phone did not send any movement, so it cannot count your stands. Some phones and browsers do not share it.',
};

/** After Start: the phone cannot measure. Says why in plain words and starts the test another way at once (the checks are already ticked). */
export function MotionProblemNotice({ config, problem }: { config: TimedTestConfig; problem: MotionProblem }) {
  const others = config.methods.filter((m) => m !== 'motion');
  return (
    <section className="gt-panel gt-problem" aria-labelledby="gt-problem-heading">
      <h2 id="gt-problem-heading">The phone cannot count this time</h2>
      <p>{WHY[problem]}</p>
      <p>Choose another way. The test starts straight away.</p>
      <div className="gt-actions">
        {others.map((m) => (
          <button key={m} type="button" onClick={() => startTimedTest(config, m)}>
            {config.methodWords[m]?.start}
          </button>
        ))}
      </div>
    </section>
  );
}
