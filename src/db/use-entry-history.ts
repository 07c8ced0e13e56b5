import Dexie from 'dexie';
import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry, LogEntryKind } from './log-entry-schema';

/** Newest day first, then the newest saved within a day. */
export function newestFirst(a: LogEntry, b: LogEntry): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt);
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
