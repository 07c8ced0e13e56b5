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

/**
 * The entry was changed (or deleted) elsewhere, in another tab or window,
 * since the form read it: saving now would silently undo that change.
 */
export class EditConflictError extends Error {
  constructor(readonly current: LogEntry | undefined) {
    super(current ? 'The entry was changed elsewhere.' : 'The entry was deleted elsewhere.');
    this.name = 'EditConflictError';
  }
}

/**
 * Saves an edited entry. `basedOn` is the updatedAt the form was opened with:
 * if the stored entry no longer has it, nothing is written and an
 * EditConflictError carries what is stored now, so the screen can ask which
 * to keep. Without `basedOn` (the person chose to save theirs) it overwrites.
 */
export async function updateEntry(entry: LogEntry, options: { basedOn?: string; now?: Date } = {}): Promise<LogEntry> {
  const updated = parseRecord(logEntrySchema, { ...entry, updatedAt: (options.now ?? new Date()).toISOString() });
  await guardedWrite(() =>
    db.transaction('rw', db.entries, async () => {
      if (options.basedOn !== undefined) {
        const current = await db.entries.get(entry.id);
        if (current?.updatedAt !== options.basedOn) throw new EditConflictError(current);
      }
      await db.entries.put(updated);
    }),
  );
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
