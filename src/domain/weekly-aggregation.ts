// Weekly summaries of daily results, on ISO weeks (Monday to Sunday, week 1 holds
// the year's first Thursday). Everything works on local calendar days
// (YYYY-MM-DD), never on timestamps, so a daylight saving change cannot move an
// entry into the next or previous week, and 31 December can belong to week 1.
import { addDays, isLocalDate, type LocalDate } from './dates';
import { median } from './statistics';

const MS_PER_DAY = 86_400_000;

// Years of daily logs repeat the same few thousand days across a dozen series:
// remember each day's number rather than parse and validate it every time.
const dayNumbers = new Map<LocalDate, number>();

/** Whole days from 1970-01-01 to the day, counted on the calendar (no clock, no DST). */
export function dayNumber(day: LocalDate): number {
  const known = dayNumbers.get(day);
  if (known !== undefined) return known;
  if (!isLocalDate(day)) throw new RangeError(`Not a valid local date (YYYY-MM-DD): "${day}"`);
  const d = new Date(0);
  d.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  const n = Math.round(d.getTime() / MS_PER_DAY);
  dayNumbers.set(day, n);
  return n;
}

/** ISO day of the week: 1 is Monday, 7 is Sunday. */
export function isoDayOfWeek(day: LocalDate): number {
  // 1970-01-01 was a Thursday (ISO day 4).
  return ((((dayNumber(day) + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the day's ISO week. */
export function weekStart(day: LocalDate): LocalDate {
  return addDays(day, 1 - isoDayOfWeek(day));
}

export interface IsoWeek {
  /** The ISO week-numbering year: 2024-12-30 is in week 1 of 2025. */
  year: number;
  week: number;
}

export function isoWeek(day: LocalDate): IsoWeek {
  // The week belongs to the year its Thursday is in.
  const thursday = addDays(weekStart(day), 3);
  const year = Number(thursday.slice(0, 4));
  const dayOfYear = dayNumber(thursday) - dayNumber(`${thursday.slice(0, 4)}-01-01`);
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** Whole weeks from the week holding `from` to the week holding `to` (negative if `to` is earlier). */
export function weeksBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((dayNumber(weekStart(to)) - dayNumber(weekStart(from))) / 7);
}

/** The Mondays of every week from the week holding `first` to the week holding `last`, in order. */
export function weekStartsBetween(first: LocalDate, last: LocalDate): LocalDate[] {
  const starts: LocalDate[] = [];
  const count = weeksBetween(first, last);
  let monday = weekStart(first);
  for (let i = 0; i <= count; i += 1) {
    starts.push(monday);
    monday = addDays(monday, 7);
  }
  return starts;
}

export interface DayValue {
  day: LocalDate;
  value: number;
}

export interface WeekStats {
  /** The Monday the period starts on. */
  start: LocalDate;
  /** How many weeks the period covers: 1, or more after `mergeWeeks`. */
  weeks: number;
  /** Every value in the period, smallest first. */
  values: number[];
  count: number;
  min: number | null;
  max: number | null;
  median: number | null;
}

function stats(start: LocalDate, weeks: number, values: number[]): WeekStats {
  values.sort((a, b) => a - b);
  const count = values.length;
  return {
    start,
    weeks,
    values,
    count,
    min: count ? values[0]! : null,
    max: count ? values[count - 1]! : null,
    median: median(values),
  };
}

/**
 * One summary per ISO week from the week of `first` to the week of `last`,
 * including weeks with no data (count 0, null statistics), so a gap in the
 * chart shows as a gap. Values on days outside those weeks are left out.
 */
export function aggregateByWeek(points: readonly DayValue[], first: LocalDate, last: LocalDate): WeekStats[] {
  const starts = weekStartsBetween(first, last);
  if (starts.length === 0) return [];
  const origin = dayNumber(starts[0]!);
  const buckets: number[][] = starts.map(() => []);
  for (const { day, value } of points) {
    const index = Math.floor((dayNumber(day) - origin) / 7);
    if (index >= 0 && index < buckets.length && Number.isFinite(value)) buckets[index]!.push(value);
  }
  return starts.map((start, i) => stats(start, 1, buckets[i]!));
}

/**
 * Merges neighbouring weeks into equal periods so at most `maxPoints` remain:
 * a phone is about 300 px wide, and three years of weeks would draw lines
 * thinner than a finger. Statistics are recomputed from the raw values, so
 * the best of a fortnight is the best of its days, not a best of bests. Periods
 * start from the newest week, so the latest period is always whole.
 */
export function mergeWeeks(weeks: readonly WeekStats[], maxPoints: number): WeekStats[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 1) throw new RangeError(`maxPoints must be a whole number above 0, got ${maxPoints}`);
  if (weeks.length <= maxPoints) return [...weeks];
  const size = Math.ceil(weeks.length / maxPoints);
  const merged: WeekStats[] = [];
  for (let end = weeks.length; end > 0; end -= size) {
    const group = weeks.slice(Math.max(0, end - size), end);
    merged.push(stats(group[0]!.start, group.reduce((n, w) => n + w.weeks, 0), group.flatMap((w) => w.values)));
  }
  return merged.reverse();
}
