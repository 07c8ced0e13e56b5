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

    expect(await undoRestore()).toBe(true);
    expect(await snapshot()).toEqual(before);
    expect(canUndoRestore()).toBe(false);
  });

  it('is no longer offered once anything else is saved, so undoing cannot lose it', async () => {
    const backup = await phoneAndBackup();
    await restoreBackup(backup, 'replace');
    expect(canUndoRestore()).toBe(true);
    await addEntry({ kind: 'steps', day: '2026-11-20', steps: 1234 });
    expect(canUndoRestore()).toBe(false);
    expect(await undoRestore()).toBe(false);
    expect((await db.entries.toArray()).filter((e) => e.kind === 'steps' && e.steps === 1234)).toHaveLength(1);
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
