// Short Physical Performance Battery (SPPB): 0–12 points from three parts,
// balance, a 4-metre walk and five chair stands. Bands as published by
// Guralnik et al. and the NIA SPPB protocol (../shared/FACTS.md). Times are
// rounded to hundredths of a second first, as a stopwatch shows them, so a
// time between two published bands (6.205 s) lands where its display does.

export const SPPB_SOURCE = 'Guralnik JM et al., J Gerontol 1994;49:M85–M94; NIA SPPB protocol';

/** Seconds held in each balance stance; null: not tried (an earlier stance ended the part). */
export interface BalanceHolds {
  sideBySide: number | null;
  semiTandem: number | null;
  tandem: number | null;
}

/** A part the person could not do scores 0, as the protocol says. */
export type PartResult = number | 'unable';

const hundredths = (seconds: number) => Math.round(seconds * 100) / 100;

/**
 * Balance, 0–4: side by side held 10 s = 1 (else 0 and stop); semi-tandem
 * 10 s = 1 more (else stop); tandem 10 s = 2 more, 3 to 9.99 s = 1 more,
 * under 3 s = 0 more.
 */
export function balanceScore(holds: BalanceHolds): number {
  if (holds.sideBySide === null || hundredths(holds.sideBySide) < 10) return 0;
  if (holds.semiTandem === null || hundredths(holds.semiTandem) < 10) return 1;
  const tandem = holds.tandem === null ? 0 : hundredths(holds.tandem);
  if (tandem >= 10) return 4;
  if (tandem >= 3) return 3;
  return 2;
}

/**
 * The 4 m walk, 0–4, from the faster of two walks: under 4.82 s = 4;
 * 4.82–6.20 s = 3; 6.21–8.70 s = 2; over 8.70 s = 1; unable = 0.
 */
export function walkScore(fasterWalk: PartResult): number {
  if (fasterWalk === 'unable') return 0;
  const seconds = hundredths(fasterWalk);
  if (seconds < 4.82) return 4;
  if (seconds <= 6.2) return 3;
  if (seconds <= 8.7) return 2;
  return 1;
}

/**
 * Five chair stands, 0–4: 11.19 s or less = 4; 11.20–13.69 s = 3;
 * 13.70–16.69 s = 2; 16.70–60 s = 1; over 60 s or unable = 0.
 */
export function chairStandsScore(fiveStands: PartResult): number {
  if (fiveStands === 'unable') return 0;
  const seconds = hundredths(fiveStands);
  if (seconds <= 11.19) return 4;
  if (seconds <= 13.69) return 3;
  if (seconds <= 16.69) return 2;
  if (seconds <= 60) return 1;
  return 0;
}

export interface SppbScore {
  balance: number;
  walk: number;
  chairStands: number;
  total: number;
}

export function sppbScore(balance: BalanceHolds, fasterWalk: PartResult, fiveStands: PartResult): SppbScore {
  const parts = { balance: balanceScore(balance), walk: walkScore(fasterWalk), chairStands: chairStandsScore(fiveStands) };
  return { ...parts, total: parts.balance + parts.walk + parts.chairStands };
}

/**
 * A walk timed over a shorter course (3 m in a small home), as the time the
 * same pace would take over 4 m, for the 4 m bands. The screens say so.
 */
export function fourMetreEquivalent(seconds: number, courseMetres: number): number {
  return (seconds * 4) / courseMetres;
}

/** Labels are plain words; the guideline is named only in `source`. */
export interface SppbLine {
  id: string;
  label: string;
  /** A total at or below this is flagged. */
  atMost: number;
  source: string;
}

export const SPPB_LOW_PERFORMANCE_LINES: readonly SppbLine[] = [
  { id: 'ewgsop2-sppb', label: 'Low physical performance (8 points or fewer)', atMost: 8, source: 'EWGSOP2: Cruz-Jentoft AJ et al., Age Ageing 2019;48:16–31' },
  { id: 'awgs2019-sppb', label: 'Low physical performance (9 points or fewer)', atMost: 9, source: 'AWGS 2019: Chen LK et al., JAMDA 2020;21:300–307' },
];

export function assessSppb(total: number): Array<SppbLine & { flagged: boolean }> {
  return SPPB_LOW_PERFORMANCE_LINES.map((line) => ({ ...line, flagged: total <= line.atMost }));
}
