import { useId, useRef, useState } from 'react';
import { saveFailureMessage } from '../../db/storage-errors';
import { LOST_COUNT_AFTER_MS } from '../../domain/lost-count';
import { describeLimit, type MeasurementLimit } from '../../domain/measurement-limits';
import { plural } from '../../ui/format';
import { useSaveGuard } from '../../ui/use-save-guard';
import { MotionCsvOffer } from './motion-csv-offer';
import type { TimedTestConfig } from './timed-test-config';
import type { Ending, TimedTestStep } from './timed-test-store';

type Result = Extract<TimedTestStep, { step: 'result' }>;

/** A whole count (0–60 stands) or a time to the tenth (a decimal comma is as good as a point). */
export function parseValue(kind: 'count' | 'seconds', text: string, limit: MeasurementLimit): number | null {
  const trimmed = text.trim().replace(',', '.');
  const pattern = kind === 'count' ? /^\d{1,3}$/ : /^\d{1,3}(\.\d*)?$/;
  if (!pattern.test(trimmed)) return null;
  const value = kind === 'count' ? Number(trimmed) : Math.round(Number(trimmed) * 10) / 10;
  return value >= limit.min && value <= limit.max ? value : null;
}

function formatValue(kind: 'count' | 'seconds', value: number): string {
  return kind === 'count' ? String(value) : value.toFixed(1);
}

function Lead({ config, current }: { config: TimedTestConfig; current: Result }) {
  const { value, timer } = config;
  if (current.ending === 'arms') {
    return (
      <p>
        You needed your arms to stand up, so the test stopped. The score is 0: that is how the test is scored. It is still
        useful to save it, so you can see your progress.
      </p>
    );
  }
  if (current.ending === 'lost-count') {
    return (
      <p>
        The phone saw {plural(current.standTimes.length, 'stand', 'stands')}, then no movement for {LOST_COUNT_AFTER_MS / 1000}{' '}
        seconds, so it stopped the clock. If someone timed you, type the time in. If not, rest, then choose Do not save to
        try again.
      </p>
    );
  }
  if (current.ending === 'timed-out') {
    return (
      <p>
        The stopwatch stops after {timer.seconds / 60} minutes. If you finished and know your time, type it in. If not, that
        is all right: choose Do not save, and tell your doctor or physiotherapist that the test took this long.
      </p>
    );
  }
  if (current.raw !== null && (current.method === 'motion' || current.ending === 'auto')) {
    return (
      <p className="gt-suggestion">
        {value.measured(formatValue(value.kind, current.raw), 'motion')} Is that right? If not, change it with − and +, then
        save.
      </p>
    );
  }
  return <p>{value.hint}</p>;
}

/** Endings that leave nothing measured to check: the person types the result in, if they have one. */
const NOTHING_MEASURED: readonly Ending[] = ['typed', 'timed-out', 'lost-count'];

/** Checking (or typing in) the result, then saving it with how it was measured. */
export function ResultForm({ config, current }: { config: TimedTestConfig; current: Result }) {
  const { store, value } = config;
  const { setValueText, setUsedArms, saved, reset } = store.getState();
  const [error, setError] = useState<string | null>(null);
  const { saving, run } = useSaveGuard();
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const parsed = parseValue(value.kind, current.valueText, value.limit);
  const stepBy = value.kind === 'count' ? 1 : 0.1;

  const step = (direction: 1 | -1) => {
    const start = parsed ?? (value.kind === 'count' ? 0 : value.limit.min);
    const next = Math.min(value.limit.max, Math.max(value.limit.min, Math.round((start + direction * stepBy) * 10) / 10));
    setValueText(formatValue(value.kind, next));
    setError(null);
  };

  const save = () =>
    run(async () => {
      const result = current.usedArms ? 0 : parseValue(value.kind, current.valueText, value.limit);
      if (result === null) {
        setError(describeLimit(value.limit, 'metric'));
        inputRef.current?.focus();
        return false;
      }
      setError(null);
      try {
        const { method, raw, standTimes, rises, interrupted, usedArms } = current;
        const entryId = await config.save({ value: result, usedArms, method, raw, standTimes, rises, interrupted });
        saved(entryId, standTimes.length > 0);
        return true;
      } catch (e) {
        setError(saveFailureMessage(e, 'Sorry, your result could not be saved. Please try again.'));
        return false;
      }
    });

  const noun = value.kind === 'count' ? 'count' : 'time';
  const disabled = current.usedArms;
  return (
    <>
      <form
        className="gt-panel"
        aria-labelledby={`${id}-heading`}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id={`${id}-heading`}>{NOTHING_MEASURED.includes(current.ending) ? `Type in your ${noun}` : `Check your ${noun}`}</h2>
        <Lead config={config} current={current} />
        {current.interrupted ? (
          <p className="gt-error">
            The screen went off, or Regain was in the background, during the test. Some stands may not have been{' '}
            {value.kind === 'count' ? 'counted, so the count may be short.' : 'seen, so the time may not be right.'}
          </p>
        ) : null}
        <label htmlFor={`${id}-value`} className="gt-label">
          {value.label}
        </label>
        <div className="gt-stepper">
          <button type="button" className="gt-secondary" aria-label={value.kind === 'count' ? 'One fewer' : 'A tenth of a second less'} onClick={() => step(-1)} disabled={disabled}>
            −
          </button>
          <input
            ref={inputRef}
            id={`${id}-value`}
            className="gt-number"
            type="text"
            inputMode={value.kind === 'count' ? 'numeric' : 'decimal'}
            autoComplete="off"
            value={current.valueText}
            disabled={disabled}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setValueText(event.target.value);
              setError(null);
            }}
          />
          <button type="button" className="gt-secondary" aria-label={value.kind === 'count' ? 'One more' : 'A tenth of a second more'} onClick={() => step(1)} disabled={disabled}>
            +
          </button>
        </div>
        {config.arms === 'score-zero' ? (
          <label className="gt-check">
            <input type="checkbox" checked={current.usedArms} onChange={(event) => setUsedArms(event.target.checked)} />
            <span>I needed my arms to stand up (the score is then 0)</span>
          </label>
        ) : null}
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
      {/* Here too, not only once saved: a count the phone got wrong, a test given up or done with the arms
          is just what is worth sending to whoever checks the counting. */}
      {current.method === 'motion' ? <MotionCsvOffer /> : null}
    </>
  );
}
