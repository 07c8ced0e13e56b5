import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import type { SarcFResult } from '../../db/activity-schemas';
import { addSarcFResult } from '../../db/sarc-f-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useSarcFResults } from '../../db/use-sarc-f-results';
import {
  SARC_F_ASSESSMENT_THRESHOLD,
  SARC_F_ITEMS,
  SARC_F_SOURCE,
  sarcFSuggestsAssessment,
  type SarcFItemId,
  type SarcFScore,
} from '../../domain/sarc-f';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { Screen } from '../../ui/screen';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { useSaveGuard } from '../../ui/use-save-guard';
import { formatDay } from '../../ui/format';
import { isUnfinished, useSymptomCheckStore } from './symptom-check-store';
import './symptoms.css';
import { SYMPTOMS_PATH, SYMPTOM_CHECK_PATH } from '../../ui/paths';

type SarcFAnswers = Partial<Record<SarcFItemId, SarcFScore>>;

/** The advice for a score: the one thing to do, then why. */
export function sarcFAdvice(total: number): { action: string; why: string } {
  return sarcFSuggestsAssessment(total)
    ? {
        action: 'Book an assessment with your doctor.',
        why: `A score of ${SARC_F_ASSESSMENT_THRESHOLD} or more can be a sign of sarcopenia: muscle loss that makes everyday tasks harder. A doctor or physiotherapist can test your strength and look for the cause.`,
      }
    : {
        action: 'This check does not suggest sarcopenia.',
        why: `Your score is under ${SARC_F_ASSESSMENT_THRESHOLD}. Do the check again if everyday things get harder, and speak to a doctor if you are worried.`,
      };
}

export default function SarcFScreen() {
  const [answers, setAnswers] = useState<SarcFAnswers>({});
  const [missing, setMissing] = useState<SarcFItemId[]>([]);
  const [result, setResult] = useState<SarcFResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { saving, run } = useSaveGuard();
  const results = useSarcFResults();
  const checkInProgress = useSymptomCheckStore((s) => isUnfinished(s.draft));
  const id = useId();
  const resultRef = useRef<HTMLHeadingElement>(null);
  const missingRef = useRef<HTMLParagraphElement>(null);

  useUnsavedInput('sarc-f', result === null && Object.keys(answers).length > 0);

  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const submit = () =>
    run(async () => {
      const unanswered = SARC_F_ITEMS.filter((item) => answers[item.id] === undefined).map((item) => item.id);
      setMissing(unanswered);
      if (unanswered.length > 0) {
        missingRef.current?.focus();
        return false;
      }
      setError(null);
      try {
        setResult(await addSarcFResult(answers));
        setAnswers({});
        return true;
      } catch (e) {
        setError(saveFailureMessage(e, 'Sorry, your score could not be saved. Please try again.'));
        return false;
      }
    });

  return (
    <Screen
      title="SARC-F muscle check"
      intro="Five questions about everyday things. Your answers give a score from 0 to 10."
    >
      {result ? (
        <section className="sy-result" aria-labelledby={`${id}-result`}>
          <h2 id={`${id}-result`} ref={resultRef} tabIndex={-1}>
            Your score: {result.total} out of 10
          </h2>
          <p className="sy-outcome-action">{sarcFAdvice(result.total).action}</p>
          <p>{sarcFAdvice(result.total).why}</p>
          <p className="sy-saved">Saved with today’s date.</p>
          <div className="sy-actions">
            {checkInProgress ? (
              <Link to={SYMPTOM_CHECK_PATH} className="button">
                Back to your symptom check
              </Link>
            ) : null}
            <button type="button" className="sy-secondary" onClick={() => setResult(null)}>
              Do the check again
            </button>
          </div>
        </section>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <p
            ref={missingRef}
            tabIndex={-1}
            className={missing.length > 0 ? 'sy-error' : undefined}
            role="alert"
          >
            {missing.length > 0
              ? `Please answer every question. Not answered yet: ${missing
                  .map((itemId) => `question ${SARC_F_ITEMS.findIndex((i) => i.id === itemId) + 1}`)
                  .join(', ')}.`
              : null}
          </p>
          {SARC_F_ITEMS.map((item, index) => {
            const isMissing = missing.includes(item.id) && answers[item.id] === undefined;
            return (
              <fieldset
                key={item.id}
                className="sy-choices sy-sarc-f-item"
                aria-describedby={isMissing ? `${id}-${item.id}-missing` : undefined}
              >
                <legend>
                  <span className="sy-item-number">Question {index + 1} of 5</span> {item.question}
                </legend>
                {item.options.map((option) => (
                  <label key={option.score} className="sy-choice">
                    <input
                      type="radio"
                      name={`${id}-${item.id}`}
                      value={option.score}
                      checked={answers[item.id] === option.score}
                      onChange={() => setAnswers({ ...answers, [item.id]: option.score })}
                    />
                    <span>{option.label}</span>
                  </label>
                ))}
                {isMissing ? (
                  <p id={`${id}-${item.id}-missing`} className="sy-error">
                    Choose one answer.
                  </p>
                ) : null}
              </fieldset>
            );
          })}
          {error ? (
            <p className="sy-error" role="alert">
              {error}
            </p>
          ) : null}
          <div className="sy-actions">
            <button type="submit" disabled={saving}>
              {saving ? 'Saving…' : 'See my score'}
            </button>
          </div>
        </form>
      )}

      <h2 id={`${id}-past`}>Your past scores</h2>
      {results === undefined ? (
        <p className="loading">Loading…</p>
      ) : results.length === 0 ? (
        <p>No scores yet. Each score you get is kept here with its date.</p>
      ) : (
        <ul className="sy-history" aria-labelledby={`${id}-past`}>
          {results.map((r) => (
            <li key={r.id}>
              <strong>{formatDay(r.day)}</strong>: {r.total} out of 10.{' '}
              {sarcFSuggestsAssessment(r.total) ? 'Book an assessment.' : 'Under 4.'}
            </li>
          ))}
        </ul>
      )}
      <p className="small">Source: {SARC_F_SOURCE}.</p>
      <p>
        <Link to={SYMPTOMS_PATH} className="text-link">
          Back to Symptoms
        </Link>
      </p>
      <NotADiagnosis />
    </Screen>
  );
}
