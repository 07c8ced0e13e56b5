// Daily protein from body weight (FACTS: PROT-AGE, Bauer 2013; ESPEN, Deutz 2014).

export const PROTEIN_SOURCE = 'PROT-AGE (Bauer et al., JAMDA 2013); ESPEN (Deutz et al., Clin Nutr 2014)';
export const PER_MEAL_GRAMS = { min: 20, max: 40 } as const;

export type ProteinTarget =
  | { status: 'kidney-caution' }
  | { status: 'no-weight' }
  | { status: 'target'; minGrams: number; maxGrams: number; gramsPerKg: { min: number; max: number }; perMeal: typeof PER_MEAL_GRAMS; source: string };

/**
 * 1.0–1.2 g per kg a day by default; 1.2–1.5 g per kg for someone exercising
 * or recovering from illness. With kidney disease there is no target: eating
 * more protein can harm, so the person is told to ask a doctor or dietitian.
 */
export function proteinTarget(input: { weightKg: number | null; kidneyDisease: boolean; exercisingOrRecovering: boolean }): ProteinTarget {
  if (input.kidneyDisease) return { status: 'kidney-caution' };
  if (input.weightKg === null) return { status: 'no-weight' };
  const gramsPerKg = input.exercisingOrRecovering ? { min: 1.2, max: 1.5 } : { min: 1.0, max: 1.2 };
  return {
    status: 'target',
    minGrams: Math.round(gramsPerKg.min * input.weightKg),
    maxGrams: Math.round(gramsPerKg.max * input.weightKg),
    gramsPerKg,
    perMeal: PER_MEAL_GRAMS,
    source: PROTEIN_SOURCE,
  };
}

/** A day's protein: a whole-day entry is the day's total; otherwise meals add up. */
export function proteinForDay(entries: ReadonlyArray<{ grams: number; scope: 'meal' | 'day' }>): number {
  const dayTotals = entries.filter((e) => e.scope === 'day');
  if (dayTotals.length > 0) return Math.max(...dayTotals.map((e) => e.grams));
  return entries.reduce((sum, e) => sum + e.grams, 0);
}
