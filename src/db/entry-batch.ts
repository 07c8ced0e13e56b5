import { db } from './database';
import { logEntrySchema, type LogEntry } from './log-entry-schema';
import type { NewLogEntry } from './entries-repository';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';

/**
 * Saves several entries from one form together: all of them or, if any is
 * invalid or the disk is full, none. A half-saved form would leave the person
 * unsure what to type again.
 */
export async function addEntries(inputs: readonly NewLogEntry[], now = new Date()): Promise<LogEntry[]> {
  const entries = inputs.map((input, index) => {
    // One millisecond apart, so they list in the order the form showed them.
    const stamp = new Date(now.getTime() + index).toISOString();
    return parseRecord(logEntrySchema, { ...input, id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp });
  });
  await guardedWrite(() => db.transaction('rw', db.entries, () => db.entries.bulkAdd(entries)));
  void requestPersistentStorageOnce().catch(() => undefined);
  return entries;
}
