import { useId, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { addSymptomCheckIn } from '../../db/symptom-check-ins-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useSymptomCheckIns } from '../../db/use-symptom-check-ins';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { Screen } from '../../ui/screen';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { useSaveGuard } from '../../ui/use-save-guard';
import { formatDay } from '../../ui/format';
import { isUnfinished, useSymptomCheckStore } from './symptom-check-store';
import { symptomChecklist } from './triage-content';
import './symptoms.css';
import { wholeWords } from '../../ui/whole-words';
import { SYMPTOMS_PATH, SYMPTOM_CHECK_PATH } from '../../ui/paths';

const SIGNS = symptomChecklist.signs;

function signText(id: string): string {
  return SIGNS.find((s) => s.id === id)?.text ?? 'A sign this version of the app no longer lists.';
}

/** The early signs, ticked as a dated check-in. A red-flag sign leads straight to the red-flag check. */
export default function SymptomChecklistScreen() {
  const navigate = useNavigate();
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const { saving, run, edited } = useSaveGuard();
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const checkIns = useSymptomCheckIns();
  const id = useId();
  const redFlagsTicked = SIGNS.filter((s) => s.redFlag && ticked.has(s.id));

  useUnsavedInput('symptom-checklist', ticked.size > 0);

  const toggle = (signId: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(signId);
    else next.delete(signId);
    setTicked(next);
    setMessage(null);
    edited();
  };

  // A second tap after saving would otherwise log "none of these signs" as the newest check-in.
  const save = () =>
    run(async () => {
      try {
        const checkIn = await addSymptomCheckIn(SIGNS.filter((s) => ticked.has(s.id)).map((s) => s.id));
        setTicked(new Set());
        if (redFlagsTicked.length > 0) {
          // Straight on to the check, continuing one already under way.
          const { draft, begin } = useSymptomCheckStore.getState();
          if (!isUnfinished(draft)) begin();
          void navigate(SYMPTOM_CHECK_PATH);
          return true;
        }
        setMessage({ text: `Saved for ${formatDay(checkIn.day)}.`, error: false });
        return true;
      } catch (e) {
        setMessage({
          text: saveFailureMessage(e, 'Sorry, your check-in could not be saved. Please try again.'),
          error: true,
        });
        return false;
      }
    });

  return (
    <Screen title={symptomChecklist.title} intro={symptomChecklist.summary}>
      <div className="prose sy-intro" dangerouslySetInnerHTML={{ __html: symptomChecklist.introHtml }} />
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <fieldset className="sy-signs">
          <legend>Tick the signs you have noticed</legend>
          {SIGNS.map((sign) => (
            <label key={sign.id} className="sy-choice sy-sign">
              <input
                type="checkbox"
                checked={ticked.has(sign.id)}
                onChange={(event) => toggle(sign.id, event.target.checked)}
              />
              <span>
                {sign.text}
                {sign.redFlag ? <span className="sy-flag"> Warning sign</span> : null}
              </span>
            </label>
          ))}
        </fieldset>
        {redFlagsTicked.length > 0 ? (
          <div className="sy-warning" id={`${id}-warning`}>
            <p>
              <strong>
                You ticked a warning sign. Saving takes you straight to the symptom check, to find out how soon to get
                help.
              </strong>
            </p>
            <p>If it came on suddenly, do not wait: call your emergency number now.</p>
          </div>
        ) : null}
        <div className="sy-actions">
          <button type="submit" disabled={saving} aria-describedby={redFlagsTicked.length > 0 ? `${id}-warning` : undefined}>
            {redFlagsTicked.length > 0
              ? 'Save and check my symptoms now'
              : ticked.size > 0
                ? 'Save today’s check-in'
                : 'Save: I have none of these'}
          </button>
        </div>
        <p className={message?.error ? 'sy-error' : 'sy-saved'} role="status">
          {message?.text ?? null}
        </p>
      </form>

      <h2 id={`${id}-check-ins`}>{wholeWords('Your check-ins')}</h2>
      {checkIns === undefined ? (
        <p className="loading">Loading…</p>
      ) : checkIns.length === 0 ? (
        <p>No check-ins yet. Each time you save this list, it is kept here with the date.</p>
      ) : (
        <ul className="sy-history" aria-labelledby={`${id}-check-ins`}>
          {checkIns.map((checkIn) => (
            <li key={checkIn.id}>
              <strong>{formatDay(checkIn.day)}</strong>
              {checkIn.signIds.length === 0 ? (
                <p>None of these signs.</p>
              ) : (
                <ul>
                  {checkIn.signIds.map((signId) => (
                    <li key={signId}>{signText(signId)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to={SYMPTOMS_PATH} className="text-link">
          Back to Symptoms
        </Link>
      </p>
      <NotADiagnosis />
    </Screen>
  );
}
