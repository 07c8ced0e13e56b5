import { useEffect, useId, useRef, useState } from 'react';
import { saveProfileOnDemand } from '../../db/save-on-demand';
import { saveFailureMessage } from '../../db/storage-errors';
import type { ResolvedEmergencyNumber } from '../../domain/emergency-number';
import type { EmergencyNumber } from './use-emergency-number';
import { useUnsavedInput } from '../../ui/use-unsaved-input';

const NUMBER_PATTERN = /^[0-9+*#]{2,15}$/;

function whereFrom({ source, region }: ResolvedEmergencyNumber): string | null {
  if (source === 'region' && region) return `the number for your region (${region})`;
  if (source === 'language' && region) return `chosen from your phone's language setting (${region})`;
  if (source === 'fallback') return 'we could not tell which country you are in: please check it is right';
  return null;
}

/**
 * Keeps the number line's place, unseen, for the moment before the saved
 * number is read: the list below it must not jump when the line appears.
 * Shaped like the first visit's line (a number, where it came from, Change).
 */
function NumberSettingPlaceholder() {
  return (
    <div className="sy-number-setting sy-placeholder" aria-hidden="true">
      <p className="sy-number-line">
        Your emergency number: <strong className="sy-number">000</strong>
        <span className="sy-number-note"> (chosen from your phone's language setting (XX))</span>
      </p>
      <button type="button" className="sy-secondary" disabled tabIndex={-1}>
        Change
      </button>
    </div>
  );
}

/** "Your emergency number: 999 — Change": shown on the Symptoms screen and the emergency outcome. */
export function EmergencyNumberSetting({ resolved }: { resolved: EmergencyNumber }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [closedTimes, setClosedTimes] = useState(0);
  const id = useId();
  const changeRef = useRef<HTMLButtonElement>(null);
  const editing = draft !== null;
  useUnsavedInput(`emergency-number-${id}`, editing && draft.trim() !== resolved.number);

  const save = async () => {
    const number = (draft ?? '').replace(/[\s-]/g, '');
    if (!NUMBER_PATTERN.test(number)) {
      setError('Enter the number using digits only, for example 999 or 112.');
      return;
    }
    try {
      await saveProfileOnDemand({ emergencyNumber: number });
      setDraft(null);
      setError(null);
      setSaved(true);
      setClosedTimes((n) => n + 1);
    } catch (e) {
      setError(saveFailureMessage(e, 'Sorry, the number could not be saved. Please try again.'));
    }
  };

  // Back from the form to the number line: keep focus where the person was.
  useEffect(() => {
    if (closedTimes > 0) changeRef.current?.focus();
  }, [closedTimes]);

  // Until the saved number is read, a default shown here could be mistaken for it.
  if (!resolved.loaded) return <NumberSettingPlaceholder />;
  const note = whereFrom(resolved);
  return (
    <div className="sy-number-setting">
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label htmlFor={`${id}-number`} className="sy-label">
            Your emergency number
          </label>
          <input
            id={`${id}-number`}
            className="sy-number-input"
            type="text"
            inputMode="tel"
            autoComplete="off"
            value={draft}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setDraft(event.target.value);
              setError(null);
            }}
          />
          {error ? (
            <p id={`${id}-error`} className="sy-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="sy-actions">
            <button type="submit">Save number</button>
            <button
              type="button"
              className="sy-secondary"
              onClick={() => {
                setDraft(null);
                setError(null);
                setClosedTimes((n) => n + 1);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <>
          <p className="sy-number-line">
            Your emergency number: <strong className="sy-number">{resolved.number}</strong>
            {note ? <span className="sy-number-note"> ({note})</span> : null}
          </p>
          <button
            ref={changeRef}
            type="button"
            className="sy-secondary"
            aria-label={`Change your emergency number (now ${resolved.number})`}
            onClick={() => {
              setDraft(resolved.number);
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
