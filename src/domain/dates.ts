// Days are local calendar dates, never UTC timestamps cut to a date: a log made at
// 23:30 must stay on the day the person lived it, whatever their UTC offset.

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function toLocalDate(d: Date): LocalDate {
  // toISOString would give the UTC day, which is the wrong day near midnight.
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function todayLocal(now: Date = new Date()): LocalDate {
  return toLocalDate(now);
}

// A UTC-midnight Date used only as a calendar calculator: UTC has no DST, so
// adding whole days can never land on 23:00 or 01:00 of the wrong day.
// setUTCFullYear (unlike Date.UTC) does not map years 0–99 to 1900–1999.
function calendarDate(year: number, month: number, day: number): Date {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

function parse(day: string): { year: number; month: number; day: number } | null {
  const match = LOCAL_DATE_PATTERN.exec(day);
  if (!match) return null;
  const parts = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  // Reject dates that do not exist (2023-02-30): Date would silently roll them over.
  const d = calendarDate(parts.year, parts.month, parts.day);
  const exists =
    d.getUTCFullYear() === parts.year &&
    d.getUTCMonth() === parts.month - 1 &&
    d.getUTCDate() === parts.day;
  return exists ? parts : null;
}

function parseOrThrow(day: string): { year: number; month: number; day: number } {
  const parts = parse(day);
  if (!parts) throw new RangeError(`Not a valid local date (YYYY-MM-DD): "${day}"`);
  return parts;
}

export function isLocalDate(s: unknown): s is LocalDate {
  return typeof s === 'string' && parse(s) !== null;
}

/**
 * After today on this phone's own calendar. The check for a day a person picks
 * for a new entry: nobody logs tomorrow. Saved records use `hasBegunAnywhere`.
 */
export function isFutureLocalDate(day: LocalDate, now: Date = new Date()): boolean {
  parseOrThrow(day);
  // Zero-padded YYYY-MM-DD strings sort in calendar order.
  return day > todayLocal(now);
}


export function addDays(day: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addDays needs a whole number of days, got ${n}`);
  const parts = parseOrThrow(day);
  const d = calendarDate(parts.year, parts.month, parts.day + n);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Age in whole years on a given day. We store only the year of birth (less
 * identifying than a full date), so this is the year difference and can be one
 * year more than the true age before the birthday.
 */
export function ageOnDate(yearOfBirth: number, day: LocalDate): number {
  return parseOrThrow(day).year - yearOfBirth;
}
