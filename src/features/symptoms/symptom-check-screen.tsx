import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { SarcFResult, TriageRun } from '../../db/activity-schemas';
import { saveTriageRun } from '../../db/triage-runs-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import { useLatestSarcFResult } from '../../db/use-sarc-f-results';
import { sarcFSuggestsAssessment } from '../../domain/sarc-f';
import { evaluateTriage, type Answer, type TriageLevel } from '../../domain/triage-engine';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { Screen } from '../../ui/screen';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { formatDay } from './format';
import { CallLink, OutcomeAdvice } from './outcome-advice';
import { isUnfinished, shownIndex, useSymptomCheckStore, type CheckDraft } from './symptom-check-store';
import { ANSWER_LABELS, outcomeFor, QUESTIONS, redFlagCheck, SARC_F_QUESTION_ID } from './triage-content';
import { useEmergencyNumber, type EmergencyNumber } from './use-emergency-number';
import { WhatToTellThem } from './what-to-tell-them';
import './symptoms.css';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'not-sure'];

/** The red-flag check: one question per screen, then the outcome as soon as it is known. */
export default function SymptomCheckScreen() {
  const draft = useSymptomCheckStore((s) => s.draft);
  const begin = useSymptomCheckStore((s) => s.begin);
  const emergency = useEmergencyNumber();

  useUnsavedInput('symptom-check', isUnfinished(draft));

  // Opened by its address with no check going: start one.
  useEffect(() => {
    if (!draft) begin();
  }, [draft, begin]);

  // Leaving a finished check ends it; an unfinished one waits to be continued.
  useEffect(
    () => () => {
      const { draft: left, clear } = useSymptomCheckStore.getState();
      if (left?.finishedAt) clear();
    },
    [],
  );

  // A finished check whose questions changed under it (an app update since)
  // has a question left: ask it, rather than show an outcome without it.
  const result = draft?.finishedAt ? evaluateTriage(QUESTIONS, draft.answers) : null;
  const missing = result?.status === 'incomplete' ? result.nextQuestionId : null;
  useEffect(() => {
    if (missing) useSymptomCheckStore.getState().reopenAt(QUESTIONS.findIndex((q) => q.id === missing));
  }, [missing]);

  if (!draft || missing) return <p className="loading">Loading…</p>;
  if (draft.finishedAt && result?.status === 'complete') {
    return (
      <CheckOutcome
        draft={draft}
        finishedAt={draft.finishedAt}
        level={result.level}
        reasons={result.reasons}
        emergency={emergency}
      />
    );
  }
  return <QuestionStep draft={draft} emergency={emergency} />;
}

interface StepProps {
  draft: CheckDraft;
  emergency: EmergencyNumber;
}

function QuestionStep({ draft, emergency }: StepProps) {
  const navigate = useNavigate();
  const { answer, back, clear } = useSymptomCheckStore.getState();
  const latestSarcF = useLatestSarcFResult();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = shownIndex(draft, QUESTIONS.length);
  const lastShown = useRef(index);
  const question = QUESTIONS[index];

  // Each question starts at the top, like a new page, with the progress line
  // in view. After the first, focus moves to the question so a screen reader
  // reads it (the Screen heading has focus only on arrival).
  useEffect(() => {
    window.scrollTo(0, 0);
    if (lastShown.current === index) return;
    lastShown.current = index;
    headingRef.current?.focus({ preventScroll: true });
  }, [index]);

  if (!question) return null;
  const suggestion = question.id === SARC_F_QUESTION_ID && latestSarcF ? sarcFSuggestion(latestSarcF) : undefined;
  const selected = draft.answers[question.id] ?? suggestion;
  const helpId = `sy-help-${question.id}`;

  const onAnswer = (value: Answer) => (event: MouseEvent<HTMLButtonElement>) => {
    // The second tap of a double tap would answer the next question unseen.
    if (event.detail > 1) return;
    answer(QUESTIONS, value);
  };

  const onBack = () => {
    if (index > 0) {
      back(QUESTIONS);
      return;
    }
    if (Object.keys(draft.answers).length === 0) clear();
    void navigate('/symptoms');
  };

  return (
    <Screen title="Check your symptoms">
      {index === 0 ? (
        <div className="sy-intro prose" dangerouslySetInnerHTML={{ __html: redFlagCheck.introHtml }} />
      ) : null}
      <p className="sy-progress" role="status">
        Question {index + 1} of {QUESTIONS.length}
      </p>
      <h2 id="sy-question" className="sy-question" ref={headingRef} tabIndex={-1}>
        {question.text}
      </h2>
      {question.help ? (
        <p id={helpId} className="sy-help">
          {question.help}
        </p>
      ) : null}
      {suggestion && latestSarcF && draft.answers[question.id] === undefined ? (
        <p className="sy-suggestion">
          Filled in from your SARC-F score of {latestSarcF.total} on {formatDay(latestSarcF.day)}: {ANSWER_LABELS[suggestion]}.
          Tap it to go on, or choose another answer.
        </p>
      ) : null}
      <div
        className="sy-answers"
        role="group"
        aria-labelledby="sy-question"
        aria-describedby={question.help ? helpId : undefined}
      >
        {ANSWERS.map((value) => (
          <button
            key={value}
            type="button"
            className="sy-answer"
            aria-pressed={selected === value}
            onClick={onAnswer(value)}
          >
            {ANSWER_LABELS[value]}
          </button>
        ))}
      </div>
      <div className="sy-actions">
        <button type="button" className="sy-secondary" onClick={onBack}>
          Back
        </button>
      </div>
      <p className="sy-call-anytime">
        Feeling very unwell now? Do not wait for the end: <CallLink number={emergency.number} className="sy-call-small" />
      </p>
    </Screen>
  );
}

function sarcFSuggestion(result: SarcFResult): Answer {
  return sarcFSuggestsAssessment(result.total) ? 'yes' : 'no';
}

type SaveState = { key: string; error: string | null } | null;

interface OutcomeProps extends StepProps {
  finishedAt: string;
  level: TriageLevel;
  reasons: readonly string[];
}

function CheckOutcome({ draft, finishedAt, level, reasons, emergency }: OutcomeProps) {
  const navigate = useNavigate();
  const { back, setDetails } = useSymptomCheckStore.getState();
  const outcome = outcomeFor(level, emergency.number);
  const [saved, setSaved] = useState<SaveState>(null);

  const run: TriageRun = {
    id: draft.runId,
    at: finishedAt,
    level,
    answers: draft.answers,
    reasons: [...reasons],
    outcome: { title: outcome.title, action: outcome.action },
    ...(draft.startedWhen && { startedWhen: draft.startedWhen }),
    ...(draft.side && { side: draft.side }),
  };
  // Saved again whenever what it records changes (details added, the number loaded).
  const saveKey = JSON.stringify(run);

  useEffect(() => {
    let current = true;
    const toSave = JSON.parse(saveKey) as TriageRun;
    saveTriageRun(toSave).then(
      () => current && setSaved({ key: saveKey, error: null }),
      (error: unknown) =>
        current &&
        setSaved({
          key: saveKey,
          error: saveFailureMessage(error, 'Sorry, this check could not be saved.'),
        }),
    );
    return () => {
      current = false;
    };
  }, [saveKey]);

  // The outcome replaces the question the person was scrolled to: start at the
  // top, where the action (the call link) is.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  const saveState = saved?.key === saveKey ? saved : null;
  return (
    <Screen title={outcome.title}>
      <OutcomeAdvice level={level} emergency={emergency} />
      <WhatToTellThem
        answers={draft.answers}
        at={finishedAt}
        startedWhen={draft.startedWhen}
        side={draft.side}
        onDetailsChange={setDetails}
      />
      <p className={saveState?.error ? 'sy-error' : 'sy-saved'} role="status">
        {saveState === null
          ? null
          : saveState.error
            ? `${saveState.error} The advice above still stands.`
            : 'Saved in your past checks.'}
      </p>
      <div className="sy-actions">
        <button type="button" onClick={() => void navigate('/symptoms')}>
          Done
        </button>
        <button type="button" className="sy-secondary" onClick={() => back(QUESTIONS)}>
          Back: change my answer
        </button>
        <Link to="/symptoms/history" className="button sy-secondary">
          Past checks
        </Link>
      </div>
      <NotADiagnosis />
    </Screen>
  );
}
