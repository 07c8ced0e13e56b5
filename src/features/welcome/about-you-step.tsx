import { useState, type FormEvent } from 'react';
import { profileProblems } from '../../db/profile-checks';
import { saveProfile } from '../../db/profile-repository';
import type { Profile } from '../../db/profile-schema';
import { saveFailureMessage } from '../../db/storage-errors';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import { suggestedCountry } from '../../domain/emergency-number';
import type { UnitSystem } from '../../domain/units';
import { ChoiceGroup } from '../../ui/choice-group';
import { FieldError } from '../../ui/field-error';
import { NumberField } from '../../ui/number-field';
import { parseNumberText } from '../../ui/number-text';
import { SEX_HINT, SEX_OPTIONS, UNIT_OPTIONS, YEAR_HINT, yearOfBirthMessage } from '../../ui/profile-options';
import { useSaveGuard } from '../../ui/use-save-guard';

/** Year of birth, sex and units: what the norms and every measurement need. */
export function AboutYouStep({ onNext }: { onNext: () => void }) {
  const profile = useLoadedProfile();
  // Waits for the stored profile, so going Back shows what was saved.
  return profile ? <AboutYouForm profile={profile} onNext={onNext} /> : <p className="loading">Loading…</p>;
}

function AboutYouForm({ profile, onNext }: { profile: Profile; onNext: () => void }) {
  const [year, setYear] = useState(profile.yearOfBirth === undefined ? '' : String(profile.yearOfBirth));
  const [sex, setSex] = useState(profile.sex);
  // A phone set up for the United States most likely measures in pounds and feet.
  const [units, setUnits] = useState<UnitSystem>(() =>
    profile.yearOfBirth === undefined && suggestedCountry(navigator.language) === 'US' ? 'imperial' : profile.units,
  );
  const [errors, setErrors] = useState<{ year?: string; form?: string }>({});
  const guard = useSaveGuard();

  const save = (event: FormEvent) => {
    event.preventDefault();
    void guard.run(async () => {
      const yearOfBirth = year.trim() === '' ? undefined : (parseNumberText(year) ?? Number.NaN);
      const changes = { yearOfBirth, sex, units };
      if (profileProblems({ ...profile, ...changes }).yearOfBirth) {
        setErrors({ year: yearOfBirthMessage() });
        document.getElementById('welcome-year')?.focus();
        return false;
      }
      try {
        await saveProfile(changes);
        onNext();
        return true;
      } catch (failure) {
        setErrors({ form: saveFailureMessage(failure, 'Sorry, this could not be saved. Please try again.') });
        return false;
      }
    });
  };

  return (
    <form onSubmit={save} noValidate>
      <p>These help Regain compare your results with people like you. You can leave any of them out, and change them later in Settings.</p>
      <NumberField
        id="welcome-year"
        label="Year of birth"
        hint={YEAR_HINT}
        whole
        value={year}
        onChange={(text) => {
          setYear(text);
          setErrors({});
          guard.edited();
        }}
        error={errors.year}
      />
      <ChoiceGroup<Profile['sex']>
        id="welcome-sex"
        legend="Sex"
        hint={SEX_HINT}
        value={sex}
        options={SEX_OPTIONS}
        onChange={(next) => {
          setSex(next);
          guard.edited();
        }}
      />
      <ChoiceGroup<UnitSystem>
        id="welcome-units"
        legend="Units"
        value={units}
        options={UNIT_OPTIONS}
        onChange={(next) => {
          setUnits(next);
          guard.edited();
        }}
      />
      <button type="submit" className="button-wide">
        Next
      </button>
      <FieldError id="welcome-about" message={errors.form} />
    </form>
  );
}
