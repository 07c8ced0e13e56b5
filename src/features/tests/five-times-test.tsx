import { Link } from 'react-router';
import { addEntry } from '../../db/entries-repository';
import { useRecentResults } from '../../db/use-recent-results';
import { todayLocal } from '../../domain/dates';
import { MEASUREMENT_LIMITS } from '../../domain/measurement-limits';
import { FIVE_TIMES_TIMER } from '../../domain/test-timer';
import { plural } from '../../ui/format';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { CHAIR_STAND_TEST_PATH, SPPB_TEST_PATH, TODAY_PATH } from '../../ui/paths';
import { FiveTimesNormsView } from './five-times-norms-view';
import { formatSeconds } from './format';
import { standDetails } from './measured-fields';
import { ResultTrend } from './result-trend';
import { HELPED_COUNTDOWN_S, type SavedViewProps, type TimedTestConfig } from './timed-test-config';
import { createTimedTestStore } from './timed-test-store';
import { NoLongerSaved } from './saved-step';
import { sppbWaitingForStands } from './sppb-handoff';

export const useFiveTimesStore = createTimedTestStore('regain-five-times-test');

/** Five-times sit-to-stand: a stopwatch from "Go" to the fifth full stand, as fast as safely possible. */
export const FIVE_TIMES_TEST: TimedTestConfig = {
  id: 'five-times-test',
  title: 'Five-times sit-to-stand test',
  store: useFiveTimesStore,
  standTest: 'five-times',
  // It gives up at 120 s, the longest time a result may have (MEASUREMENT_LIMITS).
  timer: { kind: 'stopwatch', seconds: FIVE_TIMES_TIMER.testSeconds },
  methods: ['motion', 'tapped'],
  methodQuestion: 'the time is taken',
  methodWords: {
    motion: {
      label: 'Hold the phone on your chest',
      hint: 'The phone stops the clock by itself when you stand up the fifth time. Hold it flat on your breastbone, under your crossed arms.',
      start: 'Start: the phone on my chest',
    },
    tapped: { label: 'Someone will tap Stop', hint: 'A person with you taps Stop when you stand up the fifth time.', start: 'Start: someone will tap Stop' },
  },
  intro: 'This test times how long it takes you to stand up from a chair five times, as fast as you safely can.',
  howItWorks: (method, readySeconds) => [
    method === 'motion'
      ? `Tap Start. You then have ${readySeconds} seconds to sit back and cross your arms over the phone, held flat on your chest.`
      : `Tap Start. The phone counts down ${HELPED_COUNTDOWN_S}, 2, 1.`,
    'At “Go” and the beep, stand all the way up and sit all the way down, 5 times, as fast as you safely can.',
    method === 'motion'
      ? 'The phone says each stand, and stops the clock with a beep when you stand up the fifth time. Then check the time and save it.'
      : 'The person with you taps Stop as soon as you are standing up for the fifth time.',
  ],
  rulesNote: 'Do not push up with your hands. If you need your arms to stand, stop: the test then has no time.',
  practice: false,
  typeInLabel: 'I timed it another way: type in my time',
  arms: 'no-result',
  value: {
    kind: 'seconds',
    label: 'Time for five stands, in seconds',
    limit: MEASUREMENT_LIMITS.fiveTimesSitToStandSeconds,
    measured: (value) => `The phone timed five stands: ${value} seconds.`,
    hint: 'The time from the beep until you stood up for the fifth time.',
  },
  words: {
    running: () => 'Go! Five stands, as fast as you safely can.',
    finished: 'The stopwatch has stopped.',
    ended: {
      tapped: 'Stopped. Sit down and rest, then check your time.',
      auto: 'Five stands. Sit down and rest, then check your time.',
      'timed-out': 'The stopwatch stopped after 2 minutes.',
      'lost-count': 'The phone lost count of your stands, so it stopped the clock.',
      'second-look': 'Five stands. The phone missed some as you went, then found them in its recording. Sit down and rest, then check your time.',
    },
    spokenEnd: 'Stop. Sit down and rest.',
  },
  save: async (result) => {
    const entry = await addEntry({
      kind: 'five-times-sit-to-stand',
      day: todayLocal(),
      seconds: result.value,
      timedBy: result.method,
      ...(result.raw !== null ? { rawSeconds: Math.min(FIVE_TIMES_TIMER.testSeconds, Math.max(0, result.raw)) } : {}),
      ...standDetails(result),
    });
    return entry.id;
  },
  SavedView: FiveTimesSaved,
  UsedArmsView: UsedArms,
};

/** Back to where the person came from: an SPPB session waiting for these stands, or Today. */
function BackLink() {
  return sppbWaitingForStands() ? (
    <Link to={SPPB_TEST_PATH} className="button">
      Back to your SPPB session
    </Link>
  ) : (
    <Link to={TODAY_PATH} className="button">
      Back to Today
    </Link>
  );
}

function UsedArms({ onReset }: { onReset: () => void }) {
  return (
    <section className="gt-panel" aria-labelledby="gt-arms-heading">
      <h2 id="gt-arms-heading">Test stopped</h2>
      <p>
        This test only counts when you stand up without using your arms, so there is no time to save today. That is all
        right.
      </p>
      <p>
        Needing your arms to stand up is worth telling your doctor or physiotherapist. The 30-second chair stand test can
        record it (as a score of 0), so you can see your progress.
      </p>
      <div className="gt-actions">
        <BackLink />
        <Link to={CHAIR_STAND_TEST_PATH} className="button gt-secondary">
          30-second chair stand test
        </Link>
        <button type="button" className="gt-secondary" onClick={onReset}>
          Try again after a rest
        </button>
      </div>
    </section>
  );
}

function FiveTimesSaved({ entryId, yearOfBirth, onReset, motionDetails }: SavedViewProps) {
  const results = useRecentResults('five-times-sit-to-stand');
  if (results === undefined) return <p className="loading">Loading…</p>;
  const entry = results.find((r) => r.id === entryId);
  if (!entry) return <NoLongerSaved onReset={onReset} />;
  return (
    <>
      <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
        <h2 id="gt-result-heading">Your result</h2>
        <p className="gt-result-value">
          <span className="gt-big">{formatSeconds(entry.seconds)}</span> seconds for five stands
        </p>
        <p>Saved. Well done for doing the test.</p>
      </section>
      {motionDetails(entry.standTimes, entry.riseSeconds)}
      <FiveTimesNormsView seconds={entry.seconds} day={entry.day} yearOfBirth={yearOfBirth} />
      <ResultTrend
        current={{ id: entry.id, day: entry.day, at: entry.createdAt, value: entry.seconds }}
        results={results.map((r) => ({ id: r.id, day: r.day, at: r.createdAt, value: r.seconds }))}
        betterWhen="lower"
        describe={(p) => plural(p.value, 'second', 'seconds')}
        describeChange={(amount) =>
          amount < 0 ? plural(-amount, 'second faster', 'seconds faster') : plural(amount, 'second slower', 'seconds slower')
        }
      />
      <div className="gt-actions">
        <BackLink />
        <button type="button" className="gt-secondary" onClick={onReset}>
          Start a new test
        </button>
      </div>
      <NotADiagnosis />
    </>
  );
}
