// SARC-F: a five-question screen for sarcopenia. Scores are the published ones;
// the questions are reworded in plain language without changing what they ask.

export type SarcFScore = 0 | 1 | 2;
export type SarcFItemId = 'strength' | 'walking' | 'rising' | 'stairs' | 'falls';

export interface SarcFOption {
  score: SarcFScore;
  label: string;
}

export interface SarcFItem {
  id: SarcFItemId;
  question: string;
  options: readonly [SarcFOption, SarcFOption, SarcFOption];
}

export const SARC_F_SOURCE = 'SARC-F: Malmstrom TK, Morley JE, JAMDA 2013;14:531–532';

/** A total at or above this suggests sarcopenia and warrants assessment. */
export const SARC_F_ASSESSMENT_THRESHOLD = 4;

export const SARC_F_ITEMS: readonly SarcFItem[] = [
  {
    id: 'strength',
    question: 'How much trouble do you have lifting and carrying 10 lb (4.5 kg)?',
    options: [
      { score: 0, label: 'None' },
      { score: 1, label: 'Some' },
      { score: 2, label: 'A lot, or I cannot do it' },
    ],
  },
  {
    id: 'walking',
    question: 'How much trouble do you have walking across a room?',
    options: [
      { score: 0, label: 'None' },
      { score: 1, label: 'Some' },
      { score: 2, label: 'A lot, I use a walking aid, or I cannot do it' },
    ],
  },
  {
    id: 'rising',
    question: 'How much trouble do you have getting up from a chair or bed?',
    options: [
      { score: 0, label: 'None' },
      { score: 1, label: 'Some' },
      { score: 2, label: 'A lot, or I cannot do it without help' },
    ],
  },
  {
    id: 'stairs',
    question: 'How much trouble do you have climbing 10 stairs?',
    options: [
      { score: 0, label: 'None' },
      { score: 1, label: 'Some' },
      { score: 2, label: 'A lot, or I cannot do it' },
    ],
  },
  {
    id: 'falls',
    question: 'How many times have you fallen in the past year?',
    options: [
      { score: 0, label: 'None' },
      { score: 1, label: '1 to 3 times' },
      { score: 2, label: '4 times or more' },
    ],
  },
];

/**
 * Total 0–10. Partial answers are accepted by the type (an unfinished screen is
 * partial) but rejected at runtime: a total from missing items would under-score.
 */
export function scoreSarcF(answers: Readonly<Partial<Record<SarcFItemId, SarcFScore>>>): number {
  let total = 0;
  for (const item of SARC_F_ITEMS) {
    const score: unknown = answers[item.id];
    if (score === undefined) throw new Error(`SARC-F item "${item.id}" has no answer`);
    if (score !== 0 && score !== 1 && score !== 2) {
      throw new RangeError(`SARC-F item "${item.id}" must score 0, 1 or 2, got ${String(score)}`);
    }
    total += score;
  }
  return total;
}

export function sarcFSuggestsAssessment(total: number): boolean {
  return total >= SARC_F_ASSESSMENT_THRESHOLD;
}
