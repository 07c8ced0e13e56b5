import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { addEntries } from '../../db/entry-batch';
import { todayLocal } from '../../domain/dates';
import type { UnitSystem } from '../../domain/units';
import { ChoiceGroup } from '../../ui/choice-group';
import { DateField } from '../../ui/date-field';
import { entrySummary } from '../../ui/describe-entry';
import { limitMessage, QUANTITIES, unitLabel } from '../../ui/entry-quantities';
import { longDate } from '../../ui/format-day';
import { NoteField } from '../../ui/note-field';
import { NumberField } from '../../ui/number-field';
import { unreadableNumberIds } from '../../ui/number-text';
import { useSaveGuard } from '../../ui/use-save-guard';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { saveFailureMessage } from '../../db/storage-errors';
import { checkMeasurements, flaggedGapCm, type MeasurementDraft } from './check-measurements';
import { GapFlag } from './gap-flag';
import {
  GAP_CHECKED_SITES,
  MEASUREMENT_FIELDS,
  MEASUREMENT_GROUPS,
  type MeasurementField,
  type ProteinScope,
} from './measurement-fields';
import { HISTORY_PATH, TODAY_PATH } from '../../ui/paths';

const emptyDraft = (): MeasurementDraft => ({ day: todayLocal(), values: {}, proteinScope: 'meal', note: '' });

interface Saved {
  when: string;
  lines: string[];
  gaps: Array<{ site: string; gapCm: number }>;
}

function gapsIn(values: MeasurementDraft['values'], units: UnitSystem) {
  return GAP_CHECKED_SITES.flatMap((site) => {
    const gapCm = flaggedGapCm(values, site, units);
    return gapCm === null ? [] : [{ site, gapCm }];
  });
}

export function MeasurementForm({ units }: { units: UnitSystem }) {
  const [draft, setDraft] = useState(emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<Saved | null>(null);
  const today = todayLocal();
  const dirty = Object.values(draft.values).some((text) => text.trim() !== '') || draft.note.trim() !== '';
  useUnsavedInput('measurements', dirty);
  const guard = useSaveGuard();

  const change = (next: Partial<MeasurementDraft>, clear: string) => {
    setDraft((current) => ({ ...current, ...next }));
    setErrors((current) => {
      const rest = { ...current };
      delete rest[clear];
      delete rest.form;
      return rest;
    });
    setSaved(null);
    guard.edited();
  };
  const setValue = (name: string, text: string) => change({ values: { ...draft.values, [name]: text } }, name);

  const save = (event: FormEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    void guard.run(() => check(form));
  };

  async function check(form: HTMLFormElement): Promise<boolean> {
    const { entries, errors: found } = checkMeasurements(draft, units);
    // A typo the browser cannot read shows as empty; point it out rather than skip it.
    const unreadable = unreadableNumberIds(form);
    for (const field of MEASUREMENT_FIELDS.filter((f) => unreadable.has(`measure-${f.name}`))) {
      found[field.name] = limitMessage(QUANTITIES[field.kind], units);
      delete found.form;
    }
    if (Object.keys(found).length > 0) {
      setErrors(found);
      // Take the person to the first problem; its message is right beside it.
      const first = ['day', ...MEASUREMENT_FIELDS.map((f) => f.name), 'note'].find((n) => found[n]);
      document.getElementById(first ? `measure-${first}` : 'measure-save')?.focus();
      return false;
    }
    try {
      const stored = await addEntries(entries);
      setSaved({
        when: draft.day === todayLocal() ? 'today' : longDate(draft.day),
        lines: stored.map((entry) => entrySummary(entry, units)),
        gaps: gapsIn(draft.values, units),
      });
      setDraft(emptyDraft());
      setErrors({});
      return true;
    } catch (failure) {
      setErrors({ form: saveFailureMessage(failure, 'Sorry, your measurements could not be saved. Please try again.') });
      return false;
    }
  }

  const numberField = (field: MeasurementField) => {
    const quantity = QUANTITIES[field.kind];
    return (
      <NumberField
        key={field.name}
        id={`measure-${field.name}`}
        label={field.label}
        unit={unitLabel(quantity, units) || undefined}
        whole={quantity.decimals === 0}
        value={draft.values[field.name] ?? ''}
        onChange={(text) => setValue(field.name, text)}
        error={errors[field.name]}
      />
    );
  };

  return (
    <form className="measurement-form" onSubmit={save} noValidate>
      <DateField
        id="measure-day"
        label="Date"
        hint="Change it to add entries for an earlier day."
        value={draft.day}
        max={today}
        onChange={(day) => change({ day }, 'day')}
        error={errors.day}
      />
      {MEASUREMENT_GROUPS.map((group) => {
        const gapSite = GAP_CHECKED_SITES.find((site) => site === group.name);
        const gapCm = gapSite ? flaggedGapCm(draft.values, gapSite, units) : null;
        if (!group.legend) {
          return (
            <div key={group.name} className="measurement-group">
              {group.fields.map(numberField)}
              {group.name === 'protein' ? (
                <ChoiceGroup<ProteinScope>
                  id="measure-protein-scope"
                  legend="This protein is for"
                  value={draft.proteinScope}
                  options={[
                    { value: 'meal', label: 'One meal' },
                    { value: 'day', label: 'The whole day' },
                  ]}
                  onChange={(proteinScope) => change({ proteinScope }, 'protein')}
                />
              ) : null}
            </div>
          );
        }
        return (
          <fieldset key={group.name} className="measurement-group">
            <legend>{group.legend}</legend>
            {group.hint ? <p className="field-hint">{group.hint}</p> : null}
            <div className="side-by-side">{group.fields.map(numberField)}</div>
            {gapSite ? (
              <div role="status">{gapCm !== null ? <GapFlag site={gapSite} gapCm={gapCm} units={units} /> : null}</div>
            ) : null}
          </fieldset>
        );
      })}
      <NoteField id="measure-note" value={draft.note} onChange={(note) => change({ note }, 'note')} error={errors.note} />
      <button id="measure-save" type="submit" className="button-wide">
        Save
      </button>
      <p className="form-error" role="alert">
        {errors.form ?? null}
      </p>
      <div role="status">{saved ? <SavedSummary saved={saved} units={units} /> : null}</div>
    </form>
  );
}

function SavedSummary({ saved, units }: { saved: Saved; units: UnitSystem }) {
  return (
    <div className="saved-summary">
      <p>
        <strong>Saved for {saved.when}:</strong>
      </p>
      <ul className="entry-list">
        {saved.lines.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      {saved.gaps.map(({ site, gapCm }) => (
        <GapFlag key={site} site={site} gapCm={gapCm} units={units} />
      ))}
      <p className="button-row">
        <Link to={HISTORY_PATH} className="button button-secondary">
          See History
        </Link>
        <Link to={TODAY_PATH} className="button button-secondary">
          Back to Today
        </Link>
      </p>
    </div>
  );
}
