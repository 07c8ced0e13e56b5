import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { evaluateTriage, type Answer, type TriageQuestionLike } from '../../domain/triage-engine';
import type { SymptomSide, SymptomStart } from '../../db/activity-schemas';

/**
 * The red-flag check in progress. Only what is not yet data lives here: the
 * answers so far and which question is showing. It is kept in sessionStorage,
 * so a reload (or the phone dropping the tab) mid-check loses no answer. Once
 * an outcome is reached the run is saved to the database; the draft stays
 * until the person leaves the outcome, so a reload shows the outcome again.
 */
export interface CheckDraft {
  /** The id the run is saved under: one check is one run, even after Back. */
  runId: string;
  answers: Readonly<Record<string, Answer>>;
  /** The question showing, or the last one answered once finished. */
  index: number;
  /** When the outcome was reached (ISO), or null while still asking. */
  finishedAt: string | null;
  startedWhen?: SymptomStart | undefined;
  side?: SymptomSide | undefined;
}

/**
 * What happens after an answer. The engine decides: an emergency answer ends
 * the check at once, whatever is still unanswered. Otherwise the next question
 * in order shows (even one answered before Back, so the person sees each
 * again), and the outcome comes only when every question has an answer.
 */
/**
 * The question to show. Normally the draft's own index; kept in range in case
 * the questions changed under a saved draft (an app update in mid-check), so
 * the screen always has a question and never shows nothing.
 */
export function shownIndex(draft: CheckDraft, questionCount: number): number {
  return Math.min(Math.max(draft.index, 0), questionCount - 1);
}

export function afterAnswer(
  draft: CheckDraft,
  questions: readonly TriageQuestionLike[],
  answer: Answer,
  now: Date,
): CheckDraft {
  const index = shownIndex(draft, questions.length);
  const question = questions[index];
  if (!question || draft.finishedAt) return draft;
  const answers = { ...draft.answers, [question.id]: answer };
  const result = evaluateTriage(questions, answers);
  if (result.status === 'complete' && result.level === 'emergency') {
    return { ...draft, answers, index, finishedAt: now.toISOString() };
  }
  if (index + 1 < questions.length) return { ...draft, answers, index: index + 1 };
  if (result.status === 'complete') return { ...draft, answers, index, finishedAt: now.toISOString() };
  // Never reached while the questions are walked in order; if one was somehow
  // missed, ask it rather than give an outcome without it.
  return { ...draft, answers, index: questions.findIndex((q) => q.id === result.nextQuestionId) };
}

export function stepBack(draft: CheckDraft, questions: readonly TriageQuestionLike[]): CheckDraft {
  if (!draft.finishedAt) {
    const index = shownIndex(draft, questions.length);
    return index > 0 ? { ...draft, index: index - 1 } : draft;
  }
  const result = evaluateTriage(questions, draft.answers);
  const decidedBy = result.status === 'complete' && result.level === 'emergency' ? result.reasons.at(-1) : undefined;
  const index = decidedBy === undefined ? draft.index : questions.findIndex((q) => q.id === decidedBy);
  return { ...draft, finishedAt: null, index: index >= 0 ? index : draft.index };
}

interface CheckState {
  draft: CheckDraft | null;
  /** Starts a new check, throwing away any earlier draft. */
  begin: () => void;
  answer: (questions: readonly TriageQuestionLike[], answer: Answer, now?: Date) => void;
  /**
   * While asking: the question before. From an outcome: the question that
   * decided it, so a mistaken tap can be put right (an emergency answer given
   * earlier would otherwise end the check again at every answer).
   */
  back: (questions: readonly TriageQuestionLike[]) => void;
  setDetails: (details: { startedWhen?: SymptomStart; side?: SymptomSide }) => void;
  /** Back to asking, at one question: for a finished check that turns out to have a question unanswered. */
  reopenAt: (index: number) => void;
  clear: () => void;
}

export const useSymptomCheckStore = create<CheckState>()(
  persist(
    (set, get) => ({
      draft: null,
      begin: () => set({ draft: { runId: crypto.randomUUID(), answers: {}, index: 0, finishedAt: null } }),
      answer: (questions, answer, now = new Date()) => {
        const { draft } = get();
        if (draft) set({ draft: afterAnswer(draft, questions, answer, now) });
      },
      back: (questions) => {
        const { draft } = get();
        if (draft) set({ draft: stepBack(draft, questions) });
      },
      setDetails: (details) => {
        const { draft } = get();
        if (draft) set({ draft: { ...draft, ...details } });
      },
      reopenAt: (index) => {
        const { draft } = get();
        if (draft && index >= 0) set({ draft: { ...draft, finishedAt: null, index } });
      },
      clear: () => set({ draft: null }),
    }),
    {
      name: 'regain-symptom-check',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ draft: state.draft }),
    },
  ),
);

/** A check someone has started answering and not finished. */
export function isUnfinished(draft: CheckDraft | null): draft is CheckDraft {
  return draft !== null && draft.finishedAt === null && Object.keys(draft.answers).length > 0;
}
