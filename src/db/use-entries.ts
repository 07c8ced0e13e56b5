import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry } from './log-entry-schema';
import type { LocalDate } from '../domain/dates';

/** Entries of one day, oldest first, live. `undefined` while loading. */
export function useEntriesOnDay(day: LocalDate): LogEntry[] | undefined {
  return useLiveQuery(() => db.entries.where('day').equals(day).sortBy('createdAt'), [day]);
}
