// Daily habits are logged in pieces: several sets of sit-to-stands in a day,
// steps read off a phone at lunch and again at night. A day's figure is the sum
// of everything logged on that local calendar day (never a UTC date), so the
// weekly summaries in weekly-aggregation.ts count days, not entries.
import type { LocalDate } from './dates';
import type { DayValue } from './weekly-aggregation';

/**
 * Each logged day's total, oldest day first. Days with nothing logged are
 * left out rather than counted as zero: not logging is not the same as not
 * doing, and a week's median must only use days the person told us about.
 */
export function dailyTotals(points: readonly DayValue[]): DayValue[] {
  const totals = new Map<LocalDate, number>();
  for (const { day, value } of points) {
    if (Number.isFinite(value)) totals.set(day, (totals.get(day) ?? 0) + value);
  }
  // YYYY-MM-DD strings sort in calendar order.
  return [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, value]) => ({ day, value }));
}
