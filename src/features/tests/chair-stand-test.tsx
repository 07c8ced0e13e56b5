import { Link } from 'react-router';
import { addEntry } from '../../db/entries-repository';
import { useRecentResults } from '../../db/use-recent-results';
import { todayLocal } from '../../domain/dates';
import { MEASUREMENT_LIMITS } from '../../domain/measurement-limits';
import { CHAIR_STAND_TIMER } from '../../domain/test-timer';
import { plural } from '../../ui/format';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { TODAY_PATH } from '../../ui/paths';
import { ChairStandNormsView } from './chair-stand-norms-view';
import { standDetails } from './measured-fields';
import { ResultTrend } from './result-trend';
import { HELPED_COUNTDOWN_S, type SavedViewProps, type TimedTestConfig } from './timed-test-config';
import { createTimedTestStore } from './timed-test-store';
import { NoLongerSaved } from './saved-step';

const LIMIT = MEASUREMENT_LIMITS.chairStandReps;

export const useChairStandStore = createTimedTestStore('regain-chair-stand-test');

/** The 30-second chair stand (CDC STEADI): as many full stands as possible in 30 seconds. */
export const CHAIR_STAND_TEST: TimedTestConfig = {
  id: 'chair-stand-test',
  title: '30-second chair stand test',
  store: useChairStandStore,
  standTest: 'chair-stand-30',
  timer: { kind: 'countdown-to-zero', seconds: CHAIR_STAND_TIMER.testSeconds },
  methods: ['motion', 'tapped', 'typed'],
  methodQuestion: 'the stands are counted',
  methodWords: {
    motion: {
      label: 'Hold the phone on your chest',
      hint: 'The phone counts your stands and says each one. Hold it flat on your breastbone, under your crossed arms.',
      start: 'Start: the phone on my chest',
    },
    tapped: { label: 'Someone will tap', hint: 'A person with you taps a big button each time you stand up.', start: 'Start: someone will tap' },
    typed: { label: 'I will count and type it in', hint: 'Count out loud. At the end, type in the number.', start: 'Start: I will count' },
  },
  intro: 'This test shows how strong your legs are: how many times you can stand up from a chair in 30 seconds.',
  howItWorks: (method, readySeconds) => [
    method === 'tapped'
      ? `Tap Start. The phone counts down ${HELPED_COUNTDOWN_S}, 2, 1.`
      : `Tap Start. You then have ${readySeconds} seconds to sit back and cross your arms${method === 'motion' ? ' over the phone, held flat on your chest' : ''}.`,
    'At “Go” and the beep, stand all the way up, then sit all the way down. Keep going.',
    method === 'motion'
      ? 'The phone says each stand out loud. Stop at the second beep, after 30 seconds.'
      : 'Stop at the second beep, after 30 seconds.',
    method === 'motion'
      ? 'Then check the phone’s count, change it if it is wrong, and save it.'
      : method === 'tapped'
        ? 'Then check the count and save it.'
        : 'Then type in the number you counted.',
  ],
  rulesNote: 'Do not push up with your hands. If you need your arms to stand, the test stops and the score is 0.',
  practice: true,
  typeInLabel: 'I timed it another way: type in my count',
  arms: 'score-zero',
  value: {
    kind: 'count',
    label: 'Number of stands',
    limit: LIMIT,
    measured: (value) => `The phone counted ${plural(Number(value), 'stand', 'stands')}.`,
    hint: 'Count each time you stood all the way up. If you were more than halfway up when time ran out, count that one too.',
  },
  words: {
    running: (phase) => (phase.secondsLeft <= 10 ? '10 seconds left. Keep going.' : 'Go! Stand up and sit down until the beep.'),
    finished: 'Time is up. Sit down and rest.',
    ended: { timed: 'Time is up. Sit down and rest.', arms: 'Test stopped. You needed your arms, so your score is 0.' },
    spokenEnd: 'Stop. Time is up. Sit down and rest.',
  },
  save: async (result) => {
    const entry = await addEntry({
      kind: 'chair-stand-30s',
      day: todayLocal(),
      reps: result.value,
      usedArms: result.usedArms,
      countedBy: result.method,
      ...(result.raw !== null ? { rawCount: Math.min(LIMIT.max, Math.max(LIMIT.min, Math.round(result.raw))) } : {}),
      ...standDetails(result),
    });
    return entry.id;
  },
  SavedView: ChairStandSaved,
};

function ChairStandSaved({ entryId, yearOfBirth, sex, onReset, motionDetails }: SavedViewProps) {
  const results = useRecentResults('chair-stand-30s');
  if (results === undefined) return <p className="loading">Loading…</p>;
  const entry = results.find((r) => r.id === entryId);
  if (!entry) return <NoLongerSaved onReset={onReset} />;
  const points = results.map((r) => ({ id: r.id, day: r.day, at: r.createdAt, value: r.reps }));
  const usedArmsById = new Map(results.map((r) => [r.id, r.usedArms]));
  return (
    <>
      <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
        <h2 id="gt-result-heading">Your result</h2>
        <p className="gt-result-value">
          <span className="gt-big">{entry.reps}</span> {entry.reps === 1 ? 'stand' : 'stands'} in 30 seconds
        </p>
        {entry.usedArms ? <p>You needed your arms, so the score is 0. Saved so you can see your progress.</p> : null}
        <p>Saved. Well done for doing the test.</p>
      </section>
      {entry.usedArms ? null : motionDetails(entry.standTimes, entry.riseSeconds)}
      <ChairStandNormsView reps={entry.reps} day={entry.day} yearOfBirth={yearOfBirth} sex={sex} />
      <ResultTrend
        current={{ id: entry.id, day: entry.day, at: entry.createdAt, value: entry.reps }}
        results={points}
        betterWhen="higher"
        describe={(p) => `${plural(p.value, 'stand', 'stands')}${usedArmsById.get(p.id) ? ' (needed arms)' : ''}`}
        describeChange={(amount) =>
          amount > 0 ? `${plural(amount, 'more stand', 'more stands')}` : `${plural(-amount, 'fewer stand', 'fewer stands')}`
        }
      />
      <div className="gt-actions">
        <Link to={TODAY_PATH} className="button">
          Back to Today
        </Link>
        <button type="button" className="gt-secondary" onClick={onReset}>
          Start a new test
        </button>
      </div>
      <NotADiagnosis />
    </>
  );
}
