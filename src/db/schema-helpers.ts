import * as z from 'zod/mini';
import { isLocalDate } from '../domain/dates';
import { hasBegunAnywhere } from '../domain/day-anywhere';
import { describeLimit, type MeasurementLimit } from '../domain/measurement-limits';

// zod/mini ships no English messages (that is what keeps it small), so every
// check here carries the sentence a person will read.

export const recordId = () => z.uuid('This record has no valid id.');

// Timestamps: exactly the form toISOString writes (seconds, optional
// milliseconds, Z), or the same with an explicit ±HH:MM offset. Nothing looser:
// Date.parse reads "1", "May 5" and 2026-02-30 (as 2 March), and browsers
// differ on anything outside the one format the language defines.
const ISO_TIMESTAMP_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{3})?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** Written in the timestamp form (YYYY-MM-DDTHH:MM:SS(.sss) then Z or ±HH:MM), real or not. */
export function hasIsoTimestampForm(s: unknown): s is string {
  return typeof s === 'string' && ISO_TIMESTAMP_PATTERN.test(s);
}

/**
 * A timestamp in that form naming a moment that exists: a real calendar date,
 * hours 00–23, minutes and seconds 00–59, an offset of at most 23:59.
 */
export function isIsoTimestamp(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const match = ISO_TIMESTAMP_PATTERN.exec(s);
  if (!match) return false;
  const [, date, hours, minutes, seconds, offsetHours = '00', offsetMinutes = '00'] = match;
  return (
    isLocalDate(date) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    Number(offsetHours) <= 23 &&
    Number(offsetMinutes) <= 59 &&
    Number.isFinite(Date.parse(s))
  );
}

/**
 * A moment, exactly as the app writes it (toISOString: 2026-11-22T08:30:00.000Z),
 * or with a ±HH:MM offset instead of Z; milliseconds optional. Each check passes
 * what the one before refused, so a value gets one message, never two.
 */
export const isoTimestamp = () =>
  z.string().check(
    z.refine(hasIsoTimestampForm, 'This is not a date and time.'),
    z.refine((s) => !hasIsoTimestampForm(s) || isIsoTimestamp(s), 'This date and time is not a real one.'),
  );

/** A local calendar day (YYYY-MM-DD), any day. */
export const localDay = () => z.string().check(z.refine(isLocalDate, 'Enter a date as year-month-day.'));

/** Said for a day that is later than allowed, by the record schemas and the forms alike. */
export const FUTURE_DAY_MESSAGE = 'The date cannot be in the future.';

/**
 * The day of a saved record (YYYY-MM-DD): any day that has begun somewhere on
 * Earth, so not later than the date in UTC+14 (see hasBegunAnywhere in
 * src/domain/dates.ts). Not "today on this phone": a record written in Tokyo on
 * 22 November must restore, and stay editable, on a phone in Los Angeles that is
 * still on 21 November. A form stops a person typing tomorrow for a new entry
 * itself (entryProblems in ./entry-checks.ts).
 */
export const pastOrToday = () =>
  z.string().check(
    z.refine(isLocalDate, 'Enter a date as year-month-day.'),
    // A day that is not a real date was refused just above: do not report it twice (or throw).
    z.refine((day) => !isLocalDate(day) || hasBegunAnywhere(day), FUTURE_DAY_MESSAGE),
  );

/** A number within a measurement limit; the message names the range in metric units. */
export const withinLimit = (limit: MeasurementLimit, options: { integer?: boolean } = {}) => {
  const message = describeLimit(limit, 'metric');
  const base = options.integer ? z.int(message) : z.number(message);
  return base.check(
    z.refine((n) => Number.isFinite(n), message),
    z.gte(limit.min, message),
    z.lte(limit.max, message),
  );
};

/** A tag such as <b>, </p> or <img src=x>, or an HTML comment; "less than 5" or "<3" are not tags. */
export const HTML_TAG = /<\s*\/?\s*[a-z][^<>]*>|<!--/i;

/**
 * Plain text the person typed. Tags are refused here as on restore, so a note
 * saved in the app can always be restored from a backup.
 */
export const shortText = (max: number, what: string) =>
  z.string().check(
    z.maxLength(max, `${what} can be at most ${max} characters.`),
    z.refine((text) => !HTML_TAG.test(text), `${what} cannot contain HTML tags such as <b>.`),
  );

/** One readable sentence for the first problem zod found: the field, then what is wrong. */
export function describeFirstIssue(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  const issue = error.issues[0];
  if (!issue) return 'The entry is not valid.';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}
