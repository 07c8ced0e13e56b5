import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry } from './log-entry-schema';
import type { LocalDate } from '../domain/dates';

/** A day's entries, oldest first; `undefined` while reading, or while the day is not known yet (null). */
export function useEntriesOnDay(day: LocalDate | null): LogEntry[] | undefined {
  return useLiveQuery<LogEntry[] | undefined>(
    () => (day ? db.entries.where('day').equals(day).sortBy('createdAt') : undefined),
    [day],
  );
}

