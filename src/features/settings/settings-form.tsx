import { useState, type FormEvent } from 'react';
import { profileProblems } from '../../db/profile-checks';
import { saveProfile } from '../../db/profile-repository';
import type { Profile } from '../../db/profile-schema';
import { describeHeightLimit } from '../../domain/height';
import { regionOptions } from '../../domain/regions';
import type { UnitSystem } from '../../domain/units';
import { ChoiceGroup } from '../../ui/choice-group';
import { describedBy, FieldError, FieldHint } from '../../ui/field-error';
import { NumberField } from '../../ui/number-field';
import { unreadableNumberIds } from '../../ui/number-text';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { HeightField } from './height-field';
import { changesFromDraft, draftFromProfile, switchUnits, type SettingsDraft } from './settings-draft';

const yearMessage = () => `Enter a year of birth between 1900 and ${new Date().getFullYear()}.`;

export function SettingsForm({ profile }: { profile: Profile }) {
  const [saved, setSaved] = useState(() => draftFromProfile(profile));
  const [draft, setDraft] = useState(saved);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);
  useUnsavedInput('settings', JSON.stringify(draft) !== JSON.stringify(saved));

  const regions = regionOptions();
  // A region saved some other way (an older code, say) still shows as chosen.
  if (draft.region && !regions.some((region) => region.code === draft.region)) {
    regions.push({ code: draft.region, name: draft.region });
  }

  const update = (next: Partial<SettingsDraft>) => {
    setDraft((current) => ({ ...current, ...next }));
    setErrors({});
    setStatus(null);
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    const changes = changesFromDraft(draft);
    // A number typed for the old country would follow the person to the new one.
    if ((changes.region ?? '') !== (profile.region ?? '')) changes.emergencyNumber = undefined;
    const problems = profileProblems({ ...profile, ...changes });
    const found: Record<string, string> = {};
    if (problems.yearOfBirth) found.yearOfBirth = yearMessage();
    if (problems.heightCm) found.height = describeHeightLimit(draft.units);
    const unreadable = unreadableNumberIds(event.currentTarget as HTMLFormElement);
    if (unreadable.has('settings-year')) found.yearOfBirth = yearMessage();
    if ([...unreadable].some((id) => id.startsWith('settings-height'))) found.height = describeHeightLimit(draft.units);
    if (Object.keys(found).length > 0) {
      setErrors(found);
      const heightBox = draft.units === 'metric' ? 'settings-height' : 'settings-height-feet';
      document.getElementById(found.yearOfBirth ? 'settings-year' : heightBox)?.focus();
      return;
    }
    try {
      await saveProfile(changes);
      setSaved(draft);
      setStatus('Your settings are saved.');
    } catch (failure) {
      setErrors({ form: (failure as Error).message });
    }
  }

  return (
    <form className="settings-form" onSubmit={save} noValidate>
      <ChoiceGroup<UnitSystem>
        id="settings-units"
        legend="Units"
        hint="Used for every measurement you enter and see."
        value={draft.units}
        options={[
          { value: 'metric', label: 'Metric (kg, cm)' },
          { value: 'imperial', label: 'Imperial (lb, feet and inches)' },
        ]}
        onChange={(units) => {
          setDraft((current) => switchUnits(current, units));
          setErrors({});
          setStatus(null);
        }}
      />
      <NumberField
        id="settings-year"
        label="Year of birth"
        hint="To compare your results with people of your age."
        whole
        value={draft.yearOfBirth}
        onChange={(yearOfBirth) => update({ yearOfBirth })}
        error={errors.yearOfBirth}
      />
      <ChoiceGroup<Profile['sex']>
        id="settings-sex"
        legend="Sex"
        hint="Strength norms differ for women and men. If you prefer not to say, Regain shows both."
        value={draft.sex}
        options={[
          { value: 'female', label: 'Female' },
          { value: 'male', label: 'Male' },
          { value: 'unspecified', label: 'Prefer not to say' },
        ]}
        onChange={(sex) => update({ sex })}
      />
      <HeightField units={draft.units} height={draft.height} onChange={(height) => update({ height })} error={errors.height} />
      <div className="field">
        <label htmlFor="settings-region">Where you live</label>
        <FieldHint id="settings-region" hint="This sets the emergency number Regain shows you." />
        <select
          id="settings-region"
          value={draft.region}
          onChange={(event) => update({ region: event.target.value })}
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
      <ChoiceGroup<'yes' | 'no'>
        id="settings-kidney"
        legend="Do you have kidney disease?"
        hint="Some people with kidney disease need less protein, not more. If you answer yes, Regain asks you to check with your doctor or dietitian before eating more protein."
        value={draft.kidneyDisease}
        options={[
          { value: 'no', label: 'No' },
          { value: 'yes', label: 'Yes' },
        ]}
        onChange={(kidneyDisease) => update({ kidneyDisease })}
      />
      <button type="submit" className="button-wide">
        Save settings
      </button>
      <FieldError id="settings-form" message={errors.form} />
      <p role="status" className="form-status">
        {status}
      </p>
    </form>
  );
}
