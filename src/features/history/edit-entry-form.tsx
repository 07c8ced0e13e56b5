import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { deleteEntry, EditConflictError, updateEntry } from '../../db/entries-repository';
import { entryProblems } from '../../db/entry-checks';
import type { LogEntry } from '../../db/log-entry-schema';
import { todayLocal } from '../../domain/dates';
import type { UnitSystem } from '../../domain/units';
import { ChoiceGroup } from '../../ui/choice-group';
import { DateField } from '../../ui/date-field';
import { entrySummary } from '../../ui/describe-entry';
import { longDate } from '../../ui/format-day';
import { limitMessage, QUANTITIES, unitLabel } from '../../ui/entry-quantities';
import { NoteField } from '../../ui/note-field';
import { PersonText } from '../../ui/person-text';
import { NumberField } from '../../ui/number-field';
import { useSaveGuard } from '../../ui/use-save-guard';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { saveFailureMessage } from '../../db/storage-errors';
import { applyDraft, draftFrom, VALUE_LABELS, type EditDraft, type Scope, type Side, type Site } from './edit-entry-draft';
import type { HistoryArrival } from './history-notice';
import { HISTORY_PATH } from '../../ui/paths';

const FIELD_ORDER = ['day', 'value', 'note'] as const;

/** One version of an entry in a conflict, note included: two versions may differ only there. */
function EntryVersion({ entry, units }: { entry: LogEntry; units: UnitSystem }) {
  return (
    <>
      {entrySummary(entry, units)}, {longDate(entry.day)}
      {entry.note ? (
        <>
          , with the note “<PersonText text={entry.note} />”
        </>
      ) : null}
      .
    </>
  );
}

export function EditEntryForm({ entry, units }: { entry: LogEntry; units: UnitSystem }) {
  const navigate = useNavigate();
  const [initial] = useState(() => draftFrom(entry, units));
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  /** Set when another tab or window changed or deleted this entry since the form opened it. */
  const [conflict, setConflict] = useState<{ current: LogEntry | undefined } | null>(null);
  const quantity = QUANTITIES[entry.kind];
  useUnsavedInput('edit-entry', JSON.stringify(draft) !== JSON.stringify(initial) && !conflict);
  const guard = useSaveGuard();

  const change = (next: Partial<EditDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setErrors({});
    guard.edited();
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    void guard.run(check);
  };

  async function check(): Promise<boolean> {
    const candidate = applyDraft(entry, draft, initial, units);
    const problems = entryProblems(candidate, entry.day);
    const found: Record<string, string> = {};
    // The schema words limits in metric; say them in the person's units.
    if (problems[quantity.field]) found.value = limitMessage(quantity, units);
    if (problems.day) found.day = problems.day;
    if (problems.note) found.note = problems.note;
    const first = FIELD_ORDER.find((name) => found[name]);
    if (first) {
      setErrors(found);
      document.getElementById(`edit-${first}`)?.focus();
      return false;
    }
    return write(candidate, entry.updatedAt);
  }

  /** Saves; with `basedOn`, only if nobody else changed the entry since the form read it. */
  async function write(candidate: LogEntry, basedOn?: string): Promise<boolean> {
    try {
      const saved = await updateEntry(candidate, { basedOn });
      void navigate(HISTORY_PATH, { state: { kind: 'saved', entry: saved } satisfies HistoryArrival });
      return true;
    } catch (failure) {
      if (failure instanceof EditConflictError) {
        setConflict({ current: failure.current });
        return false;
      }
      setErrors({ form: saveFailureMessage(failure, 'Sorry, your change could not be saved. Please try again.') });
      return false;
    }
  }

  if (conflict) {
    const { current } = conflict;
    const mine = applyDraft(entry, draft, initial, units);
    return (
      <div className="edit-conflict" role="alert">
        <h2>{current ? 'This entry was changed somewhere else' : 'This entry was deleted somewhere else'}</h2>
        {current ? (
          <p>
            While you were editing, it was changed in another tab or window. It now reads: <EntryVersion entry={current} units={units} />
          </p>
        ) : (
          <p>While you were editing, it was deleted in another tab or window.</p>
        )}
        <p>
          Yours reads: <EntryVersion entry={mine} units={units} /> Which do you want to keep?
        </p>
        <div className="button-row">
          <button type="button" onClick={() => void guard.run(() => write(mine))}>
            {current ? 'Keep mine' : 'Save mine again'}
          </button>
          <Link to={HISTORY_PATH} className="button button-secondary">
            {current ? 'Keep the other' : 'Leave it deleted'}
          </Link>
        </div>
      </div>
    );
  }

  async function remove() {
    const deleted = await deleteEntry(entry.id);
    if (deleted) void navigate(HISTORY_PATH, { state: { kind: 'deleted', entry: deleted } satisfies HistoryArrival });
  }

  return (
    <form className="edit-entry-form" onSubmit={save} noValidate>
      <DateField
        id="edit-day"
        label="Date"
        value={draft.day}
        max={entry.day > todayLocal() ? entry.day : todayLocal()}
        onChange={(day) => change({ day })}
        error={errors.day}
      />
      {entry.kind === 'circumference' ? (
        <ChoiceGroup<Site>
          id="edit-site"
          legend="Where"
          value={draft.site}
          options={[
            { value: 'calf', label: 'Calf' },
            { value: 'thigh', label: 'Thigh' },
            { value: 'upper-arm', label: 'Upper arm' },
          ]}
          onChange={(site) => change({ site })}
        />
      ) : null}
      {'side' in entry ? (
        <ChoiceGroup<Side>
          id="edit-side"
          legend="Side"
          value={draft.side}
          options={[
            { value: 'left', label: 'Left' },
            { value: 'right', label: 'Right' },
          ]}
          onChange={(side) => change({ side })}
        />
      ) : null}
      <NumberField
        id="edit-value"
        label={VALUE_LABELS[entry.kind]}
        unit={unitLabel(quantity, units) || undefined}
        whole={quantity.decimals === 0}
        value={draft.value}
        onChange={(value) => change({ value })}
        error={errors.value}
      />
      {entry.kind === 'protein' ? (
        <ChoiceGroup<Scope>
          id="edit-scope"
          legend="This protein is for"
          value={draft.scope}
          options={[
            { value: 'meal', label: 'One meal' },
            { value: 'day', label: 'The whole day' },
          ]}
          onChange={(scope) => change({ scope })}
        />
      ) : null}
      <NoteField id="edit-note" value={draft.note} onChange={(note) => change({ note })} error={errors.note} />
      <div className="button-row">
        <button type="submit">Save changes</button>
        <Link to={HISTORY_PATH} className="button button-secondary">
          Cancel
        </Link>
      </div>
      <p className="form-error" role="alert">
        {errors.form ?? null}
      </p>
      <div className="danger-zone">
        <button type="button" className="button-danger" onClick={() => void remove()}>
          Delete this entry
        </button>
        <p className="field-hint">You can undo this straight after.</p>
      </div>
    </form>
  );
}
