// Calf circumference is a case-finding screen (worth a closer look), not a diagnosis.
import type { NormSex, Sex } from './chair-stand-norms';

export interface CalfNorm {
  standard: 'AWGS 2019';
  lowIfUnderCm: Record<NormSex, number>;
  source: string;
}

export interface CalfResult {
  standard: CalfNorm['standard'];
  sex: NormSex;
  cutoffCm: number;
  low: boolean;
  source: string;
}

export const CALF_NORMS: readonly CalfNorm[] = [
  {
    standard: 'AWGS 2019',
    lowIfUnderCm: { male: 34, female: 33 },
    source: 'AWGS 2019: Chen LK et al., JAMDA 2020;21:300–307',
  },
];

export const LEFT_RIGHT_GAP_FLAG_CM = 2;

export const LEFT_RIGHT_GAP_SOURCE =
  'Product choice, not a published cut-off: a left–right difference of 2 cm or more in calf or thigh ' +
  'is flagged as possible one-sided loss, to check with a clinician (Regain clinical fact sheet)';

export interface LeftRightGap {
  gapCm: number;
  flagged: boolean;
  source: string;
}

export function assessCalf(cm: number, sex: Sex): CalfResult[] {
  if (!Number.isFinite(cm) || cm <= 0) throw new RangeError(`Circumference must be above 0 cm, got ${cm}`);
  // With no sex recorded we show both rows rather than guess one.
  const sexes: NormSex[] = sex === 'unspecified' ? ['female', 'male'] : [sex];
  return CALF_NORMS.flatMap((norm) =>
    sexes.map((s) => ({
      standard: norm.standard,
      sex: s,
      cutoffCm: norm.lowIfUnderCm[s],
      low: cm < norm.lowIfUnderCm[s],
      source: norm.source,
    })),
  );
}

export function leftRightGap(leftCm: number, rightCm: number): LeftRightGap {
  if (!Number.isFinite(leftCm) || !Number.isFinite(rightCm)) {
    throw new RangeError(`Both sides must be numbers, got ${leftCm} and ${rightCm}`);
  }
  // Binary subtraction turns a measured 2.0 cm gap into 1.9999999999999964
  // (33.3 − 31.3); rounding away that noise keeps the flag on the line it should be.
  const gapCm = Math.round(Math.abs(leftCm - rightCm) * 1e6) / 1e6;
  return { gapCm, flagged: gapCm >= LEFT_RIGHT_GAP_FLAG_CM, source: LEFT_RIGHT_GAP_SOURCE };
}
