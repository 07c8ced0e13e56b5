import { useEffect, useRef, useState, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import type { SarcFResult } from '../../db/activity-schemas';
import { useLatestSarcFResult } from '../../db/use-sarc-f-results';
import { sarcFSuggestsAssessment } from '../../domain/sarc-f';
import { evaluateTriage, type Answer } from '../../domain/triage-engine';
import { NotADiagnosis } from '../../ui/not-a-diagnosis';
import { Screen } from '../../ui/screen';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { CountryForm, initialChoice } from './emergency-number-setting';
import { formatDay } from '../../ui/format';
import { CallLink, OutcomeAdvice } from './outcome-advice';
import { finishCheck, isUnfinished, questionPath, RESULT_PATH, setCheckDetails, useSymptomCheckStore, type CheckDraft } from './symptom-check-store';
import { ANSWER_LABELS, QUESTIONS, redFlagCheck, SARC_F_QUESTION_ID } from './triage-content';
import { readTriageFindings } from './triage-findings';
import { knownNumber, useEmergencyNumber, type EmergencyNumber } from './use-emergency-number';
import { WhatToTellThem } from './what-to-tell-them';
import './symptoms.css';
import { PAST_CHECKS_PATH, SYMPTOMS_PATH } from '../../ui/paths';

const ANSWERS: readonly Answer[] = ['yes', 'no', 'not-sure'];

/** Where the check is: its address says so (?step=3), so Back steps back one question. */
type Step = { kind: 'start' } | { kind: 'question'; index: number } | { kind: 'result' };

function parseStep(value: string | null): Step {
  if (value === 'result') return { kind: 'result' };
  const n = Number(value);
  if (Number.isInteger(n) && n >= 1) return { kind: 'question', index: Math.min(n, QUESTIONS.length) - 1 };
  return { kind: 'start' };
}


/**
 * The red-flag check: the country first (so the call button dials the right
 * number), a short intro, then one question per screen, then the outcome as
 * soon as it is known.
 */
export default function SymptomCheckScreen() {
  const draft = useSymptomCheckStore((s) => s.draft);
  const begin = useSymptomCheckStore((s) => s.begin);
  const emergency = useEmergencyNumber();
  const [params] = useSearchParams();
  const step = parseStep(params.get('step'));
  const navigate = useNavigate();

  // The answers are kept in this tab's storage: leaving and coming back resumes the check.
  useUnsavedInput('symptom-check', isUnfinished(draft), { keptWhenLeaving: true });

  // Opened by its address with no check going: start one. Not while leaving
  // through Done: the router changes the address in a transition, after the
  // cleared draft has already rendered here.
  const [leaving, setLeaving] = useState(false);
  useEffect(() => {
    if (!draft && !leaving) begin();
  }, [draft, leaving, begin]);

  // The earliest question without an answer: a later address (a reload, an
  // old link) goes back to it, and a result with one missing (the questions
  // changed in an app update) asks it rather than show an outcome without it.
  const firstGap = draft ? QUESTIONS.findIndex((q) => draft.answers[q.id] === undefined) : 0;
  const finishedResult = draft?.finishedAt ? evaluateTriage(QUESTIONS, draft.answers, draft.found) : null;
  const redirect =
    step.kind === 'question' && firstGap >= 0 && step.index > firstGap && !draft?.finishedAt
      ? questionPath(firstGap)
      : step.kind === 'result' && finishedResult?.status !== 'complete'
        ? questionPath(Math.max(firstGap, 0))
        : null;
  useEffect(() => {
    if (redirect && !leaving) void navigate(redirect, { replace: true });
  }, [redirect, leaving, navigate]);

  // Back (or the back gesture) from the outcome to a question: asking again.
  const atQuestion = step.kind === 'question';
  useEffect(() => {
    if (atQuestion) useSymptomCheckStore.getState().reopen();
  }, [atQuestion]);

  // The intro is for the first check; later checks open at question 1.
  const skipIntro = step.kind === 'start' && emergency.status === 'known' && introSeen();
  useEffect(() => {
    if (skipIntro) void navigate(questionPath(0), { replace: true });
  }, [skipIntro, navigate]);

  if (!draft || redirect || skipIntro || emergency.status === 'loading') return <p className="loading">Loading…</p>;
  if (emergency.status === 'unconfirmed' || step.kind === 'start') {
    // Question 1 takes the start step's place in the history: the start step
    // is not shown again once seen, so Back from question 1 leaves the check.
    const start = () => {
      markIntroSeen();
      void navigate(questionPath(0), { replace: true });
    };
    return <StartStep emergency={emergency} onStart={start} />;
  }
  if (step.kind === 'result' && draft.finishedAt && finishedResult?.status === 'complete') {
    const done = () => {
      setLeaving(true);
      useSymptomCheckStore.getState().clear();
      void navigate(SYMPTOMS_PATH);
    };
    return (
      <CheckOutcome
        draft={draft}
        finishedAt={draft.finishedAt}
        level={finishedResult.level}
        reasons={finishedResult.reasons}
        emergency={emergency}
        onDone={done}
      />
    );
  }
  if (step.kind === 'question') {
    return <QuestionStep draft={draft} index={step.index} emergency={emergency} />;
  }
  return <p className="loading">Loading…</p>;
}

const INTRO_SEEN_KEY = 'regain-check-intro-seen';

function introSeen(): boolean {
  try {
    return localStorage.getItem(INTRO_SEEN_KEY) === 'yes';
  } catch {
    return false;
  }
}

function markIntroSeen(): void {
  try {
    localStorage.setItem(INTRO_SEEN_KEY, 'yes');
  } catch {
    // Private mode: the intro shows again next time, which is harmless.
  }
}

/** Before question 1, once: what the check is, and the country if it is not yet known. */
function StartStep({ emergency, onStart }: { emergency: EmergencyNumber; onStart: () => void }) {
  const intro = <div className="sy-intro prose" dangerouslySetInnerHTML={{ __html: redFlagCheck.introHtml }} />;
  if (emergency.status === 'unconfirmed') {
    // The country comes first: until it is known no call button can show.
    return (
      <Screen title="Check your symptoms">
        <section className="sy-country-first" aria-labelledby="sy-country-heading">
          <h2 id="sy-country-heading">First, which country are you in?</h2>
          <CountryForm
            initial={initialChoice(emergency)}
            intro="Then every question shows the emergency number to call there."
            submitLabel="Save and start"
            onDone={onStart}
          />
        </section>
        <h2>About this check</h2>
        {intro}
        <NotADiagnosis />
      </Screen>
    );
  }
  const number = knownNumber(emergency);
  return (
    <Screen title="Check your symptoms">
      {/* As on every question: calling is one tap from the first screen of the check. */}
      {number ? <CallLink number={number} text={`Call ${number} now`} className="sy-call-medium" /> : null}
      {intro}
      <button type="button" className="sy-big-button" onClick={onStart}>
        Start the questions
      </button>
      <NotADiagnosis />
    </Screen>
  );
}

interface QuestionProps {
  draft: CheckDraft;
  index: number;
  emergency: EmergencyNumber;
}

function QuestionStep({ draft, index, emergency }: QuestionProps) {
  const navigate = useNavigate();
  const latestSarcF = useLatestSarcFResult();
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastShown = useRef(index);
  const question = QUESTIONS[index]!;
  const number = knownNumber(emergency);

  // Each question starts at the top, like a new page. After the first, focus
  // moves to the question so a screen reader reads it.
  useEffect(() => {
    window.scrollTo(0, 0);
    if (lastShown.current === index) return;
    lastShown.current = index;
    headingRef.current?.focus({ preventScroll: true });
  }, [index]);

  const suggestion = question.id === SARC_F_QUESTION_ID && latestSarcF ? sarcFSuggestion(latestSarcF) : undefined;
  const selected = draft.answers[question.id] ?? suggestion;
  const helpId = `sy-help-${question.id}`;

  const onAnswer = (value: Answer) => async (event: MouseEvent<HTMLButtonElement>) => {
    // The second tap of a double tap would answer the next question unseen.
    if (event.detail > 1 || busy) return;
    const { setAnswer } = useSymptomCheckStore.getState();
    setAnswer(question.id, value);
    const answers = useSymptomCheckStore.getState().draft?.answers ?? {};
    const result = evaluateTriage(QUESTIONS, answers);
    const emergencyNow = result.status === 'complete' && result.level === 'emergency';
    if (emergencyNow || (result.status === 'complete' && index === QUESTIONS.length - 1)) {
      setBusy(true);
      // What the app holds can only raise a level below emergency: an emergency
      // outcome does not wait for it.
      const found = emergencyNow ? [] : await readTriageFindings();
      const finished = await finishCheck(QUESTIONS, found, number ?? 'your emergency number');
      setBusy(false);
      if (finished) void navigate(RESULT_PATH, { state: { cameFrom: index } });
      return;
    }
    const next = result.status === 'incomplete' && index === QUESTIONS.length - 1
      ? QUESTIONS.findIndex((q) => q.id === result.nextQuestionId)
      : index + 1;
    void navigate(questionPath(next), { state: { cameFrom: index } });
  };

  // Back is the browser's back when the question before is the page before
  // (so the button and the back gesture agree); after a jump here (Continue,
  // a reload of an old link) it goes to the question before, in place.
  const location = useLocation();
  const cameFrom = (location.state as { cameFrom?: number } | null)?.cameFrom;
  const onBack = () => {
    // Opened straight at this address (a link, a new tab): there is no page before it in the app.
    if (index === 0 && location.key === 'default') void navigate(SYMPTOMS_PATH, { replace: true });
    else if (cameFrom === index - 1 || index === 0) void navigate(-1);
    else void navigate(questionPath(index - 1), { replace: true });
  };

  return (
    <section className="screen sy-question-screen" aria-labelledby="sy-question">
      <div className="sy-question-top">
        <p className="sy-progress">
          Question {index + 1} of {QUESTIONS.length}
        </p>
        <CallLink number={number} text={`Call ${number} now`} className="sy-call-top" />
      </div>
      <h1 id="sy-question" className="sy-question" ref={headingRef} tabIndex={-1}>
        {question.text}
      </h1>
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
      {/* Sticky: with long text at large sizes the answers stay at the bottom of the screen. */}
      <div className="sy-answer-bar">
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
              disabled={busy}
              onClick={(event) => void onAnswer(value)(event)}
            >
              {ANSWER_LABELS[value]}
            </button>
          ))}
        </div>
      </div>
      {/* Outside the sticky bar: at large text the bar keeps only the answers. */}
      <button type="button" className="sy-back" onClick={onBack}>
        Back
      </button>
    </section>
  );
}

function sarcFSuggestion(result: SarcFResult): Answer {
  return sarcFSuggestsAssessment(result.total) ? 'yes' : 'no';
}

interface OutcomeProps {
  draft: CheckDraft;
  finishedAt: string;
  level: Parameters<typeof OutcomeAdvice>[0]['level'];
  reasons: readonly string[];
  emergency: EmergencyNumber;
  /** Done: back to Symptoms, the check over. */
  onDone: () => void;
}

function CheckOutcome({ draft, finishedAt, level, reasons, emergency, onDone }: OutcomeProps) {
  const navigate = useNavigate();
  const cameFrom = (useLocation().state as { cameFrom?: number } | null)?.cameFrom;
  // Back to the question that decided it (the last one answered), to put a wrong tap right.
  const changeAnswer = () => {
    if (cameFrom !== undefined) {
      void navigate(-1);
      return;
    }
    // (Not findLastIndex: older iPhones, Safari before 15.4, lack it.)
    const answered = QUESTIONS.map((q, i) => (draft.answers[q.id] !== undefined ? i : -1));
    const decidedBy = Math.max(...answered);
    void navigate(questionPath(Math.max(decidedBy, 0)));
  };
  const saveState = useSymptomCheckStore((s) => s.saveState);
  const found = draft.found.filter((f) => f.level === level);

  // The outcome replaces the question the person was scrolled to: start at the
  // top, where the action (the call link) is.
  useEffect(() => {
    window.scrollTo(0, 0);
  }, []);

  return (
    <Screen title={redFlagCheck.outcomes[level].title}>
      <OutcomeAdvice level={level} emergency={emergency} />
      {found.length > 0 ? (
        <section className="sy-found" aria-labelledby="sy-found-heading">
          <h2 id="sy-found-heading">{reasons.length > 0 ? 'Also from what you saved in Regain' : 'Why: from what you saved in Regain'}</h2>
          <ul>
            {found.map((f) => (
              <li key={f.id}>
                {f.reason} {f.detail}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <WhatToTellThem
        answers={draft.answers}
        at={finishedAt}
        startedWhen={draft.startedWhen}
        side={draft.side}
        onDetailsChange={(details) => void setCheckDetails(details)}
      />
      <p className={saveState?.status === 'failed' ? 'sy-error' : 'sy-saved'} role="status">
        {saveState?.status === 'failed'
          ? `${saveState.message} The advice above still stands.`
          : saveState?.status === 'saved'
            ? 'Saved in your past checks.'
            : null}
      </p>
      <div className="sy-actions">
        <button
          type="button"
          onClick={onDone}
        >
          Done
        </button>
        <button type="button" className="sy-secondary" onClick={changeAnswer}>
          Back: change my answer
        </button>
        <Link to={PAST_CHECKS_PATH} className="button sy-secondary">
          Past checks
        </Link>
      </div>
      <NotADiagnosis />
    </Screen>
  );
}
