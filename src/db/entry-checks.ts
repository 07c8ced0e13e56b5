import { logEntrySchema, type LogEntry } from './log-entry-schema';
import type { NewLogEntry } from './entries-repository';
import { FUTURE_DAY_MESSAGE } from './schema-helpers';
import { isFutureLocalDate, isLocalDate, type LocalDate } from '../domain/dates';

/** Field name → the sentence to show beside that field. Empty when the entry is valid. */
export type EntryProblems = Partial<Record<string, string>>;

/**
 * Checks an entry against its record schema without saving it, and reports
 * every field at fault (not just the first), so a form can mark them all at
 * once and save nothing until all are right.
 *
 * The day a person picks is held to this phone's own calendar (no logging
 * tomorrow), which is stricter than the record schema: a saved record may carry
 * any day that has begun somewhere on Earth, because it may have been written
 * in a time zone ahead of this one. So the strict check applies to a new entry
 * (no id), and to an entry being edited only when its day was changed: pass the
 * day it was saved with as `savedDay`. An entry with an id and no `savedDay` is
 * checked as a saved record, so one restored from a phone ahead of this one can
 * always be edited and saved again.
 */
export function entryProblems(candidate: NewLogEntry | LogEntry, savedDay?: LocalDate): EntryProblems {
  const stamp = new Date().toISOString();
  // The database fills these in on save; stand-ins let the rest be checked now.
  const result = logEntrySchema.safeParse({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, ...candidate });
  const problems: EntryProblems = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path.map(String).join('.') || 'entry';
      problems[field] ??= issue.message;
    }
  }
  const pickedHere = !('id' in candidate) || (savedDay !== undefined && candidate.day !== savedDay);
  if (pickedHere && !problems.day && isLocalDate(candidate.day) && isFutureLocalDate(candidate.day)) {
    problems.day = FUTURE_DAY_MESSAGE;
  }
  return problems;
}
