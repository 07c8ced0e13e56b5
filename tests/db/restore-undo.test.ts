import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { checkBackupText } from '../../src/db/check-backup';
import { restoreBackup } from '../../src/db/restore-backup';
import { addEntry } from '../../src/db/entries-repository';
import { canUndoRestore, forgetRestoreUndo, undoRestore } from '../../src/db/restore-undo';
import { resetDatabase } from './reset-database';
import { backupText, sampleData, seed, snapshot, uuid } from './backup-test-data';

beforeEach(async () => {
  forgetRestoreUndo();
  await resetDatabase();
});

/** The phone has half the sample; the backup is the whole sample with one entry changed. */
async function phoneAndBackup() {
  const data = sampleData();
  await seed({ profile: data.profile, entries: data.entries.slice(0, 5) });
  const changed = { ...data.entries[0]!, note: 'edited on the other phone', updatedAt: '2026-11-30T00:00:00.000Z' };
  const checked = await checkBackupText(backupText({ ...data, entries: [changed, ...data.entries.slice(1)] }));
  if (!checked.ok) throw new Error(checked.problem.message);
  return checked.backup;
}

describe('Undo this restore', () => {
  it.each(['merge', 'replace'] as const)('after a %s, puts every table back exactly as it was', async (mode) => {
    const backup = await phoneAndBackup();
    const before = await snapshot();
    expect(canUndoRestore()).toBe(false);
    const result = await restoreBackup(backup, mode);
    expect(result.ok).toBe(true);
    expect(await snapshot()).not.toEqual(before);
    expect(canUndoRestore()).toBe(true);

    expect(await undoRestore()).toBe('undone');
    expect(await snapshot()).toEqual(before);
    expect(canUndoRestore()).toBe(false);
  });

  it('refuses once anything else was saved, edited or deleted since (here or in another tab), changing nothing', async () => {
    const changes = [
      () => addEntry({ kind: 'steps', day: '2026-11-20', steps: 1234 }),
      () => db.entries.update(uuid(2), { updatedAt: '2026-12-01T00:00:00.000Z' }),
      () => db.entries.delete(uuid(3)),
    ];
    for (const change of changes) {
      await resetDatabase();
      await restoreBackup(await phoneAndBackup(), 'replace');
      expect(canUndoRestore()).toBe(true);
      await change();
      const after = await snapshot();
      expect(await undoRestore()).toBe('changed-since');
      expect(await snapshot()).toEqual(after);
      expect(canUndoRestore()).toBe(false);
    }
  });

  it('is not offered after a restore that failed and changed nothing', async () => {
    const backup = await phoneAndBackup();
    await db.close();
    const result = await restoreBackup(backup, 'merge');
    await db.open();
    expect(result.ok).toBe(false);
    expect(canUndoRestore()).toBe(false);
    expect(await db.entries.get(uuid(1))).toBeDefined();
  });
});
