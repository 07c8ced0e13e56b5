// Five-times sit-to-stand: a slower time is worse, so every cut-off flags times
// above it. The consensus cut-offs differ in strictness ('>' vs '>='), kept as published.

export type Comparison = '>' | '>=';

export interface FiveTimesSitToStandNorm {
  id: string;
  label: string;
  cutoffSeconds: number;
  comparison: Comparison;
  source: string;
}

export interface FiveTimesSitToStandAgeNorm extends FiveTimesSitToStandNorm {
  minAge: number;
  maxAge: number;
}

export interface FiveTimesSitToStandResult extends FiveTimesSitToStandNorm {
  flagged: boolean;
}

export const FIVE_TIMES_SIT_TO_STAND_CUTOFFS: readonly FiveTimesSitToStandNorm[] = [
  {
    id: 'ewgsop2-low-strength',
    label: 'Low muscle strength (EWGSOP2)',
    cutoffSeconds: 15,
    comparison: '>',
    source: 'EWGSOP2: Cruz-Jentoft AJ et al., Age Ageing 2019;48:16–31',
  },
  {
    id: 'awgs2019-low-performance',
    label: 'Low physical performance (AWGS 2019)',
    cutoffSeconds: 12,
    comparison: '>=',
    source: 'AWGS 2019: Chen LK et al., JAMDA 2020;21:300–307',
  },
];

const BOHANNON = 'Bohannon RW, Percept Mot Skills 2006;103:215–222';

// Bohannon gives no reference values outside 60–89, so those ages get no entry.
export const FIVE_TIMES_SIT_TO_STAND_AGE_NORMS: readonly FiveTimesSitToStandAgeNorm[] = [
  { id: 'bohannon2006-60-69', label: 'Slower than average for age 60–69', minAge: 60, maxAge: 69, cutoffSeconds: 11.4, comparison: '>', source: BOHANNON },
  { id: 'bohannon2006-70-79', label: 'Slower than average for age 70–79', minAge: 70, maxAge: 79, cutoffSeconds: 12.6, comparison: '>', source: BOHANNON },
  { id: 'bohannon2006-80-89', label: 'Slower than average for age 80–89', minAge: 80, maxAge: 89, cutoffSeconds: 14.8, comparison: '>', source: BOHANNON },
];

function exceeds(seconds: number, cutoff: number, comparison: Comparison): boolean {
  return comparison === '>' ? seconds > cutoff : seconds >= cutoff;
}

export function assessFiveTimesSitToStand(seconds: number, age: number | null): FiveTimesSitToStandResult[] {
  if (!Number.isFinite(seconds) || seconds <= 0) throw new RangeError(`Time must be above 0 s, got ${seconds}`);
  const wholeYears = age === null ? null : Math.floor(age);
  const ageNorms = FIVE_TIMES_SIT_TO_STAND_AGE_NORMS.filter(
    (n) => wholeYears !== null && wholeYears >= n.minAge && wholeYears <= n.maxAge,
  );
  // Strip the age bounds so every result has the same shape.
  return [...FIVE_TIMES_SIT_TO_STAND_CUTOFFS, ...ageNorms].map(({ id, label, cutoffSeconds, comparison, source }) => ({
    id,
    label,
    cutoffSeconds,
    comparison,
    flagged: exceeds(seconds, cutoffSeconds, comparison),
    source,
  }));
}
