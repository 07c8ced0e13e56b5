import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { addEntry } from '../../db/entries-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useProfile } from '../../db/use-profile';
import { useRecentResults } from '../../db/use-recent-results';
import { todayLocal } from '../../domain/dates';
import { resolveEmergencyNumber } from '../../domain/emergency-number';
import { describeLimit, MEASUREMENT_LIMITS } from '../../domain/measurement-limits';
import { CHAIR_STAND_TIMER, type TimerPhase } from '../../domain/test-timer';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { Screen } from '../../ui/screen';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { useSaveGuard } from '../../ui/use-save-guard';
import { useFocusMode } from '../../ui/use-focus-mode';
import { useChairStandStore, type ChairStandStep } from './chair-stand-store';
import { ChairStandNormsView } from './chair-stand-norms-view';
import { plural } from '../../ui/format';
import { ResultTrend } from './result-trend';
import { SafetyChecklist, StopIfUnwell } from './safety-checklist';
import { prepareSignals } from './signals';
import { TimerClock } from './timer-clock';
import { useStepFocus } from './use-step-focus';
import { useTimedRun } from './use-timed-run';
import './guided-tests.css';
import { TODAY_PATH } from '../../ui/paths';

const LIMIT = MEASUREMENT_LIMITS.chairStandReps;
const LIMIT_MESSAGE = describeLimit(LIMIT, 'metric');

/** What the live region says: the countdown, Go, ten seconds left, the end. */
function announcement(current: ChairStandStep, phase: TimerPhase | null): string {
  if (current.step === 'timing' && phase) {
    if (phase.phase === 'countdown') return `Get ready: ${phase.count}`;
    if (phase.phase === 'running') {
      return phase.secondsLeft <= 10 ? '10 seconds left. Keep going.' : 'Go! Stand up and sit down until the beep.';
    }
    return 'Time is up. Sit down and rest.';
  }
  if (current.step === 'result' && current.how === 'timed') return 'Time is up. Sit down and rest.';
  if (current.step === 'result' && current.how === 'arms') return 'Test stopped. You needed your arms, so your score is 0.';
  if (current.step === 'saved') return 'Your result is saved.';
  return '';
}

export default function ChairStandTestScreen() {
  const current = useChairStandStore((s) => s.current);
  const finish = useChairStandStore((s) => s.finish);
  const profile = useProfile();
  const stepRef = useStepFocus(current.step);
  // The person's own number, else their country's; none until they have confirmed one.
  const resolved = resolveEmergencyNumber(profile, null);
  const emergencyNumber = resolved.status === 'known' ? resolved.number : null;
  const phase = useTimedRun(CHAIR_STAND_TIMER, current.step === 'timing' ? current.startedAt : null, 1000);

  useUnsavedInput('chair-stand-test', current.step === 'timing' || current.step === 'result');
  useFocusMode(current.step === 'timing');

  // The 30 seconds are up: move on to checking the count (also after a reload).
  useEffect(() => {
    if (phase?.phase === 'finished') finish();
  }, [phase?.phase, finish]);

  // A saved result is shown until the person leaves; next visit starts afresh.
  useEffect(
    () => () => {
      const { current: step, reset } = useChairStandStore.getState();
      if (step.step === 'saved') reset();
    },
    [],
  );

  return (
    <Screen title="30-second chair stand test">
      <div className="guided-test" ref={stepRef}>
        <p className="gt-status" role="status" aria-live="assertive" aria-atomic="true">
          {announcement(current, phase)}
        </p>
        {current.step === 'ready' ? <ReadyStep emergencyNumber={emergencyNumber} /> : null}
        {current.step === 'practice' ? <PracticeStep /> : null}
        {current.step === 'timing' && phase ? (
          <TimingStep phase={phase} taps={current.taps} emergencyNumber={emergencyNumber} />
        ) : null}
        {current.step === 'result' ? <ResultForm current={current} /> : null}
        {current.step === 'saved' ? (
          <SavedResult entryId={current.entryId} yearOfBirth={profile.yearOfBirth} sex={profile.sex} />
        ) : null}
      </div>
    </Screen>
  );
}

function startTest() {
  // Created inside the tap, or the browser would keep the beeps silent.
  prepareSignals();
  useChairStandStore.getState().start(Date.now());
}

function ReadyStep({ emergencyNumber }: { emergencyNumber: string | null }) {
  const practise = useChairStandStore((s) => s.practise);
  const enterWithoutTimer = useChairStandStore((s) => s.enterWithoutTimer);
  return (
    <>
      <p className="screen-intro">
        This test shows how strong your legs are: how many times you can stand up from a chair in 30 seconds.
      </p>
      <StopIfUnwell emergencyNumber={emergencyNumber} />
      <section className="gt-panel" aria-labelledby="gt-how-heading">
        <h2 id="gt-how-heading">How it works</h2>
        <ol className="gt-steps">
          <li>Tap Start. The phone counts down 3, 2, 1.</li>
          <li>At the beep, stand all the way up, then sit all the way down. Keep going.</li>
          <li>Stop at the second beep, after 30 seconds.</li>
          <li>
            Someone with you can tap the big button each time you stand up. Or count out loud, and type the number in
            at the end.
          </li>
        </ol>
        <p>Do not push up with your hands. If you need your arms to stand, the test stops and the score is 0.</p>
      </section>
      <SafetyChecklist
        actions={[
          { label: 'Start the test', onStart: startTest },
          { label: 'Practise first', onStart: practise, secondary: true },
        ]}
      />
      <p>
        <button type="button" className="gt-link-button" onClick={enterWithoutTimer}>
          I timed it another way: type in my count
        </button>
      </p>
    </>
  );
}

function PracticeStep() {
  const reset = useChairStandStore((s) => s.reset);
  return (
    <section className="gt-panel" aria-labelledby="gt-practice-heading">
      <h2 id="gt-practice-heading">Practice</h2>
      <p>
        With your arms crossed, stand up and sit down once or twice, slowly. Nothing is timed or saved. Then rest for a
        minute.
      </p>
      <div className="gt-actions">
        <button type="button" onClick={startTest}>
          I am ready: start the test
        </button>
        <button type="button" className="gt-secondary" onClick={reset}>
          Back
        </button>
      </div>
    </section>
  );
}

interface TimingStepProps {
  phase: TimerPhase;
  taps: number;
  emergencyNumber: string | null;
}

function TimingStep({ phase, taps, emergencyNumber }: TimingStepProps) {
  const { tap, untap, stopUsedArms, reset } = useChairStandStore.getState();
  return (
    <>
      {phase.phase === 'countdown' ? (
        <TimerClock value={String(phase.count)} label="Get ready" pop />
      ) : (
        <TimerClock value={phase.phase === 'running' ? String(phase.secondsLeft) : '0'} label="seconds left" />
      )}
      {phase.phase === 'running' ? (
        <>
          <button type="button" className="gt-tap" onClick={tap}>
            <span className="gt-tap-count">{taps}</span>{' '}
            <span>{taps === 1 ? 'stand' : 'stands'}: tap each time you stand up</span>
          </button>
          <div className="gt-actions">
            <button type="button" className="gt-secondary" onClick={untap} disabled={taps === 0}>
              Take one off
            </button>
          </div>
        </>
      ) : null}
      <div className="gt-actions gt-actions-apart">
        {phase.phase === 'running' ? (
          <button type="button" className="gt-warning" onClick={stopUsedArms}>
            I had to use my arms
          </button>
        ) : null}
        <button type="button" className="gt-secondary" onClick={reset}>
          Stop the test
        </button>
      </div>
      <StopIfUnwell emergencyNumber={emergencyNumber} />
    </>
  );
}

function parseReps(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return null;
  const reps = Number(trimmed);
  return reps >= LIMIT.min && reps <= LIMIT.max ? reps : null;
}

function ResultForm({ current }: { current: Extract<ChairStandStep, { step: 'result' }> }) {
  const { setRepsText, setUsedArms, saved, reset } = useChairStandStore.getState();
  const [error, setError] = useState<string | null>(null);
  const { saving, run } = useSaveGuard();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const reps = parseReps(current.repsText);

  const step = (by: number) => {
    const next = Math.min(LIMIT.max, Math.max(LIMIT.min, (reps ?? 0) + by));
    setRepsText(String(next));
    setError(null);
  };

  const save = () =>
    run(async () => {
      const value = current.usedArms ? 0 : parseReps(current.repsText);
      if (value === null) {
        setError(LIMIT_MESSAGE);
        inputRef.current?.focus();
        return false;
      }
      setError(null);
      try {
        const entry = await addEntry({ kind: 'chair-stand-30s', day: todayLocal(), reps: value, usedArms: current.usedArms });
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
      <h2 id={`${id}-heading`}>{current.how === 'typed' ? 'Type in your count' : 'Check your count'}</h2>
      {current.how === 'arms' ? (
        <p>
          You needed your arms to stand up, so the test stopped. The score is 0: that is how the test is scored. It is
          still useful to save it, so you can see your progress.
        </p>
      ) : (
        <p>
          Count each time you stood all the way up. If you were more than halfway up when time ran out, count that one
          too.
        </p>
      )}
      <label htmlFor={`${id}-reps`} className="gt-label">
        Number of stands
      </label>
      <div className="gt-stepper">
        <button type="button" className="gt-secondary" aria-label="One fewer" onClick={() => step(-1)} disabled={current.usedArms}>
          −
        </button>
        <input
          ref={inputRef}
          id={`${id}-reps`}
          className="gt-number"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={current.repsText}
          disabled={current.usedArms}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setRepsText(event.target.value);
            setError(null);
          }}
        />
        <button type="button" className="gt-secondary" aria-label="One more" onClick={() => step(1)} disabled={current.usedArms}>
          +
        </button>
      </div>
      <label className="gt-check">
        <input type="checkbox" checked={current.usedArms} onChange={(event) => setUsedArms(event.target.checked)} />
        <span>I needed my arms to stand up (the score is then 0)</span>
      </label>
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

interface SavedResultProps {
  entryId: string;
  yearOfBirth: number | undefined;
  sex: 'female' | 'male' | 'unspecified';
}

function SavedResult({ entryId, yearOfBirth, sex }: SavedResultProps) {
  const results = useRecentResults('chair-stand-30s');
  const reset = useChairStandStore((s) => s.reset);
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
        <button type="button" className="gt-secondary" onClick={reset}>
          Start a new test
        </button>
      </div>
      <NotADiagnosis />
    </>
  );
}
