import { db } from './database';
import { logEntrySchema, type LogEntry } from './log-entry-schema';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';
import type { LocalDate } from '../domain/dates';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a form hands over: the entry without the fields the database fills in. */
export type NewLogEntry = DistributiveOmit<LogEntry, 'id' | 'createdAt' | 'updatedAt'>;

export async function addEntry(input: NewLogEntry, now = new Date()): Promise<LogEntry> {
  const stamp = now.toISOString();
  const entry = parseRecord(logEntrySchema, { ...input, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp });
  await guardedWrite(() => db.entries.add(entry));
  void requestPersistentStorageOnce().catch(() => undefined);
  return entry;
}

export async function updateEntry(entry: LogEntry, now = new Date()): Promise<LogEntry> {
  const updated = parseRecord(logEntrySchema, { ...entry, updatedAt: now.toISOString() });
  await guardedWrite(() => db.entries.put(updated));
  return updated;
}

export async function deleteEntry(id: string): Promise<LogEntry | undefined> {
  const existing = await db.entries.get(id);
  await db.entries.delete(id);
  return existing; // returned so the caller can offer Undo
}

/** Puts back an entry exactly as it was (Undo after delete). */
export async function restoreEntry(entry: LogEntry): Promise<void> {
  await guardedWrite(() => db.entries.put(parseRecord(logEntrySchema, entry)));
}

export function entriesOnDay(day: LocalDate): Promise<LogEntry[]> {
  return db.entries.where('day').equals(day).sortBy('createdAt');
}

export function entriesBetween(from: LocalDate, to: LocalDate): Promise<LogEntry[]> {
  return db.entries.where('day').between(from, to, true, true).sortBy('day');
}
