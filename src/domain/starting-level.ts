import { chairStandThreshold, type Sex } from './chair-stand-norms';

export interface StartingLevelAdvice {
  level: number;
  reason: string;
}

/**
 * A first plan level from the latest 30-second chair stand. Product choice:
 * needing the arms (a STEADI score of 0) suggests Assisted; a score below the
 * STEADI below-average line for the person's age and sex suggests Assisted;
 * at or above it, Building. Strong is reached by progressing, never suggested
 * from one test. Without a norm (under 60, or age or sex unknown) a full test
 * without the arms suggests Building.
 */
export function suggestStartingLevel(result: { reps: number; usedArms: boolean } | null, age: number | null, sex: Sex): StartingLevelAdvice | null {
  if (!result) return null;
  if (result.usedArms || result.reps === 0) {
    return { level: 1, reason: 'You needed your arms to stand, so start with support. If standing is not possible yet, choose Bed or chair.' };
  }
  const thresholds = age === null ? [] : sex === 'unspecified' ? (['female', 'male'] as const).map((s) => chairStandThreshold(age, s)) : [chairStandThreshold(age, sex)];
  const known = thresholds.filter((t) => t !== null);
  if (known.length === 0) return { level: 2, reason: `You did ${result.reps} stands without your arms.` };
  // With sex not given, use the higher line so the suggestion errs on the safe side.
  const line = Math.max(...known.map((t) => t.belowAverageIfUnder));
  return result.reps < line
    ? { level: 1, reason: `${result.reps} stands is below ${line}, the below-average line for your age (CDC STEADI).` }
    : { level: 2, reason: `${result.reps} stands meets the line of ${line} for your age (CDC STEADI).` };
}
