import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry } from './log-entry-schema';
import type { LocalDate } from '../domain/dates';

// Apart from use-entries.ts: only Today's lower part (loaded after the first
// paint) reads these, so they stay out of the code every screen shares.
/** Entries from `from` to `to` (both included), oldest day first; `undefined` while reading or while `to` is not known. */
export function useEntriesBetween(from: LocalDate | null, to: LocalDate | null): LogEntry[] | undefined {
  return useLiveQuery<LogEntry[] | undefined>(
    () => (from && to ? db.entries.where('day').between(from, to, true, true).sortBy('day') : undefined),
    [from, to],
  );
}

/** The earliest day with an entry, live; `null` with no entries, `undefined` while reading. */
export function useFirstLoggedDay(): LocalDate | null | undefined {
  return useLiveQuery(async () => (await db.entries.orderBy('day').first())?.day ?? null, []);
}
