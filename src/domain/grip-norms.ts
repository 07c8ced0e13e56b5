// Handgrip strength below the cut-off is "low" (probable sarcopenia); both
// consensus standards are shown because they disagree by 1–2 kg.
import type { NormSex, Sex } from './chair-stand-norms';

export interface GripNorm {
  standard: 'EWGSOP2' | 'AWGS 2019';
  lowIfUnderKg: Record<NormSex, number>;
  source: string;
}

export interface GripResult {
  standard: GripNorm['standard'];
  sex: NormSex;
  cutoffKg: number;
  low: boolean;
  source: string;
}

export const GRIP_NORMS: readonly GripNorm[] = [
  {
    standard: 'EWGSOP2',
    lowIfUnderKg: { male: 27, female: 16 },
    source: 'EWGSOP2: Cruz-Jentoft AJ et al., Age Ageing 2019;48:16–31',
  },
  {
    standard: 'AWGS 2019',
    lowIfUnderKg: { male: 28, female: 18 },
    source: 'AWGS 2019: Chen LK et al., JAMDA 2020;21:300–307',
  },
];

export function assessGrip(kg: number, sex: Sex): GripResult[] {
  if (!Number.isFinite(kg) || kg < 0) throw new RangeError(`Grip must be 0 kg or more, got ${kg}`);
  // With no sex recorded we show both rows rather than guess one.
  const sexes: NormSex[] = sex === 'unspecified' ? ['female', 'male'] : [sex];
  return GRIP_NORMS.flatMap((norm) =>
    sexes.map((s) => ({
      standard: norm.standard,
      sex: s,
      cutoffKg: norm.lowIfUnderKg[s],
      low: kg < norm.lowIfUnderKg[s],
      source: norm.source,
    })),
  );
}
