import { FIVE_STANDS_MAX_S, MOBILITY_TIME_MAX_S, type Stance } from '../../db/mobility-schema';
import { useProfile } from '../../db/use-profile';
import { assessSppb, fourMetreEquivalent, sppbScore, SPPB_SOURCE, type PartResult } from '../../domain/sppb';
import { Link, useNavigate } from 'react-router';
import { Screen } from '../../ui/screen';
import { BALANCE_TEST_PATH, FIVE_TIMES_TEST_PATH, TUG_TEST_PATH, WALKING_SPEED_TEST_PATH } from '../../ui/paths';
import { BalancePart } from './balance-part';
import { HoldsList } from './balance-test-screen';
import { LinesView, useTestUnderWay } from './mobility-run';
import { CourseChoice, ReadyStep, SaveStep, Status, StepArea, useEmergencyNumber, useSessionStep } from './mobility-screen';
import { TimedTrials, type Trial } from './timed-trials';
import { walkTrials } from './walk-trials';
import { SPPB_SESSION_KEY } from './sppb-handoff';
import { SppbStandsChoice } from './sppb-stands-choice';

const SPPB_STANCES: readonly Stance[] = ['sideBySide', 'semiTandem', 'tandem'];

export const SPPB_CHECKS = [
  'Someone is with me, standing close by during the balance part and walking beside me if I feel unsteady.',
  'I have marked the walking distance on a clear, flat floor: no rugs, cables or pets.',
  'A chair without arms is pushed back against a wall, so it cannot slide.',
] as const;

const STANDS_TRIAL: Trial = {
  heading: 'Part 3 of 3: five chair stands',
  before:
    'Sit with your arms crossed on your chest. At “Go”, stand all the way up and sit down, 5 times, as fast as you safely can, without using your arms.',
  startLabel: 'Start the chair stands',
  firstWords: 'Sit back, and cross your arms.',
  doing: 'Stand up and sit down, five times, as fast as you safely can.',
  stopHint: 'when standing up the fifth time',
};

type Holds = Record<Stance, number | null>;
type Step =
  | { step: 'ready' }
  | { step: 'balance' }
  | { step: 'walk'; holds: Holds }
  /** `by`: who times the stands, once chosen; `phoneSince`: when the person went to time them with the phone. */
  | { step: 'stands'; holds: Holds; walk: PartResult; by?: 'helper'; phoneSince?: string }
  | { step: 'result'; holds: Holds; walk: PartResult; stands: PartResult };

const hundredths = (seconds: number) => Math.round(seconds * 100) / 100;

/** The walks as the time over 4 metres, the faster kept: a 3 metre course is scaled. */
function fasterOverFourMetres(walks: number[], course: 3 | 4): number {
  return hundredths(fourMetreEquivalent(Math.min(...walks), course));
}

/** The Short Physical Performance Battery in one session: balance, a short walk, five chair stands; 0–12 points. */
export function SppbTestScreen() {
  const [current, setCurrent, forget] = useSessionStep<Step>(SPPB_SESSION_KEY, { step: 'ready' });
  const navigate = useNavigate();
  const [course, setCourse] = useSessionStep<3 | 4>('sppb-test-course', 4);
  const { units } = useProfile();
  const emergencyNumber = useEmergencyNumber();
  // Choosing how to time the stands holds nothing that leaving would lose: the session waits in sessionStorage.
  const choosing = current.step === 'stands' && current.by !== 'helper';
  useTestUnderWay('sppb-test', current.step !== 'ready' && current.step !== 'result' && !choosing);
  const reset = () => setCurrent({ step: 'ready' });
  const endSession = 'End the session: save nothing';

  return (
    <Screen title="Physical performance (SPPB)">
      <StepArea step={current.step}>
        <Status>{current.step === 'result' ? 'Session finished.' : ''}</Status>
        {current.step === 'ready' ? (
          <ReadyStep
            intro="Three short tests in one session: balance, two short walks and five chair stands, each started with a tap and a countdown out loud. Rest between them. Together they give a score out of 12."
            checks={SPPB_CHECKS}
            startLabel="Start the session"
            onStart={() => setCurrent({ step: 'balance' })}
            emergencyNumber={emergencyNumber}
          >
            <CourseChoice course={course} onChange={setCourse} units={units} />
          </ReadyStep>
        ) : null}
        {current.step === 'ready' ? <OneTestOnly /> : null}
        {current.step === 'balance' ? (
          <>
            <p className="gt-part">Part 1 of 3: balance</p>
            <BalancePart
              stances={SPPB_STANCES}
              emergencyNumber={emergencyNumber}
              onDone={(holds) => setCurrent({ step: 'walk', holds })}
              unableLabel="I could not hold it: record that and go on"
              onDiscard={reset}
              discardLabel={endSession}
            />
          </>
        ) : null}
        {current.step === 'walk' ? (
          <>
            <p className="gt-part">Part 2 of 3: walking</p>
            <TimedTrials
              trials={walkTrials(course, units)}
              limitSeconds={MOBILITY_TIME_MAX_S}
              emergencyNumber={emergencyNumber}
              onDone={(walks) => setCurrent({ step: 'stands', holds: current.holds, walk: fasterOverFourMetres(walks, course) })}
              unableLabel="I could not do the walk: record that and go on"
              onUnable={() => setCurrent({ step: 'stands', holds: current.holds, walk: 'unable' })}
              onDiscard={reset}
              discardLabel={endSession}
            />
          </>
        ) : null}
        {current.step === 'stands' && current.by !== 'helper' ? (
          <SppbStandsChoice
            phoneSince={current.phoneSince}
            onPhone={() => {
              setCurrent({ ...current, phoneSince: new Date().toISOString() });
              void navigate(FIVE_TIMES_TEST_PATH);
            }}
            onHelper={() => setCurrent({ ...current, by: 'helper' })}
            onTimed={(seconds) => setCurrent({ step: 'result', holds: current.holds, walk: current.walk, stands: seconds })}
            onUnable={() => setCurrent({ step: 'result', holds: current.holds, walk: current.walk, stands: 'unable' })}
          />
        ) : null}
        {current.step === 'stands' && current.by === 'helper' ? (
          <TimedTrials
            trials={[STANDS_TRIAL]}
            limitSeconds={FIVE_STANDS_MAX_S}
            emergencyNumber={emergencyNumber}
            onDone={([seconds]) => setCurrent({ step: 'result', holds: current.holds, walk: current.walk, stands: seconds! })}
            unableLabel="I could not do them: record that"
            onUnable={() => setCurrent({ step: 'result', holds: current.holds, walk: current.walk, stands: 'unable' })}
            onDiscard={reset}
            discardLabel={endSession}
            cannotLabel="I had to use my arms"
          />
        ) : null}
        {current.step === 'result' ? <SppbResult holds={current.holds} walk={current.walk} stands={current.stands} course={course} onDiscard={reset} onSaved={forget} /> : null}
      </StepArea>
    </Screen>
  );
}

function SppbResult({ holds, walk, stands, course, onDiscard, onSaved }: { holds: Holds; walk: PartResult; stands: PartResult; course: 3 | 4; onDiscard: () => void; onSaved: () => void }) {
  const score = sppbScore(holds, walk, stands);
  const record = {
    kind: 'sppb' as const,
    holds: { sideBySide: holds.sideBySide, semiTandem: holds.semiTandem, tandem: holds.tandem },
    courseMetres: course,
    walkSeconds: walk,
    fiveStandsSeconds: stands,
    balanceScore: score.balance,
    walkScore: score.walk,
    chairStandsScore: score.chairStands,
    total: score.total,
  };
  return (
    <SaveStep record={record} onDiscard={onDiscard} onSaved={onSaved}>
      <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
        <h2 id="gt-result-heading">Your score</h2>
        <p className="gt-result-value">
          <span className="gt-big">{score.total}</span> out of 12
        </p>
        <ul className="gt-norms">
          <li>
            <strong>Balance:</strong> {score.balance} of 4 points
          </li>
          <li>
            <strong>Walking:</strong> {score.walk} of 4 points ({walk === 'unable' ? 'could not do it' : `${walk.toFixed(2)} seconds over 4 metres`})
          </li>
          <li>
            <strong>Chair stands:</strong> {score.chairStands} of 4 points ({stands === 'unable' ? 'could not do them' : `${stands.toFixed(1)} seconds`})
          </li>
        </ul>
        <HoldsList holds={{ ...holds, oneLeg: null }} stances={SPPB_STANCES} />
        {course === 3 && walk !== 'unable' ? <p>You walked 3 metres: your time was scaled to 4 metres for the score, so take it as a guide.</p> : null}
        <p className="gt-source">Scoring: {SPPB_SOURCE}</p>
      </section>
      <LinesView lines={assessSppb(score.total)} />
    </SaveStep>
  );
}

/** The tests on their own, for a person who wants only one today. */
function OneTestOnly() {
  return (
    <section className="gt-panel" aria-labelledby="gt-one-test-heading">
      <h2 id="gt-one-test-heading">Or do one test on its own</h2>
      <ul className="link-list">
        <li>
          <Link to={BALANCE_TEST_PATH}>Balance test (four ways of standing)</Link>
        </li>
        <li>
          <Link to={WALKING_SPEED_TEST_PATH}>Walking speed test</Link>
        </li>
        <li>
          <Link to={TUG_TEST_PATH}>Timed Up and Go (stand up, walk, sit down)</Link>
        </li>
      </ul>
    </section>
  );
}
