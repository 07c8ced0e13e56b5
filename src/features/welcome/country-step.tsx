import { useState, type FormEvent } from 'react';
import { saveProfile } from '../../db/profile-repository';
import type { Profile } from '../../db/profile-schema';
import { saveFailureMessage } from '../../db/storage-errors';
import { useLoadedProfile } from '../../db/use-loaded-profile';
import { checkChoice } from '../../domain/emergency-choice';
import { numbersForCountry, OTHER_COUNTRY, suggestedCountry } from '../../domain/emergency-number';
import { regionOptions } from '../../domain/regions';
import { describedBy, FieldError, FieldHint } from '../../ui/field-error';
import { useSaveGuard } from '../../ui/use-save-guard';

/** The country sets the emergency number the red-flag check tells the person to call. */
export function CountryStep({ onNext }: { onNext: () => void }) {
  const profile = useLoadedProfile();
  return profile ? <CountryForm profile={profile} onNext={onNext} /> : <p className="loading">Loading…</p>;
}

function CountryForm({ profile, onNext }: { profile: Profile; onNext: () => void }) {
  // The phone's language suggests a country; the person confirms it here.
  const [country, setCountry] = useState(profile.region ?? suggestedCountry(navigator.language) ?? '');
  const [number, setNumber] = useState(profile.emergencyNumber ?? '');
  const [error, setError] = useState<string | null>(null);
  const [confirmedOnce, setConfirmedOnce] = useState<string | null>(null);
  const guard = useSaveGuard();
  const known = numbersForCountry(country);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void guard.run(async () => {
      const verdict = checkChoice({ country, number: known ? '' : number }, confirmedOnce);
      if (!verdict.ok) {
        setError(verdict.error);
        // An unusual number is kept if the person saves it a second time.
        setConfirmedOnce(`${country}:${number.replace(/[\s-]/g, '')}`);
        return false;
      }
      try {
        await saveProfile(verdict.save);
        onNext();
        return true;
      } catch (failure) {
        setError(saveFailureMessage(failure, 'Sorry, this could not be saved. Please try again.'));
        return false;
      }
    });
  };
  const changed = () => {
    setError(null);
    guard.edited();
  };

  return (
    <form onSubmit={save} noValidate>
      <div className="field">
        <label htmlFor="welcome-country">The country you are in</label>
        <FieldHint id="welcome-country" hint="Regain shows the emergency number to call there." />
        <select
          id="welcome-country"
          value={country}
          onChange={(event) => {
            setCountry(event.target.value);
            changed();
          }}
          aria-describedby={describedBy('welcome-country', { hint: true })}
        >
          <option value="">Choose your country</option>
          {regionOptions().map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      {known ? (
        <p className="welcome-number" role="status">
          In an emergency, call <strong>{known.emergency}</strong>.
        </p>
      ) : country === OTHER_COUNTRY ? (
        <div className="field">
          <label htmlFor="welcome-number">Your emergency number</label>
          <input
            id="welcome-number"
            type="text"
            inputMode="tel"
            autoComplete="off"
            value={number}
            onChange={(event) => {
              setNumber(event.target.value);
              changed();
            }}
          />
        </div>
      ) : null}
      <button type="submit" className="button-wide">
        Next
      </button>
      <FieldError id="welcome-country-form" message={error} />
    </form>
  );
}
