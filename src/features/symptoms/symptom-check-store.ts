import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { evaluateTriage, type Answer, type TriageLevel, type TriageQuestionLike } from '../../domain/triage-engine';
import type { SymptomSide, SymptomStart, TriageRun } from '../../db/activity-schemas';
import { saveTriageRunOnDemand } from '../../db/save-on-demand';
import { saveFailureMessage } from '../../db/storage-errors';
import { outcomeFor } from './triage-content';
import type { FoundFinding } from './triage-findings';
import { SYMPTOM_CHECK_PATH } from '../../ui/paths';

/**
 * The red-flag check in progress. Only what is not yet data lives here: the
 * answers so far, the findings read from the person's data when it ended, and
 * which saved run it is. Which question shows is the address (?step=3), so
 * Back and the phone's back gesture step back one question. It is kept in
 * sessionStorage, so a reload (or the phone dropping the tab) loses no answer.
 */
export interface CheckDraft {
  /** The id the first outcome is saved under. */
  runId: string;
  answers: Readonly<Record<string, Answer>>;
  /** When the outcome was reached (ISO), or null while still asking. */
  finishedAt: string | null;
  /** What the app's data added when the outcome was reached (a SARC-F score, a decline). */
  found: readonly FoundFinding[];
  /**
   * The run last saved for this check, and the answers it was saved with. Going
   * back and changing an answer saves a new run that amends it, so history
   * keeps the first outcome instead of overwriting it.
   */
  saved: TriageRun | null;
  startedWhen?: SymptomStart | undefined;
  side?: SymptomSide | undefined;
}

export type SaveState = { status: 'saving' } | { status: 'saved' } | { status: 'failed'; message: string } | null;

interface CheckState {
  draft: CheckDraft | null;
  /** Whether the outcome showing is in the database: not persisted. */
  saveState: SaveState;
  /** Starts a new check, throwing away any earlier draft. */
  begin: () => void;
  /** Records one answer; a finished check becomes unfinished again. */
  setAnswer: (questionId: string, answer: Answer) => void;
  /** Back at a question after an outcome (Back, the back gesture): asking again. */
  reopen: () => void;
  clear: () => void;
}

export function newDraft(): CheckDraft {
  return { runId: crypto.randomUUID(), answers: {}, finishedAt: null, found: [], saved: null };
}

export const useSymptomCheckStore = create<CheckState>()(
  persist(
    (set, get) => ({
      draft: null,
      saveState: null,
      begin: () => set({ draft: newDraft(), saveState: null }),
      setAnswer: (questionId, answer) => {
        const { draft } = get();
        if (draft) set({ draft: { ...draft, answers: { ...draft.answers, [questionId]: answer }, finishedAt: null } });
      },
      reopen: () => {
        const { draft } = get();
        if (draft?.finishedAt) set({ draft: { ...draft, finishedAt: null }, saveState: null });
      },
      clear: () => set({ draft: null, saveState: null }),
    }),
    {
      name: 'regain-symptom-check',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ draft: state.draft }),
      // Drafts saved by an older version lack the newer fields.
      merge: (persisted, current) => {
        const draft = (persisted as { draft?: Partial<CheckDraft> | null } | undefined)?.draft;
        return {
          ...current,
          draft: draft && draft.runId && draft.answers ? { ...newDraft(), ...draft, found: draft.found ?? [], saved: draft.saved ?? null } : null,
        };
      },
    },
  ),
);

/** The address of question `index` (0-based): each question is its own history entry. */
export function questionPath(index: number): string {
  return `/symptoms/check?step=${index + 1}`;
}

export const RESULT_PATH = `${SYMPTOM_CHECK_PATH}?step=result`;

/** A check someone has started answering and not finished. */
export function isUnfinished(draft: CheckDraft | null): draft is CheckDraft {
  return draft !== null && draft.finishedAt === null && Object.keys(draft.answers).length > 0;
}

/** The same answers in any order give the same key. */
export function answersKey(answers: Readonly<Record<string, Answer>>): string {
  return JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));
}

/** The record to save for a finished check: the same run again, or a new one that amends it. */
export function runFor(
  draft: CheckDraft,
  finishedAt: string,
  result: { level: TriageLevel; reasons: readonly string[] },
  emergencyNumber: string,
  newId: () => string = () => crypto.randomUUID(),
): TriageRun {
  const key = answersKey(draft.answers);
  const changed = draft.saved !== null && answersKey(draft.saved.answers) !== key;
  const id = changed ? newId() : (draft.saved?.id ?? draft.runId);
  const outcome = outcomeFor(result.level, emergencyNumber);
  const found = draft.found.filter((f) => f.level === result.level);
  return {
    id,
    at: finishedAt,
    level: result.level,
    answers: draft.answers,
    reasons: [...result.reasons],
    outcome: { title: outcome.title, action: outcome.action },
    ...(found.length > 0 && { findings: found.map((f) => ({ id: f.id, detail: f.detail })) }),
    ...(changed && { amends: draft.saved!.id }),
    ...(draft.startedWhen && { startedWhen: draft.startedWhen }),
    ...(draft.side && { side: draft.side }),
  };
}

function storeAccess() {
  return { set: useSymptomCheckStore.setState, get: useSymptomCheckStore.getState };
}

/** The run last saved for this check: the store knows best while the check is still in hand. */
function lastSaved(check: CheckDraft): TriageRun | null {
  const draft = storeAccess().get().draft;
  return (draft?.runId === check.runId ? draft.saved : null) ?? check.saved;
}

// Saves go one at a time, each record made when its turn comes: what a save
// writes depends on what the one before stored. An emergency outcome shows
// before its save is done, and an answer changed in that moment must still
// amend it (a new run), not overwrite it under the same id.
let lastSave: Promise<void> = Promise.resolve();

function saveInTurn(runId: string, record: () => TriageRun | null): Promise<void> {
  lastSave = lastSave.then(() => {
    const run = record();
    return run ? saveRun(runId, run) : undefined;
  });
  return lastSave;
}

/** Writes one run; says in the store whether it is in the database. Never throws. */
async function saveRun(runId: string, run: TriageRun): Promise<void> {
  const { set, get } = storeAccess();
  // A save finishing after Done (or a new check) must not touch the next check.
  const stillThisCheck = () => get().draft?.runId === runId;
  if (stillThisCheck()) set({ saveState: { status: 'saving' } });
  try {
    await saveTriageRunOnDemand(run);
    if (stillThisCheck()) set({ draft: { ...get().draft!, saved: run }, saveState: { status: 'saved' } });
  } catch (error) {
    const message = saveFailureMessage(error, 'Sorry, this check could not be saved.');
    if (stillThisCheck()) set({ saveState: { status: 'failed', message } });
  }
}

/**
 * Ends the check: evaluates the answers with what the data found, keeps the
 * outcome in the draft and saves it, here in the action that reached it: once
 * per outcome, never from a render. Returns false if a question is still
 * unanswered.
 */
export async function finishCheck(
  questions: readonly TriageQuestionLike[],
  found: readonly FoundFinding[],
  emergencyNumber: string,
  now = new Date(),
): Promise<boolean> {
  const { set, get } = storeAccess();
  const draft = get().draft;
  if (!draft) return false;
  const result = evaluateTriage(questions, draft.answers, found);
  if (result.status !== 'complete') return false;
  const finished: CheckDraft = { ...draft, finishedAt: now.toISOString(), found };
  set({ draft: finished });
  const save = saveInTurn(finished.runId, () =>
    runFor({ ...finished, saved: lastSaved(finished) }, finished.finishedAt!, result, emergencyNumber),
  );
  // An emergency outcome shows at once; its save finishes behind it.
  if (result.level !== 'emergency') await save;
  return true;
}

/** When it started and which side: kept in the draft and in the run already saved. */
export async function setCheckDetails(details: { startedWhen?: SymptomStart; side?: SymptomSide }): Promise<void> {
  const { set, get } = storeAccess();
  const draft = get().draft;
  if (!draft) return;
  set({ draft: { ...draft, ...details } });
  await saveInTurn(draft.runId, () => {
    const saved = lastSaved(draft);
    return saved && { ...saved, ...details };
  });
}
