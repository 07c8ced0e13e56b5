import { useRef, useState, type FormEvent } from 'react';
import type { NewLogEntry } from '../../db/entries-repository';
import type { LogEntry } from '../../db/log-entry-schema';
import { useLatestEntry } from '../../db/use-entry-history';
import { todayLocal } from '../../domain/dates';
import { limitMessage, QUANTITIES } from '../../ui/entry-quantities';
import { parseNumberText } from '../../ui/number-text';
import { Stepper } from '../../ui/stepper';
import { UndoNotice } from '../../ui/undo-notice';
import { useUnsavedInput } from '../../ui/use-unsaved-input';

const REPS = QUANTITIES['sit-to-stand-count'];
// A shaky second tap on Save must not log the same set twice; nobody finishes
// a real second set this fast.
const REPEAT_TAP_MS = 1500;

// Validation and saving (zod and the record schemas) load on the first Save,
// not with the screen: Today paints and answers sooner on a slow phone, and
// the service worker has the code cached, so it arrives in milliseconds.
// The range is checked here at once; the record schema checks again on save.
const loadSaving = () => import('../../db/entries-repository');

/** Today's sit-to-stand reps: − / + (or type), then Save. It starts at the last count logged. */
export function QuickCount() {
  const latest = useLatestEntry('sit-to-stand-count');
  const startAt = String(latest?.reps ?? REPS.limit.min);
  const [typed, setTyped] = useState<string | null>(null);
  const text = typed ?? startAt;
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ message: string; saved?: LogEntry } | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const lastSaveAt = useRef(0);
  useUnsavedInput('quick-count', typed !== null && typed !== startAt);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (Date.now() - lastSaveAt.current < REPEAT_TAP_MS) return;
    const reps = parseNumberText(text);
    // The day is read at the tap, not when the screen opened: the app may have stayed open overnight.
    const input: NewLogEntry = { kind: 'sit-to-stand-count', day: todayLocal(), reps: reps ?? Number.NaN };
    if (reps === null || !Number.isInteger(reps) || reps < REPS.limit.min || reps > REPS.limit.max) {
      setError(limitMessage(REPS, 'metric'));
      inputRef.current?.focus();
      return;
    }
    lastSaveAt.current = Date.now();
    try {
      const { addEntry } = await loadSaving();
      const saved = await addEntry(input);
      setTyped(String(reps));
      setError(null);
      setNotice({ message: `Saved: ${reps} sit-to-stand ${reps === 1 ? 'rep' : 'reps'} today.`, saved });
    } catch (failure) {
      lastSaveAt.current = 0;
      setError((failure as Error).message);
    }
  }

  async function undo(saved: LogEntry) {
    const { deleteEntry } = await loadSaving();
    await deleteEntry(saved.id);
    setNotice({ message: 'Removed. That set is no longer logged.' });
  }

  return (
    <form className="quick-count" onSubmit={save} noValidate aria-labelledby="quick-count-heading">
      <h2 id="quick-count-heading">Sit-to-stands</h2>
      <Stepper
        id="quick-count-reps"
        label="Reps to log for today"
        hint={latest ? `Starts at your last count, ${latest.reps}.` : 'Tap + for each rep, or type the number.'}
        value={text}
        onChange={(next) => {
          setTyped(next);
          setError(null);
        }}
        min={REPS.limit.min}
        max={REPS.limit.max}
        error={error}
        inputRef={inputRef}
      />
      <button type="submit" className="quick-count-save">
        Save
      </button>
      <UndoNotice
        message={notice?.message ?? null}
        onUndo={notice?.saved ? () => void undo(notice.saved!) : undefined}
      />
    </form>
  );
}
