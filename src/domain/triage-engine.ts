// The red-flag triage engine: turns yes / no / not-sure answers into how soon to
// get help. The questions come from content (content/triage/red-flag-check.md);
// the safety rules live here, so a content edit cannot weaken them:
// - the highest level reached wins, and an emergency answer wins at once, even
//   while other questions are still unanswered;
// - "not sure" counts as yes on every level (never under-triage);
// - an unanswered question is never read as "no": the result stays incomplete
//   and names the question to ask next;
// - what the app already holds (a saved SARC-F score, a decline on Progress)
//   comes in as findings, each a floor under the outcome: answers can raise the
//   level above a finding, never lower it. The screen reads the data and passes
//   the findings in, so the engine stays pure.
// Pure TypeScript: no zod, React or Dexie, so the UI and the build can share it.

/** Lowest to highest. The order of this list is the ranking. */
export const TRIAGE_LEVELS = ['self-care', 'soon', 'urgent', 'emergency'] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

/** The levels a question can raise the outcome to; self-care is only ever an outcome. */
export const QUESTION_LEVELS = ['emergency', 'urgent', 'soon'] as const;
export type QuestionLevel = (typeof QUESTION_LEVELS)[number];

export type Answer = 'yes' | 'no' | 'not-sure';
export type Answers = Readonly<Record<string, Answer | undefined>>;

/** What the engine needs from a question; content questions carry more (text, help). */
export interface TriageQuestionLike {
  readonly id: string;
  readonly level: QuestionLevel;
}

/** A fact from the person's saved data that sets a floor under the outcome. */
export interface TriageFindingLike {
  readonly id: string;
  readonly level: QuestionLevel;
}

export type TriageResult =
  | {
      readonly status: 'complete';
      readonly level: TriageLevel;
      /** Ids of the questions answered yes or not-sure at the winning level, in question order. */
      readonly reasons: readonly string[];
      /** Ids of the findings at the winning level, in the order given. */
      readonly findings: readonly string[];
    }
  | {
      readonly status: 'incomplete';
      /** The first question, in content order, that has no answer yet. */
      readonly nextQuestionId: string;
    };

export function levelRank(level: TriageLevel): number {
  return TRIAGE_LEVELS.indexOf(level);
}

/**
 * Yes and not-sure both count. Treating not-sure as yes on soon questions too is a
 * deliberate product choice: a person who cannot tell is better sent to book an
 * appointment than told all is well.
 */
export function isPositive(answer: Answer | undefined): boolean {
  return answer === 'yes' || answer === 'not-sure';
}

// Checked against the three real values, not `!== undefined`, so a stray value from
// storage (say an old 'maybe') makes the question be asked again instead of passing
// silently as a "no".
function isAnswered(answer: Answer | undefined): boolean {
  return answer === 'yes' || answer === 'no' || answer === 'not-sure';
}

export function evaluateTriage(
  questions: readonly TriageQuestionLike[],
  answers: Answers,
  findings: readonly TriageFindingLike[] = [],
): TriageResult {
  // Emergency first, over every question and not just up to the first gap: a yes to
  // any emergency question ends the check at once so the UI can stop asking and show
  // the call instruction, whatever else is answered or missing.
  const emergencyReasons = questions
    .filter((q) => q.level === 'emergency' && isPositive(answers[q.id]))
    .map((q) => q.id);
  const emergencyFindings = findings.filter((f) => f.level === 'emergency').map((f) => f.id);
  if (emergencyReasons.length > 0 || emergencyFindings.length > 0) {
    return { status: 'complete', level: 'emergency', reasons: unique(emergencyReasons), findings: unique(emergencyFindings) };
  }

  const firstUnanswered = questions.find((q) => !isAnswered(answers[q.id]));
  if (firstUnanswered) {
    return { status: 'incomplete', nextQuestionId: firstUnanswered.id };
  }

  let level: TriageLevel = 'self-care';
  for (const q of questions) {
    if (isPositive(answers[q.id]) && levelRank(q.level) > levelRank(level)) level = q.level;
  }
  for (const f of findings) {
    if (levelRank(f.level) > levelRank(level)) level = f.level;
  }
  if (level === 'self-care') return { status: 'complete', level, reasons: [], findings: [] };
  const reasons = questions.filter((q) => q.level === level && isPositive(answers[q.id])).map((q) => q.id);
  const atLevel = findings.filter((f) => f.level === level).map((f) => f.id);
  return { status: 'complete', level, reasons: unique(reasons), findings: unique(atLevel) };
}

/** The question to show next, or undefined once the check has an outcome. */
export function nextQuestion<Q extends TriageQuestionLike>(
  questions: readonly Q[],
  answers: Answers,
  findings: readonly TriageFindingLike[] = [],
): Q | undefined {
  const result = evaluateTriage(questions, answers, findings);
  if (result.status === 'complete') return undefined;
  return questions.find((q) => q.id === result.nextQuestionId);
}

// Content is checked for duplicate ids, but the engine should still not report the
// same reason twice if handed a list that slipped through.
function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
