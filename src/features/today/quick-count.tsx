import { useRef, useState, type FormEvent } from 'react';
import type { NewLogEntry } from '../../db/entries-repository';
import type { LogEntry } from '../../db/log-entry-schema';
import { saveFailureMessage } from '../../db/storage-errors';
import { daySets, describeDaySets } from '../../domain/daily-sets';
import { todayLocal } from '../../domain/dates';
import { MEASUREMENT_LIMITS } from '../../domain/measurement-limits';
import { parseNumberText } from '../../ui/number-text';
import { Stepper } from '../../ui/stepper';
import { UndoNotice } from '../../ui/undo-notice';
import { useSaveGuard } from '../../ui/use-save-guard';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { wholeWords } from '../../ui/whole-words';

const REPS = MEASUREMENT_LIMITS.dailySitToStandReps;
const ZERO_MESSAGE = 'Tap + once each time you stand up, then save the set. A set of 0 is not saved.';
const RANGE_MESSAGE = `Enter a number of reps between 1 and ${REPS.max}.`;

// Validation and saving (zod and the record schemas) load on the first Save,
// not with the screen: Today paints and answers sooner on a slow phone, and
// the service worker has the code cached, so it arrives in milliseconds.
// The range is checked here at once; the record schema checks again on save.
const loadSaving = () => import('../../db/entries-repository');

interface QuickCountProps {
  /** The day's entries, oldest first; undefined while they are read. */
  entries: LogEntry[] | undefined;
}

/**
 * Sit-to-stands, one set at a time: count the set with − / + (or type it),
 * then Save. The box goes back to 0 after each save and the line above it
 * gives the day's total, so the box always means "this set" and a number is
 * never counted twice.
 */
export function QuickCount({ entries }: QuickCountProps) {
  const [text, setText] = useState('0');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ message: string; saved?: LogEntry } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const guard = useSaveGuard();
  useUnsavedInput('quick-count', text.trim() !== '' && text !== '0');
  const day = entries ? daySets(entries) : null;

  const refuse = (message: string) => {
    setError(message);
    inputRef.current?.focus();
    return false;
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void guard.run(async () => {
      const reps = parseNumberText(text);
      if (reps === 0) return refuse(ZERO_MESSAGE);
      if (reps === null || !Number.isInteger(reps) || reps < 1 || reps > REPS.max) return refuse(RANGE_MESSAGE);
      // The day is read at the tap, not when the screen opened: the app may have stayed open overnight.
      const input: NewLogEntry = { kind: 'sit-to-stand-count', day: todayLocal(), reps };
      try {
        const { addEntry } = await loadSaving();
        const saved = await addEntry(input);
        setText('0');
        setError(null);
        const total = daySets([...(entries ?? []).filter((entry) => entry.day === saved.day), saved]);
        setNotice({ message: `Saved a set of ${reps}. Today: ${describeDaySets(total)}.`, saved });
        return true;
      } catch (failure) {
        setError(saveFailureMessage(failure, 'Sorry, that set could not be saved. Please try again.'));
        return false;
      }
    });
  };

  async function undo(saved: LogEntry) {
    const { deleteEntry } = await loadSaving();
    await deleteEntry(saved.id);
    setNotice({ message: 'Removed. That set is no longer logged.' });
  }

  return (
    <form className="quick-count" onSubmit={save} noValidate aria-labelledby="quick-count-heading">
      <h2 id="quick-count-heading">{wholeWords('Sit-to-stands')}</h2>
      {/* Kept in place (one line) while the day is read, so nothing below moves. */}
      <p className="quick-count-day">
        {day === null ? '\u00a0' : day.sets === 0 ? 'No sets logged yet today.' : <>Today so far: <strong>{describeDaySets(day)}</strong></>}
      </p>
      <Stepper
        id="quick-count-reps"
        label="Reps in this set"
        hint="Tap + each time you stand up, or type the number. Then save the set."
        value={text}
        onChange={(next) => {
          setText(next);
          setError(null);
          guard.edited();
        }}
        min={REPS.min}
        max={REPS.max}
        error={error}
        inputRef={inputRef}
      />
      <button type="submit" className="quick-count-save">
        Save this set
      </button>
      <UndoNotice
        message={notice?.message ?? null}
        onUndo={notice?.saved ? () => void undo(notice.saved!) : undefined}
      />
    </form>
  );
}
