import { db } from './database';
import { guardedWrite, StorageFullError } from './storage-errors';
import type { CheckedBackup } from './backup-format';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreOutcome {
  /** Records that were not on the phone before. */
  added: number;
  /** Records the backup had a newer edit of. */
  updated: number;
  /** Records kept as they were on the phone, because the phone's edit was as new or newer (merge only). */
  kept: number;
  /** Records removed because the backup did not have them (replace only). */
  removed: number;
}

export type RestoreResult = { ok: true; outcome: RestoreOutcome } | { ok: false; message: string };

/** When a record was last changed: updatedAt where it has one, else `at`. */
function editedAt(row: unknown): string | null {
  const r = row as { updatedAt?: unknown; at?: unknown };
  if (typeof r.updatedAt === 'string') return r.updatedAt;
  if (typeof r.at === 'string') return r.at;
  return null;
}

function isNewer(incoming: unknown, existing: unknown): boolean {
  const a = editedAt(incoming);
  const b = editedAt(existing);
  if (a === null || b === null) return false; // cannot tell: keep what the phone has
  return Date.parse(a) > Date.parse(b);
}

/**
 * Writes a checked backup in one transaction over every table: if anything
 * fails part-way (a full disk, a closed database), Dexie rolls the whole
 * transaction back and the phone keeps exactly what it had.
 *
 * merge:   by id; a record in both keeps the newest edit (updatedAt, else at),
 *          and a tie keeps the phone's copy.
 * replace: every table is emptied, then filled from the backup.
 */
export async function restoreBackup(backup: CheckedBackup, mode: RestoreMode): Promise<RestoreResult> {
  const outcome: RestoreOutcome = { added: 0, updated: 0, kept: 0, removed: 0 };
  try {
    await guardedWrite(() =>
      db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) {
          const rows = backup.tables[table.name] ?? [];
          const keyPath = table.schema.primKey.keyPath as string;
          const keys = rows.map((row) => (row as Record<string, unknown>)[keyPath] as string);
          if (mode === 'replace') {
            const before = new Set(await table.toCollection().primaryKeys());
            for (const key of keys) {
              if (before.has(key)) outcome.updated += 1;
              else outcome.added += 1;
            }
            const kept = new Set(keys);
            outcome.removed += [...before].filter((key) => !kept.has(key as string)).length;
            await table.clear();
            await table.bulkPut(rows);
          } else {
            const existing = await table.bulkGet(keys);
            const write: unknown[] = [];
            rows.forEach((row, i) => {
              const current = existing[i];
              if (current === undefined) {
                outcome.added += 1;
                write.push(row);
              } else if (isNewer(row, current)) {
                outcome.updated += 1;
                write.push(row);
              } else {
                outcome.kept += 1;
              }
            });
            await table.bulkPut(write);
          }
        }
      }),
    );
    return { ok: true, outcome };
  } catch (error) {
    if (error instanceof StorageFullError) {
      return { ok: false, message: 'Your phone is out of storage space, so the backup was not restored. Nothing was changed. Free some space, then try again.' };
    }
    return { ok: false, message: 'The backup could not be restored, and nothing was changed. Try again; if it keeps failing, restart the app.' };
  }
}
