// The person's own trend: how a result compares with the ones before it. Used
// where no published norm applies (the STEADI table starts at 60) and beside
// the norms otherwise, because change over time matters more than one score.
import type { LocalDate } from './dates';

export interface TrendPoint {
  id: string;
  day: LocalDate;
  /** When it was saved (ISO timestamp): orders two results on the same day. */
  at: string;
  value: number;
}

/** More chair stands is better; a faster (lower) five-times time is better. */
export type BetterWhen = 'higher' | 'lower';

export interface Trend {
  /** Results before this one, newest first, at most `limit`. */
  earlier: TrendPoint[];
  /** This result minus the one just before it; null for a first result. */
  change: { amount: number; since: TrendPoint; direction: 'better' | 'worse' | 'same' } | null;
}

function isBefore(a: TrendPoint, b: TrendPoint): boolean {
  return a.day < b.day || (a.day === b.day && a.at < b.at);
}

export function trendAgainstEarlier(current: TrendPoint, results: readonly TrendPoint[], betterWhen: BetterWhen, limit = 4): Trend {
  const earlier = results
    .filter((r) => r.id !== current.id && isBefore(r, current))
    .sort((a, b) => (isBefore(a, b) ? 1 : -1))
    .slice(0, limit);
  const since = earlier[0];
  if (!since) return { earlier, change: null };
  // Round to a tenth so 12.3 − 12.0 reads 0.3, not 0.3000000000000007.
  const amount = Math.round((current.value - since.value) * 10) / 10;
  const improved = betterWhen === 'higher' ? amount > 0 : amount < 0;
  const direction = amount === 0 ? 'same' : improved ? 'better' : 'worse';
  return { earlier, change: { amount, since, direction } };
}
