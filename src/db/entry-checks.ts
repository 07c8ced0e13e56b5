import { logEntrySchema, type LogEntry } from './log-entry-schema';
import type { NewLogEntry } from './entries-repository';

/** Field name → the sentence to show beside that field. Empty when the entry is valid. */
export type EntryProblems = Partial<Record<string, string>>;

/**
 * Checks an entry against its record schema without saving it, and reports
 * every field at fault (not just the first), so a form can mark them all at
 * once and save nothing until all are right.
 */
export function entryProblems(candidate: NewLogEntry | LogEntry): EntryProblems {
  const stamp = new Date().toISOString();
  // The database fills these in on save; stand-ins let the rest be checked now.
  const result = logEntrySchema.safeParse({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, ...candidate });
  if (result.success) return {};
  const problems: EntryProblems = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'entry';
    problems[field] ??= issue.message;
  }
  return problems;
}
