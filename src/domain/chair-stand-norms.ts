// 30-second chair stand: fewer full stands than the threshold for the person's
// age band and sex is "below average" (a fall-risk sign in STEADI).

/** What the person told us. Norms exist only for female and male. */
export type Sex = 'female' | 'male' | 'unspecified';
export type NormSex = Exclude<Sex, 'unspecified'>;

export type ChairStandBand = '60-64' | '65-69' | '70-74' | '75-79' | '80-84' | '85-89' | '90-94';

export interface ChairStandNorm {
  band: ChairStandBand;
  minAge: number;
  maxAge: number;
  belowAverageIfUnder: Record<NormSex, number>;
  source: string;
}

const SOURCE = 'CDC STEADI "Assessment: 30-Second Chair Stand"; Rikli & Jones 1999';

export const CHAIR_STAND_NORMS: readonly ChairStandNorm[] = [
  { band: '60-64', minAge: 60, maxAge: 64, belowAverageIfUnder: { male: 14, female: 12 }, source: SOURCE },
  { band: '65-69', minAge: 65, maxAge: 69, belowAverageIfUnder: { male: 12, female: 11 }, source: SOURCE },
  { band: '70-74', minAge: 70, maxAge: 74, belowAverageIfUnder: { male: 12, female: 10 }, source: SOURCE },
  { band: '75-79', minAge: 75, maxAge: 79, belowAverageIfUnder: { male: 11, female: 10 }, source: SOURCE },
  { band: '80-84', minAge: 80, maxAge: 84, belowAverageIfUnder: { male: 10, female: 9 }, source: SOURCE },
  { band: '85-89', minAge: 85, maxAge: 89, belowAverageIfUnder: { male: 8, female: 8 }, source: SOURCE },
  { band: '90-94', minAge: 90, maxAge: 94, belowAverageIfUnder: { male: 7, female: 4 }, source: SOURCE },
];

export interface ChairStandThreshold {
  belowAverageIfUnder: number;
  band: ChairStandBand;
  source: string;
}

export interface ChairStandComparison {
  sex: NormSex;
  threshold: ChairStandThreshold;
  belowAverage: boolean;
}

export interface ChairStandAssessment {
  comparisons: ChairStandComparison[];
  /** Why there is nothing to compare against; the UI then shows the person's own trend. */
  noNormReason: 'under-60' | null;
}

export function chairStandThreshold(age: number, sex: NormSex): ChairStandThreshold | null {
  if (!Number.isFinite(age)) throw new RangeError(`Age must be a number, got ${age}`);
  // The STEADI table starts at 60; other reference values exist but are not used.
  if (age < 60) return null;
  // Product choice: STEADI stops at 94, and 95+ use the oldest band rather than
  // getting no comparison at all.
  const wholeYears = Math.min(Math.floor(age), 94);
  const norm = CHAIR_STAND_NORMS.find((n) => wholeYears >= n.minAge && wholeYears <= n.maxAge);
  if (!norm) return null;
  return { belowAverageIfUnder: norm.belowAverageIfUnder[sex], band: norm.band, source: norm.source };
}

export function assessChairStand(reps: number, age: number, sex: Sex): ChairStandAssessment {
  if (!Number.isFinite(reps) || reps < 0) throw new RangeError(`Reps must be 0 or more, got ${reps}`);
  // With no sex recorded we show both rows rather than guess one.
  const sexes: NormSex[] = sex === 'unspecified' ? ['female', 'male'] : [sex];
  const comparisons: ChairStandComparison[] = [];
  for (const s of sexes) {
    const threshold = chairStandThreshold(age, s);
    if (threshold) comparisons.push({ sex: s, threshold, belowAverage: reps < threshold.belowAverageIfUnder });
  }
  return { comparisons, noNormReason: comparisons.length === 0 ? 'under-60' : null };
}
