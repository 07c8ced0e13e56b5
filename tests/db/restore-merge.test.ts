import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { checkBackupText } from '../../src/db/check-backup';
import { restoreBackup } from '../../src/db/restore-backup';
import { setPlanItemDone } from '../../src/db/plan-progress-repository';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { resetDatabase } from './reset-database';
import { backupText, sampleData, seed, uuid } from './backup-test-data';

beforeEach(resetDatabase);

async function restore(tables: object, mode: 'merge' | 'replace', overrides: Record<string, unknown> = {}) {
  const checked = await checkBackupText(backupText(tables, overrides));
  if (!checked.ok) throw new Error(checked.problem.message);
  const result = await restoreBackup(checked.backup, mode);
  if (!result.ok) throw new Error(result.message);
  return result.outcome;
}

describe('merging the profile, field by field', () => {
  it('a new phone with only its units set keeps them and gains the backup’s year of birth, sex and height', async () => {
    const backupProfile = sampleData().profile[0]!; // 1950, female, imperial, updated 30 days before 20 Nov
    await seed({ profile: [{ id: 'profile', sex: 'unspecified', units: 'metric', kidneyDisease: false, updatedAt: '2026-11-30T08:00:00.000Z' } as never] });
    const outcome = await restore({ profile: [backupProfile] }, 'merge');
    const merged = await db.profile.get('profile');
    expect(merged).toMatchObject({ yearOfBirth: 1950, heightCm: 162.5, region: 'GB', emergencyNumber: '999', units: 'metric' });
    expect(outcome).toMatchObject({ updated: 1, kept: 0 });
  });

  it('where both have an answer the newer profile’s wins; an identical profile is counted as kept', async () => {
    const older = { ...sampleData().profile[0]!, updatedAt: '2026-10-01T00:00:00.000Z' };
    const newer = { ...older, yearOfBirth: 1951, units: 'metric' as const, updatedAt: '2026-11-01T00:00:00.000Z' };
    await seed({ profile: [older] });
    await restore({ profile: [newer] }, 'merge');
    expect(await db.profile.get('profile')).toMatchObject({ yearOfBirth: 1951, units: 'metric', updatedAt: newer.updatedAt });

    // The phone is now the newer one: the older backup changes nothing.
    const again = await restore({ profile: [older] }, 'merge');
    expect(await db.profile.get('profile')).toMatchObject({ yearOfBirth: 1951, units: 'metric' });
    expect(again).toMatchObject({ updated: 0, kept: 1 });
  });
});

describe('plan ticks: one per day and item', () => {
  const tick = (id: number, done: boolean, updatedAt: string) => ({ id: uuid(id), day: '2026-11-20', itemId: 'strength-lower', done, updatedAt });

  it('another phone’s tick for the same day and item merges into this phone’s, newer edit winning, and can be unticked', async () => {
    await seed({ planProgress: [tick(301, false, '2026-11-20T08:00:00.000Z')] });
    const outcome = await restore({ planProgress: [tick(999, true, '2026-11-20T09:00:00.000Z')] }, 'merge');
    expect(outcome).toMatchObject({ added: 0, updated: 1 });
    const rows = await db.planProgress.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: uuid(301), done: true });

    await setPlanItemDone('2026-11-20', 'strength-lower', false, new Date('2026-11-20T10:00:00.000Z'));
    expect(await db.planProgress.toArray()).toEqual([expect.objectContaining({ done: false })]);
  });

  it('an older tick from the backup leaves the phone’s as it is', async () => {
    await seed({ planProgress: [tick(301, true, '2026-11-20T09:00:00.000Z')] });
    const outcome = await restore({ planProgress: [tick(999, false, '2026-11-20T08:00:00.000Z')] }, 'merge');
    expect(outcome).toMatchObject({ added: 0, updated: 0, kept: 1 });
    expect(await db.planProgress.toArray()).toEqual([expect.objectContaining({ id: uuid(301), done: true })]);
  });

  it('a backup holding the same tick twice restores as one, the latest edit, by merge and by replace', async () => {
    const twice = [tick(301, true, '2026-11-20T08:00:00.000Z'), tick(302, false, '2026-11-20T09:30:00.000Z')];
    // Version 2 backups are folded by the migration on the way in; a current one by the restore itself.
    for (const schemaVersion of [2, CURRENT_SCHEMA_VERSION]) {
      for (const mode of ['merge', 'replace'] as const) {
        await resetDatabase();
        await restore({ planProgress: twice }, mode, { schemaVersion });
        expect(await db.planProgress.toArray()).toEqual([expect.objectContaining({ id: uuid(302), done: false })]);
      }
    }
  });

  it('the database refuses a second row for a day and item', async () => {
    await seed({ planProgress: [tick(301, true, '2026-11-20T08:00:00.000Z')] });
    await expect(db.planProgress.add(tick(302, true, '2026-11-20T09:00:00.000Z'))).rejects.toThrow();
  });
});
