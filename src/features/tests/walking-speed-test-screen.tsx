import { MOBILITY_TIME_MAX_S } from '../../db/mobility-schema';
import { useProfile } from '../../db/use-profile';
import { assess, GAIT_SPEED_LINES, walkingSpeed } from '../../domain/mobility-norms';
import { Screen } from '../../ui/screen';
import { formatSpeed, LinesView, useTestUnderWay } from './mobility-run';
import { CourseChoice, ReadyStep, SaveStep, Status, StepArea, useEmergencyNumber, useSessionStep } from './mobility-screen';
import { TimedTrials } from './timed-trials';
import { walkTrials } from './walk-trials';

export const WALK_CHECKS = [
  'I have measured the distance and marked the start and the end on a flat floor.',
  'The way is clear, with room to walk on past the end mark: no rugs, cables or pets.',
  'If I feel at all unsteady, someone will walk beside me.',
] as const;

type Step = { step: 'ready' } | { step: 'running' } | { step: 'result'; walks: number[] | 'unable' };

/** Usual walking speed, over 4 metres (or 3 in a small home): two walks, the faster kept. */
export function WalkingSpeedTestScreen() {
  const [current, setCurrent, forget] = useSessionStep<Step>('walking-speed-test', { step: 'ready' });
  const [course, setCourse] = useSessionStep<3 | 4>('walking-speed-test-course', 4);
  const { units } = useProfile();
  const emergencyNumber = useEmergencyNumber();
  useTestUnderWay('walking-speed-test', current.step === 'running');
  const reset = () => setCurrent({ step: 'ready' });

  return (
    <Screen title="Walking speed test">
      <StepArea step={current.step}>
        <Status>{current.step === 'result' ? 'Walking speed test finished.' : ''}</Status>
        {current.step === 'ready' ? (
          <ReadyStep
            intro="This test times two short walks at your usual pace, with your walking stick or frame if you use one. Your speed comes from the faster walk."
            checks={WALK_CHECKS}
            startLabel="Start the test"
            onStart={() => setCurrent({ step: 'running' })}
            emergencyNumber={emergencyNumber}
          >
            <CourseChoice course={course} onChange={setCourse} units={units} />
          </ReadyStep>
        ) : null}
        {current.step === 'running' ? (
          <TimedTrials
            trials={walkTrials(course, units)}
            limitSeconds={MOBILITY_TIME_MAX_S}
            emergencyNumber={emergencyNumber}
            onDone={(walks) => setCurrent({ step: 'result', walks })}
            unableLabel="Record that I could not do the walk"
            onUnable={() => setCurrent({ step: 'result', walks: 'unable' })}
            onDiscard={reset}
          />
        ) : null}
        {current.step === 'result' ? (
          <SaveStep
            record={{ kind: 'walk', courseMetres: course, walkSeconds: current.walks, timedBy: 'tapped' }}
            onDiscard={reset}
            onSaved={forget}
            saveAtOnce={current.walks === 'unable'}
          >
            <WalkResult walks={current.walks} course={course} units={units} />
          </SaveStep>
        ) : null}
      </StepArea>
    </Screen>
  );
}

function WalkResult({ walks, course, units }: { walks: number[] | 'unable'; course: 3 | 4; units: 'metric' | 'imperial' }) {
  if (walks === 'unable') {
    return (
      <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
        <h2 id="gt-result-heading">Your result</h2>
        <p>You could not do the walk this time. That is worth telling your doctor or physiotherapist.</p>
      </section>
    );
  }
  const faster = Math.min(...walks);
  const speed = walkingSpeed(course, faster);
  return (
    <>
      <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
        <h2 id="gt-result-heading">Your result</h2>
        <p className="gt-result-value">
          <span className="gt-big">{formatSpeed(speed, units)}</span> your walking speed
        </p>
        <ul className="gt-norms">
          {walks.map((seconds, i) => (
            <li key={i}>
              Walk {i + 1}: {seconds.toFixed(1)} seconds
            </li>
          ))}
        </ul>
        <p>Your speed is worked out from the faster walk, over {course} metres.</p>
      </section>
      <LinesView
        lines={assess(GAIT_SPEED_LINES, speed)}
        note={
          course === 3
            ? 'You walked 3 metres, not 4: these lines were set over longer distances (4 metres, and 6 metres for one), so take this result as a guide.'
            : 'One of these lines was set over 6 metres, not 4, so take it as a guide.'
        }
      />
    </>
  );
}
