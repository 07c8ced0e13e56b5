import * as z from 'zod/mini';
import { isFutureLocalDate, isLocalDate } from '../domain/dates';
import { describeLimit, type MeasurementLimit } from '../domain/measurement-limits';

// zod/mini ships no English messages (that is what keeps it small), so every
// check here carries the sentence a person will read.

export const recordId = () => z.uuid('This record has no valid id.');

export const isoTimestamp = () =>
  z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'Enter a valid date and time.'));

/** A local calendar day (YYYY-MM-DD), any day. */
export const localDay = () => z.string().check(z.refine(isLocalDate, 'Enter a date as year-month-day.'));

/** A local calendar day (YYYY-MM-DD) that is not in the future. */
export const pastOrToday = () =>
  z.string().check(
    z.refine(isLocalDate, 'Enter a date as year-month-day.'),
    z.refine((day) => !isFutureLocalDate(day), 'The date cannot be in the future.'),
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
