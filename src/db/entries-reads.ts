import Dexie, { type Collection } from 'dexie';
import { db } from './database';
import type { LogEntry, LogEntryKind } from './log-entry-schema';
import type { LocalDate } from '../domain/dates';

// The one way to read entries of a kind: through the [kind+day] index, so a
// read costs the entries it returns, not the whole history.

export type EntryOfKind<K extends LogEntryKind> = Extract<LogEntry, { kind: K }>;

/** Newest day first, then the newest saved within a day. */
export function newestFirst(a: LogEntry, b: LogEntry): number {
  return b.day.localeCompare(a.day) || b.createdAt.localeCompare(a.createdAt);
}

/** Entries of one kind from one day to another, both included; a missing end is open. In day order. */
export function entriesOfKind<K extends LogEntryKind>(kind: K, from?: LocalDate | null, to?: LocalDate | null): Collection<EntryOfKind<K>, string> {
  return db.entries.where('[kind+day]').between([kind, from ?? Dexie.minKey], [kind, to ?? Dexie.maxKey], true, true) as Collection<
    EntryOfKind<K>,
    string
  >;
}

/**
 * The latest entry of one kind on or before `upTo` (any day if not given):
 * the latest day, then the one saved last that day. `null` if there is none.
 * Two index reads, however long the history.
 */
export async function latestOfKind<K extends LogEntryKind>(kind: K, upTo?: LocalDate | null): Promise<EntryOfKind<K> | null> {
  const onLatestDay = await entriesOfKind(kind, null, upTo).last();
  if (!onLatestDay) return null;
  const sameDay = await entriesOfKind(kind, onLatestDay.day, onLatestDay.day).toArray();
  return sameDay.sort(newestFirst)[0] ?? null;
}

/**
 * The newest `limit` entries of one kind, newest first (by day, then time
 * saved): the newest days through the index, then every entry of the oldest
 * of those days, so two saved on one day are ordered by time, not by id.
 */
export async function newestOfKind<K extends LogEntryKind>(kind: K, limit: number): Promise<EntryOfKind<K>[]> {
  const newest = await entriesOfKind(kind).reverse().limit(limit).toArray();
  if (newest.length === 0) return [];
  const fromDay = newest[newest.length - 1]!.day;
  const sinceThen = await entriesOfKind(kind, fromDay).toArray();
  return sinceThen.sort(newestFirst).slice(0, limit);
}

export type ChairStandEntry = EntryOfKind<'chair-stand-30s'>;

/** 30-second chair stand results from one day to another, both included, oldest first. */
export async function chairStandResultsBetween(from: LocalDate, to: LocalDate): Promise<ChairStandEntry[]> {
  const rows = await entriesOfKind('chair-stand-30s', from, to).toArray();
  return rows.sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
}
