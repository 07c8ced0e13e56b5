// @vitest-environment jsdom
// (needs the browser's localStorage and sessionStorage)
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { deleteEverything } from '../../src/db/delete-everything';
import { lastBackupAt, recordBackup } from '../../src/db/backup-stamp';
import { addEntry } from '../../src/db/entries-repository';
import { resetDatabase } from './reset-database';
import { emptyTables, sampleData, seed, snapshot } from './backup-test-data';

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear();
  sessionStorage.clear();
});

describe('delete everything', () => {
  it('empties every table and the app’s own browser storage, and leaves others’ keys alone', async () => {
    await seed(sampleData());
    recordBackup(new Date('2026-11-01T10:00:00Z'));
    sessionStorage.setItem('regain-chair-stand-test', '{"step":"timing"}');
    localStorage.setItem('some-other-site-key', 'kept');

    await deleteEverything();

    expect(await snapshot()).toEqual(emptyTables());
    expect(lastBackupAt()).toBeNull();
    expect(sessionStorage.getItem('regain-chair-stand-test')).toBeNull();
    expect(localStorage.getItem('some-other-site-key')).toBe('kept');
  });

  it('leaves the database open, so the next entry saves at once', async () => {
    await seed(sampleData());
    await deleteEverything();
    await addEntry({ kind: 'steps', day: '2026-11-20', steps: 300 });
    expect(await db.entries.count()).toBe(1);
  });
});

describe('last backup time', () => {
  it('is kept in localStorage, and ignored when it is not a date', () => {
    expect(lastBackupAt()).toBeNull();
    recordBackup(new Date('2026-11-01T10:00:00Z'));
    expect(lastBackupAt()).toBe('2026-11-01T10:00:00.000Z');
    localStorage.setItem('regain-last-backup-at', 'garbage');
    expect(lastBackupAt()).toBeNull();
  });
});
