import Dexie from 'dexie';
import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry, LogEntryKind } from './log-entry-schema';

function newestFirst(a: LogEntry, b: LogEntry): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt);
}

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

/** One entry, live: `null` once it does not exist (deleted), `undefined` while loading. */
export function useEntry(id: string): LogEntry | null | undefined {
  return useLiveQuery(async () => (await db.entries.get(id)) ?? null, [id]);
}

type EntryOfKind<K extends LogEntryKind> = Extract<LogEntry, { kind: K }>;

/** The most recent entry of one kind (latest day, then latest saved), live. `null` if there is none. */
export function useLatestEntry<K extends LogEntryKind>(kind: K): EntryOfKind<K> | null | undefined {
  return useLiveQuery(async () => {
    const ofKind = db.entries.where('[kind+day]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]);
    const latest = await ofKind.last();
    if (!latest) return null;
    const sameDay = await db.entries.where('[kind+day]').equals([kind, latest.day]).toArray();
    return sameDay.sort(newestFirst)[0] as EntryOfKind<K>;
  }, [kind]);
}
