import { db } from './database';
import { notifyBackupStampChanged } from './backup-stamp';
import { forgetRestoreUndo } from './restore-undo';

/** Keys this app keeps in localStorage and sessionStorage start with this (see backup-stamp.ts, the test stores). */
const STORAGE_PREFIX = 'regain';

/**
 * Deletes every record of every table in one transaction (all or nothing), then
 * the app's own keys in browser storage (unfinished tests, last backup time).
 * The database itself stays open, so the screens update at once and new
 * entries can be saved straight away.
 */
export async function deleteEverything(): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
  });
  // Undoing an earlier restore now would bring back what was just deleted.
  forgetRestoreUndo();
  for (const storage of [globalThis.localStorage, globalThis.sessionStorage]) {
    if (!storage) continue;
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i);
      if (key?.startsWith(STORAGE_PREFIX)) keys.push(key);
    }
    keys.forEach((key) => storage.removeItem(key));
  }
  notifyBackupStampChanged();
}
