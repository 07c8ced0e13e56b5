// The periods the Progress screen can show. A period is a run of whole ISO
// weeks ending with the current (unfinished) week, so every point on a chart
// is a Monday-to-Sunday week and "4 weeks" always shows four of them.
import { addDays, type LocalDate } from './dates';
import { weekStart } from './weekly-aggregation';

export type ProgressRange = '4w' | '12w' | '6m' | 'all';

export const PROGRESS_RANGES: ReadonlyArray<{ value: ProgressRange; label: string; weeks: number | null }> = [
  { value: '4w', label: '4 weeks', weeks: 4 },
  { value: '12w', label: '12 weeks', weeks: 12 },
  { value: '6m', label: '6 months', weeks: 26 },
  { value: 'all', label: 'Everything', weeks: null },
];

export const DEFAULT_PROGRESS_RANGE: ProgressRange = '12w';

export function isProgressRange(value: unknown): value is ProgressRange {
  return PROGRESS_RANGES.some((r) => r.value === value);
}

export interface RangeWindow {
  /** Monday of the first week shown. */
  firstWeek: LocalDate;
  /** Monday of the current week. */
  lastWeek: LocalDate;
}

/** The first day whose entries the range needs, or null for everything. */
export function rangeQueryStart(range: ProgressRange, today: LocalDate): LocalDate | null {
  const weeks = PROGRESS_RANGES.find((r) => r.value === range)?.weeks ?? null;
  return weeks === null ? null : addDays(weekStart(today), -7 * (weeks - 1));
}

/**
 * The weeks a range covers. "Everything" starts at the week of the first
 * entry (or this week when there is none yet).
 */
export function rangeWindow(range: ProgressRange, today: LocalDate, firstDay: LocalDate | null): RangeWindow {
  const lastWeek = weekStart(today);
  const start = rangeQueryStart(range, today);
  if (start !== null) return { firstWeek: start, lastWeek };
  const first = firstDay !== null && firstDay < today ? weekStart(firstDay) : lastWeek;
  return { firstWeek: first, lastWeek };
}
