import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { addEntry } from '../../db/entries-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useProfile } from '../../db/use-profile';
import { useRecentResults } from '../../db/use-recent-results';
import { todayLocal } from '../../domain/dates';
import { resolveEmergencyNumber } from '../../domain/emergency-number';
import { describeLimit, MEASUREMENT_LIMITS } from '../../domain/measurement-limits';
import { FIVE_TIMES_TIMER, stopwatchSeconds, type TimerPhase } from '../../domain/test-timer';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { Screen } from '../../ui/screen';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { useSaveGuard } from '../../ui/use-save-guard';
import { useFocusMode } from '../../ui/use-focus-mode';
import { FiveTimesNormsView } from './five-times-norms-view';
import { useFiveTimesStore, type FiveTimesStep } from './five-times-store';
import { formatSeconds } from './format';
import { plural } from '../../ui/format';
import { ResultTrend } from './result-trend';
import { SafetyChecklist, StopIfUnwell } from './safety-checklist';
import { playSignal, prepareSignals } from './signals';
import { TimerClock } from './timer-clock';
import { useStepFocus } from './use-step-focus';
import { useTimedRun } from './use-timed-run';
import './guided-tests.css';
import { CHAIR_STAND_TEST_PATH, TODAY_PATH } from '../../ui/paths';

const LIMIT = MEASUREMENT_LIMITS.fiveTimesSitToStandSeconds;
const LIMIT_MESSAGE = describeLimit(LIMIT, 'metric');
const COUNTDOWN_MS = FIVE_TIMES_TIMER.countdownSeconds * 1000;
const MAX_MS = FIVE_TIMES_TIMER.testSeconds * 1000;

function announcement(current: FiveTimesStep, phase: TimerPhase | null): string {
  if (current.step === 'timing' && phase) {
    if (phase.phase === 'countdown') return `Get ready: ${phase.count}`;
    if (phase.phase === 'running') return 'Go! Stand up and sit down 5 times, as fast as you safely can.';
    return 'The stopwatch has stopped.';
  }
  if (current.step === 'result' && current.how === 'timed') return 'Stopped. Sit down and rest, then check your time.';
  if (current.step === 'result' && current.how === 'timed-out') return 'The stopwatch stopped after 2 minutes.';
  if (current.step === 'used-arms') return 'Test stopped. You needed your arms.';
  if (current.step === 'saved') return 'Your result is saved.';
  return '';
}

export default function FiveTimesTestScreen() {
  const current = useFiveTimesStore((s) => s.current);
  const stop = useFiveTimesStore((s) => s.stop);
  const profile = useProfile();
  const stepRef = useStepFocus(current.step);
  // The person's own number, else their country's; none until they have confirmed one.
  const resolved = resolveEmergencyNumber(profile, null);
  const emergencyNumber = resolved.status === 'known' ? resolved.number : null;
  // Tenths of a second while the stopwatch runs.
  const phase = useTimedRun(FIVE_TIMES_TIMER, current.step === 'timing' ? current.startedAt : null, 100);

  useUnsavedInput('five-times-test', current.step === 'timing' || current.step === 'result');
  useFocusMode(current.step === 'timing');

  // Two minutes is the longest time a result may have: stop there.
  useEffect(() => {
    if (phase?.phase === 'finished') stop('', 'timed-out');
  }, [phase?.phase, stop]);

  useEffect(
    () => () => {
      const { current: step, reset } = useFiveTimesStore.getState();
      if (step.step === 'saved' || step.step === 'used-arms') reset();
    },
    [],
  );

  return (
    <Screen title="Five-times sit-to-stand test">
      <div className="guided-test" ref={stepRef}>
        <p className="gt-status" role="status" aria-live="assertive" aria-atomic="true">
          {announcement(current, phase)}
        </p>
        {current.step === 'ready' ? <ReadyStep emergencyNumber={emergencyNumber} /> : null}
        {current.step === 'timing' && phase ? <TimingStep phase={phase} emergencyNumber={emergencyNumber} /> : null}
        {current.step === 'result' ? <ResultForm current={current} /> : null}
        {current.step === 'used-arms' ? <UsedArms /> : null}
        {current.step === 'saved' ? <SavedResult entryId={current.entryId} yearOfBirth={profile.yearOfBirth} /> : null}
      </div>
    </Screen>
  );
}

function startTest() {
  prepareSignals();
  useFiveTimesStore.getState().start(Date.now());
}

/** Stopped on the fifth stand: the time is read from the clock at the tap. */
function stopTest() {
  const { current, stop } = useFiveTimesStore.getState();
  if (current.step !== 'timing') return;
  const runningMs = Date.now() - current.startedAt - COUNTDOWN_MS;
  if (runningMs <= 0) return;
  if (runningMs >= MAX_MS) {
    stop('', 'timed-out');
    return;
  }
  playSignal('end');
  stop(stopwatchSeconds(runningMs).toFixed(1), 'timed');
}

function ReadyStep({ emergencyNumber }: { emergencyNumber: string | null }) {
  const enterWithoutTimer = useFiveTimesStore((s) => s.enterWithoutTimer);
  return (
    <>
      <p className="screen-intro">
        This test times how long it takes you to stand up from a chair five times, as fast as you safely can.
      </p>
      <StopIfUnwell emergencyNumber={emergencyNumber} />
      <section className="gt-panel" aria-labelledby="gt-how-heading">
        <h2 id="gt-how-heading">How it works</h2>
        <ol className="gt-steps">
          <li>Tap Start. The phone counts down 3, 2, 1.</li>
          <li>At the beep, stand all the way up and sit all the way down, 5 times, as fast as you safely can.</li>
          <li>Tap Stop as soon as you are standing up for the fifth time. Someone with you can tap it for you.</li>
        </ol>
        <p>Do not push up with your hands. If you need your arms to stand, stop: the test then has no time.</p>
      </section>
      <SafetyChecklist actions={[{ label: 'Start the test', onStart: startTest }]} />
      <p>
        <button type="button" className="gt-link-button" onClick={enterWithoutTimer}>
          I timed it another way: type in my time
        </button>
      </p>
    </>
  );
}

function TimingStep({ phase, emergencyNumber }: { phase: TimerPhase; emergencyNumber: string | null }) {
  const { stopUsedArms, reset } = useFiveTimesStore.getState();
  return (
    <>
      {phase.phase === 'countdown' ? (
        <TimerClock value={String(phase.count)} label="Get ready" pop />
      ) : (
        <TimerClock value={stopwatchSeconds(phase.phase === 'running' ? phase.runningMs : MAX_MS).toFixed(1)} label="seconds" />
      )}
      {phase.phase === 'running' ? (
        <button type="button" className="gt-tap" onClick={stopTest}>
          <span className="gt-tap-count">Stop</span>{' '}
          <span>tap when you stand up the fifth time</span>
        </button>
      ) : null}
      <div className="gt-actions gt-actions-apart">
        {phase.phase === 'running' ? (
          <button type="button" className="gt-warning" onClick={stopUsedArms}>
            I had to use my arms
          </button>
        ) : null}
        <button type="button" className="gt-secondary" onClick={reset}>
          Cancel the test
        </button>
      </div>
      <StopIfUnwell emergencyNumber={emergencyNumber} />
    </>
  );
}

function parseSeconds(text: string): number | null {
  // A decimal comma is as good as a point (12,5 in much of Europe).
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d{1,3}(\.\d*)?$/.test(trimmed)) return null;
  const seconds = Math.round(Number(trimmed) * 10) / 10;
  return seconds >= LIMIT.min && seconds <= LIMIT.max ? seconds : null;
}

function ResultForm({ current }: { current: Extract<FiveTimesStep, { step: 'result' }> }) {
  const { setSecondsText, saved, reset } = useFiveTimesStore.getState();
  const [error, setError] = useState<string | null>(null);
  const { saving, run } = useSaveGuard();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const save = () =>
    run(async () => {
      const seconds = parseSeconds(current.secondsText);
      if (seconds === null) {
        setError(LIMIT_MESSAGE);
        inputRef.current?.focus();
        return false;
      }
      setError(null);
      try {
        const entry = await addEntry({ kind: 'five-times-sit-to-stand', day: todayLocal(), seconds });
        saved(entry.id);
        return true;
      } catch (e) {
        setError(saveFailureMessage(e, 'Sorry, your result could not be saved. Please try again.'));
        return false;
      }
    });

  return (
    <form
      className="gt-panel"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h2 id={`${id}-heading`}>{current.how === 'typed' ? 'Type in your time' : 'Check your time'}</h2>
      {current.how === 'timed-out' ? (
        <p>
          The stopwatch stops after 2 minutes. If you finished five stands and know your time, type it in. If not, that
          is all right: choose Do not save, and tell your doctor or physiotherapist that five stands took this long.
        </p>
      ) : (
        <p>The time from the beep until you stood up for the fifth time.</p>
      )}
      <label htmlFor={`${id}-seconds`} className="gt-label">
        Time for five stands, in seconds
      </label>
      <input
        ref={inputRef}
        id={`${id}-seconds`}
        className="gt-number"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={current.secondsText}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => {
          setSecondsText(event.target.value);
          setError(null);
        }}
      />
      {error ? (
        <p id={`${id}-error`} className="gt-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="gt-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : 'Save my result'}
        </button>
        <button type="button" className="gt-secondary" onClick={reset}>
          Do not save
        </button>
      </div>
    </form>
  );
}

function UsedArms() {
  const reset = useFiveTimesStore((s) => s.reset);
  return (
    <section className="gt-panel" aria-labelledby="gt-arms-heading">
      <h2 id="gt-arms-heading">Test stopped</h2>
      <p>
        This test only counts when you stand up without using your arms, so there is no time to save today. That is
        all right.
      </p>
      <p>
        Needing your arms to stand up is worth telling your doctor or physiotherapist. The 30-second chair stand test
        can record it (as a score of 0), so you can see your progress.
      </p>
      <div className="gt-actions">
        <Link to={TODAY_PATH} className="button">
          Back to Today
        </Link>
        <Link to={CHAIR_STAND_TEST_PATH} className="button gt-secondary">
          30-second chair stand test
        </Link>
        <button type="button" className="gt-secondary" onClick={reset}>
          Try again after a rest
        </button>
      </div>
    </section>
  );
}

function SavedResult({ entryId, yearOfBirth }: { entryId: string; yearOfBirth: number | undefined }) {
  const results = useRecentResults('five-times-sit-to-stand');
  const reset = useFiveTimesStore((s) => s.reset);
  if (results === undefined) return <p className="loading">Loading…</p>;
  const entry = results.find((r) => r.id === entryId);
  if (!entry) {
    return (
      <section className="gt-panel">
        <p>This result is no longer saved.</p>
        <button type="button" onClick={reset}>
          Start a new test
        </button>
      </section>
    );
  }
  return (
    <>
      <section className="gt-panel gt-result" aria-labelledby="gt-result-heading">
        <h2 id="gt-result-heading">Your result</h2>
        <p className="gt-result-value">
          <span className="gt-big">{formatSeconds(entry.seconds)}</span> seconds for five stands
        </p>
        <p>Saved. Well done for doing the test.</p>
      </section>
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
        <Link to={TODAY_PATH} className="button">
          Back to Today
        </Link>
        <button type="button" className="gt-secondary" onClick={reset}>
          Start a new test
        </button>
      </div>
      <NotADiagnosis />
    </>
  );
}
