import { useState, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { profileProblems } from '../../db/profile-checks';
import { saveProfile } from '../../db/profile-repository';
import type { Profile } from '../../db/profile-schema';
import { saveFailureMessage } from '../../db/storage-errors';
import { describeHeightLimit } from '../../domain/height';
import { countryName, regionOptions } from '../../domain/regions';
import type { UnitSystem } from '../../domain/units';
import { ChoiceGroup } from '../../ui/choice-group';
import { describedBy, FieldHint } from '../../ui/field-error';
import { NumberField } from '../../ui/number-field';
import { withoutDirectionControls } from '../../ui/person-text';
import { SEX_HINT, SEX_OPTIONS, UNIT_OPTIONS, YEAR_HINT, yearOfBirthMessage } from '../../ui/profile-options';
import { UndoNotice } from '../../ui/undo-notice';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { HeightField } from './height-field';
import { changesFromDraft, draftFromProfile, switchUnits, type ProfileChanges, type SettingsDraft } from './settings-draft';
import { WELCOME_PATH } from '../../ui/paths';

type TypedField = 'yearOfBirth' | 'height';
type Field = TypedField | 'units' | 'sex' | 'region' | 'kidneyDisease';

/** The stored values a change replaces, so Undo can put them back. */
function valuesBefore(profile: Profile, changes: ProfileChanges): ProfileChanges {
  return Object.fromEntries(Object.keys(changes).map((key) => [key, profile[key as keyof ProfileChanges]])) as ProfileChanges;
}

/**
 * Every setting is saved the moment it is made: a choice when it is tapped, a
 * typed number when the person leaves its box (or presses Enter). There is no
 * Save button to forget, and each save says what changed, with an Undo.
 */
export function SettingsForm({ profile }: { profile: Profile }) {
  const [draft, setDraft] = useState(() => draftFromProfile(profile));
  const [typing, setTyping] = useState<ReadonlySet<TypedField>>(new Set());
  const [errors, setErrors] = useState<Partial<Record<TypedField | 'form', string>>>({});
  const [notice, setNotice] = useState<{ field: Field; message: string; undo?: ProfileChanges } | null>(null);
  // A number typed but not yet saved (the box still has focus) must not be lost by leaving.
  useUnsavedInput('settings', typing.size > 0);

  const regions = regionOptions();
  // A region saved some other way (an older code, say) still shows as chosen.
  if (draft.region && !regions.some((region) => region.code === draft.region)) {
    // It may have come from a backup file: an <option> holds text only, so no <bdi>.
    regions.push({ code: draft.region, name: withoutDirectionControls(draft.region) });
  }

  async function commit(field: Field, changes: ProfileChanges, said: string): Promise<void> {
    const problems = profileProblems({ ...profile, ...changes });
    if (field === 'yearOfBirth' && problems.yearOfBirth) return void setErrors({ yearOfBirth: yearOfBirthMessage() });
    if (field === 'height' && problems.heightCm) return void setErrors({ height: describeHeightLimit(draft.units) });
    const before = valuesBefore(profile, changes);
    try {
      await saveProfile(changes);
      setErrors({});
      setNotice({ field, message: `Saved: ${said}.`, undo: before });
    } catch (failure) {
      setErrors({ form: saveFailureMessage(failure, 'Sorry, that setting could not be saved. Please try again.') });
    }
  }

  /** A choice is saved as soon as it is made. */
  const choose = (field: Field, next: SettingsDraft, changes: ProfileChanges, said: string) => {
    setDraft(next);
    void commit(field, changes, said);
  };

  /** A typed number is saved when the person is done with its box. */
  const saveTyped = (field: TypedField) => {
    if (!typing.has(field)) return;
    const all = changesFromDraft(draft);
    const changes = field === 'yearOfBirth' ? { yearOfBirth: all.yearOfBirth } : { heightCm: all.heightCm };
    setTyping((current) => new Set([...current].filter((f) => f !== field)));
    const value = field === 'yearOfBirth' ? (draft.yearOfBirth.trim() || 'cleared') : 'height updated';
    void commit(field, changes, field === 'yearOfBirth' ? `year of birth ${value}` : value);
  };
  const type = (field: TypedField, next: Partial<SettingsDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setTyping((current) => new Set(current).add(field));
    setErrors((current) => ({ ...current, [field]: undefined }));
    setNotice(null);
  };

  async function undo(field: Field, before: ProfileChanges) {
    try {
      const restored = await saveProfile(before);
      setDraft(draftFromProfile(restored));
      setErrors({});
      setNotice({ field, message: 'Undone. The setting is back as it was.' });
    } catch (failure) {
      setErrors({ form: saveFailureMessage(failure, 'Sorry, that could not be undone. Please try again.') });
    }
  }

  // Said right under the setting that changed, where the person is looking.
  const saved = (field: Field) => (
    <UndoNotice
      message={notice?.field === field ? notice.message : null}
      onUndo={notice?.field === field && notice.undo ? () => void undo(field, notice.undo!) : undefined}
    />
  );

  // Enter in a number box saves it, like leaving the box. (A form with several
  // boxes and no submit button is never submitted by Enter, so it is caught here.)
  const saveOnEnter = (field: TypedField) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    saveTyped(field);
  };

  return (
    <form className="settings-form" onSubmit={(event) => event.preventDefault()} noValidate>
      <p className="small">Changes are saved as you make them.</p>
      <ChoiceGroup<UnitSystem>
        id="settings-units"
        legend="Units"
        hint="Used for every measurement you enter and see."
        value={draft.units}
        options={UNIT_OPTIONS}
        onChange={(units) =>
          choose('units', switchUnits(draft, units), { units }, `units set to ${UNIT_OPTIONS.find((o) => o.value === units)!.label}`)
        }
      />
      {saved('units')}
      <div onBlur={() => saveTyped('yearOfBirth')} onKeyDown={saveOnEnter('yearOfBirth')}>
        <NumberField
          id="settings-year"
          label="Year of birth"
          hint={YEAR_HINT}
          whole
          value={draft.yearOfBirth}
          onChange={(yearOfBirth) => type('yearOfBirth', { yearOfBirth })}
          error={errors.yearOfBirth}
        />
      </div>
      {saved('yearOfBirth')}
      <ChoiceGroup<Profile['sex']>
        id="settings-sex"
        legend="Sex"
        hint={SEX_HINT}
        value={draft.sex}
        options={SEX_OPTIONS}
        onChange={(sex) => choose('sex', { ...draft, sex }, { sex }, `sex set to ${SEX_OPTIONS.find((o) => o.value === sex)!.label}`)}
      />
      {saved('sex')}
      <div
        onKeyDown={saveOnEnter('height')}
        onBlur={(event) => {
          // Feet to inches is still the same height: save when leaving both boxes.
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) saveTyped('height');
        }}
      >
        <HeightField
          units={draft.units}
          height={draft.height}
          onChange={(height) => type('height', { height })}
          error={errors.height}
        />
      </div>
      {saved('height')}
      <div className="field">
        <label htmlFor="settings-region">Where you live</label>
        <FieldHint id="settings-region" hint="This sets the emergency number Regain shows you." />
        <select
          id="settings-region"
          value={draft.region}
          onChange={(event) => {
            const region = event.target.value;
            // A number typed for the old country would follow the person to the new one.
            choose('region', { ...draft, region }, { region: region || undefined, emergencyNumber: undefined }, region ? `where you live set to ${countryName(region)}` : 'where you live cleared');
          }}
          aria-describedby={describedBy('settings-region', { hint: true })}
        >
          <option value="">Not chosen</option>
          {regions.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      {saved('region')}
      <ChoiceGroup<'yes' | 'no'>
        id="settings-kidney"
        legend="Do you have kidney disease?"
        hint="Some people with kidney disease need less protein, not more. If you answer yes, Regain asks you to check with your doctor or dietitian before eating more protein."
        value={draft.kidneyDisease}
        options={[
          { value: 'no', label: 'No' },
          { value: 'yes', label: 'Yes' },
        ]}
        onChange={(kidneyDisease) =>
          choose('kidneyDisease', { ...draft, kidneyDisease }, { kidneyDisease: kidneyDisease === 'yes' }, `kidney disease ${kidneyDisease}`)
        }
      />
      {saved('kidneyDisease')}
      <p className="form-error" role="alert">
        {errors.form ?? null}
      </p>
      <p>
        <Link to={WELCOME_PATH} className="text-link">
          Show the welcome steps again
        </Link>
      </p>
    </form>
  );
}
