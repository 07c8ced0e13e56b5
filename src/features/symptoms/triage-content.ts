import triage from 'virtual:regain-content/triage';
import type { Answer, TriageLevel } from '../../domain/triage-engine';
import type { SymptomSide, SymptomStart } from '../../db/activity-schemas';

// The red-flag questions, outcomes and checklist, compiled from content/triage
// at build time (checked there: emergency questions first, every outcome present).

export const redFlagCheck = triage.redFlagCheck;
export const symptomChecklist = triage.symptomChecklist;
export const QUESTIONS = redFlagCheck.questions;
export type Question = (typeof QUESTIONS)[number];

/** The SARC-F question: the app can suggest its answer from a saved SARC-F score. */
export const SARC_F_QUESTION_ID = 'sarc-f-4-or-more';

const PLACEHOLDER = /\{emergencyNumber\}/g;

/** Content text with the person's emergency number filled in. */
export function withNumber(text: string, emergencyNumber: string): string {
  return text.replace(PLACEHOLDER, emergencyNumber);
}

export interface OutcomeText {
  title: string;
  action: string;
  body: string;
}

export function outcomeFor(level: TriageLevel, emergencyNumber: string): OutcomeText {
  const outcome = redFlagCheck.outcomes[level];
  return {
    title: outcome.title,
    action: withNumber(outcome.action, emergencyNumber),
    body: withNumber(outcome.body, emergencyNumber),
  };
}

export const ANSWER_LABELS: Record<Answer, string> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

export const START_OPTIONS: ReadonlyArray<{ value: SymptomStart; label: string }> = [
  { value: 'today', label: 'Today' },
  { value: 'this-week', label: 'In the last week' },
  { value: 'longer', label: 'More than a week ago' },
];

export const SIDE_OPTIONS: ReadonlyArray<{ value: SymptomSide; label: string }> = [
  { value: 'left', label: 'Left side' },
  { value: 'right', label: 'Right side' },
  { value: 'both', label: 'Both sides' },
  { value: 'not-one-side', label: 'Not one side' },
];

export function questionText(id: string): string {
  return QUESTIONS.find((q) => q.id === id)?.text ?? 'A question this version of the app no longer asks.';
}

/** The title a saved run was shown with, or today's title for its level (runs saved before titles were kept). */
export function runTitle(run: { level: TriageLevel; outcome?: { title: string } | undefined }): string {
  return run.outcome?.title ?? redFlagCheck.outcomes[run.level].title;
}
