import { useEffect, useId, useRef, useState } from 'react';
import { saveProfileOnDemand } from '../../db/save-on-demand';
import { saveFailureMessage } from '../../db/storage-errors';
import { checkChoice, type Choice } from '../../domain/emergency-choice';
import { numbersForCountry, OTHER_COUNTRY } from '../../domain/emergency-number';
import { countryName, regionOptions } from '../../domain/regions';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import type { EmergencyNumber } from './use-emergency-number';

/**
 * Keeps the number line's place, unseen, for the moment before the saved
 * number is read: nothing may be dialled from a guess in that moment, and the
 * list below must not jump when the line appears.
 */
function NumberSettingPlaceholder() {
  return (
    <div className="sy-number-setting sy-placeholder" aria-hidden="true">
      <p className="sy-number-line">
        Your emergency number: <strong className="sy-number">000</strong>
        <span className="sy-number-note"> (United Kingdom)</span>
      </p>
      <button type="button" className="sy-secondary" disabled tabIndex={-1}>
        Change
      </button>
    </div>
  );
}

/** "United Kingdom; 112 also works", or "your own number" for one the person typed. */
function whereFrom(emergency: Extract<EmergencyNumber, { status: 'known' }>): string {
  if (emergency.source === 'saved') {
    return emergency.country ? `your own number, in ${countryName(emergency.country)}` : 'your own number';
  }
  const note = emergency.country ? numbersForCountry(emergency.country)?.note : undefined;
  const name = emergency.country ? countryName(emergency.country) : '';
  return note ? `${name}; ${note}` : name;
}

interface CountryFormProps {
  initial: Choice;
  /** Shown on the first visit: why we ask. */
  intro?: string;
  submitLabel: string;
  onDone?: () => void;
  onCancel?: () => void;
}

/** The country (and, for somewhere else, the number): what every call button in the app dials. */
export function CountryForm({ initial, intro, submitLabel, onDone, onCancel }: CountryFormProps) {
  const [choice, setChoice] = useState<Choice>(initial);
  const [error, setError] = useState<string | null>(null);
  const [confirmedOnce, setConfirmedOnce] = useState<string | null>(null);
  const id = useId();
  useUnsavedInput(`emergency-country-${id}`, choice.country !== initial.country || choice.number !== initial.number);
  const needsNumber = choice.country === OTHER_COUNTRY;
  const known = numbersForCountry(choice.country);
  // A number of their own is rare: the box shows only when asked for (or needed).
  const [ownNumber, setOwnNumber] = useState(() => known !== null && initial.number !== '' && initial.number !== known.emergency);
  const showNumber = needsNumber || ownNumber;

  const save = async () => {
    const verdict = checkChoice(choice, confirmedOnce);
    if (!verdict.ok) {
      setError(verdict.error);
      setConfirmedOnce(`${choice.country}:${choice.number.replace(/[\s-]/g, '')}`);
      return;
    }
    try {
      await saveProfileOnDemand(verdict.save);
      setError(null);
      onDone?.();
    } catch (e) {
      setError(saveFailureMessage(e, 'Sorry, this could not be saved. Please try again.'));
    }
  };

  const change = (next: Partial<Choice>) => {
    setChoice((c) => ({ ...c, ...next }));
    setError(null);
    setConfirmedOnce(null);
  };

  return (
    <form
      className="sy-country-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      {intro ? <p>{intro}</p> : null}
      <label htmlFor={`${id}-country`} className="sy-label">
        The country you are in
      </label>
      <select
        id={`${id}-country`}
        value={choice.country}
        onChange={(event) => {
          const country = event.target.value;
          change({ country, number: numbersForCountry(country)?.emergency ?? '' });
        }}
      >
        {choice.country === '' ? <option value="">Choose a country</option> : null}
        {regionOptions().map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
      {known && !needsNumber ? (
        <p className="sy-number-preview">
          Emergency number there: <strong>{known.emergency}</strong>
          {known.note ? ` (${known.note})` : ''}
        </p>
      ) : null}
      {showNumber ? (
        <>
          <label htmlFor={`${id}-number`} className="sy-label">
            {needsNumber ? 'The emergency number where you are' : 'Your emergency number, if it is different'}
          </label>
          <input
            id={`${id}-number`}
            className="sy-number-input"
            type="text"
            inputMode="tel"
            autoComplete="off"
            value={choice.number}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => change({ number: event.target.value })}
          />
        </>
      ) : (
        <button type="button" className="sy-secondary sy-own-number" onClick={() => setOwnNumber(true)}>
          Use a different number
        </button>
      )}
      {error ? (
        <p id={`${id}-error`} className="sy-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="sy-actions">
        <button type="submit">{submitLabel}</button>
        {onCancel ? (
          <button type="button" className="sy-secondary" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** The form's starting values: the saved choice, or the phone's suggestion, or nothing chosen. */
export function initialChoice(emergency: EmergencyNumber): Choice {
  if (emergency.status === 'known') {
    const country = emergency.country ?? OTHER_COUNTRY;
    return { country, number: emergency.number };
  }
  const suggested = emergency.status === 'unconfirmed' ? emergency.suggestedCountry : null;
  return { country: suggested ?? '', number: suggested ? (numbersForCountry(suggested)?.emergency ?? '') : '' };
}

/**
 * "Your emergency number: 999 (United Kingdom) — Change", or, before a country is
 * confirmed, the question that sets it. Shown on the Symptoms screen and outcomes.
 */
export function EmergencyNumberSetting({ resolved, choosing = false }: { resolved: EmergencyNumber; choosing?: boolean }) {
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [closedTimes, setClosedTimes] = useState(0);
  const changeRef = useRef<HTMLButtonElement>(null);

  // Back from the form to the number line: keep focus where the person was.
  useEffect(() => {
    if (closedTimes > 0) changeRef.current?.focus();
  }, [closedTimes]);

  if (resolved.status === 'loading') return <NumberSettingPlaceholder />;
  if (resolved.status === 'unconfirmed') {
    // Shaped like the number line until the person opens the form, so the
    // screen does not jump when the settings have been read.
    return (
      <div className="sy-number-setting">
        {editing || choosing ? (
          <CountryForm
            initial={initialChoice(resolved)}
            intro="Which country are you in? Regain shows the emergency number for it."
            submitLabel="Save country"
            onDone={() => setSaved(true)}
          />
        ) : (
          <>
            <p className="sy-number-line">
              Your emergency number: <strong className="sy-number">not set</strong>
              <span className="sy-number-note"> (choose your country to show it)</span>
            </p>
            <button type="button" className="sy-secondary" onClick={() => setEditing(true)}>
              Choose country
            </button>
          </>
        )}
      </div>
    );
  }
  const close = () => {
    setEditing(false);
    setClosedTimes((n) => n + 1);
  };
  return (
    <div className="sy-number-setting">
      {editing ? (
        <CountryForm
          initial={initialChoice(resolved)}
          submitLabel="Save"
          onDone={() => {
            setSaved(true);
            close();
          }}
          onCancel={close}
        />
      ) : (
        <>
          <p className="sy-number-line">
            Your emergency number: <strong className="sy-number">{resolved.number}</strong>
            <span className="sy-number-note"> ({whereFrom(resolved)})</span>
          </p>
          <button
            ref={changeRef}
            type="button"
            className="sy-secondary"
            aria-label={`Change your country or emergency number (now ${resolved.number})`}
            onClick={() => {
              setEditing(true);
              setSaved(false);
            }}
          >
            Change
          </button>
        </>
      )}
      <p role="status" className="sy-saved">
        {saved && !editing ? `Saved. Regain will show ${resolved.number} as your emergency number.` : null}
      </p>
    </div>
  );
}
