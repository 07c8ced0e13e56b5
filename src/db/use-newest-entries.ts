import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry } from './log-entry-schema';
import { newestFirst } from './entries-reads';

// Its own module, apart from use-entry-history (which Today loads): only History pages through entries.

export interface EntriesPage {
  /** Newest day first, newest first within a day; whole days only. */
  entries: LogEntry[];
  /** How many entries there are in all. */
  total: number;
}

/**
 * The newest `atLeast` entries (more, to finish the last day), live.
 * `undefined` while loading. Reading and drawing every entry of a long
 * history took 103 s with 200,000 of them: History shows a page at a time.
 */
export function useNewestEntries(atLeast: number): EntriesPage | undefined {
  return useLiveQuery(async () => {
    const newest = await db.entries.orderBy('day').reverse().limit(atLeast).toArray();
    const lastDay = newest.at(-1)?.day;
    // The page ends at a whole day: the rest of its last day comes too.
    const restOfLastDay = lastDay ? await db.entries.where('day').equals(lastDay).toArray() : [];
    const byId = new Map([...newest, ...restOfLastDay].map((entry) => [entry.id, entry]));
    return { entries: [...byId.values()].sort(newestFirst), total: await db.entries.count() };
  }, [atLeast]);
}
