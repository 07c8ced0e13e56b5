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

describe('merging the profile, answer by answer', () => {
  const newPhone = { id: 'profile', sex: 'unspecified', units: 'metric', kidneyDisease: false, updatedAt: '2026-11-30T08:00:00.000Z' } as const;

  it('a new phone’s defaults never overwrite the backup’s answers: year of birth, sex, kidney disease, height, units', async () => {
    const backupProfile = { ...sampleData().profile[0]!, kidneyDisease: true }; // 1950, female, imperial, kidney disease
    await seed({ profile: [newPhone as never] });
    const outcome = await restore({ profile: [backupProfile] }, 'merge');
    expect(await db.profile.get('profile')).toMatchObject({
      yearOfBirth: 1950,
      sex: 'female',
      kidneyDisease: true,
      heightCm: 162.5,
      units: 'imperial',
      region: 'GB',
      emergencyNumber: '999',
    });
    expect(outcome).toMatchObject({ updated: 1, kept: 0 });
  });

  it('a country and its emergency number come together from one side, never mixed', async () => {
    // The old phone: UK with 112 typed in. The new phone (newer): the US, no number of its own.
    const backupProfile = { ...sampleData().profile[0]!, region: 'GB', emergencyNumber: '112', updatedAt: '2026-10-01T00:00:00.000Z' };
    await seed({ profile: [{ ...newPhone, region: 'US' } as never] });
    await restore({ profile: [backupProfile] }, 'merge');
    const merged = await db.profile.get('profile');
    expect(merged?.region).toBe('US');
    expect(merged?.emergencyNumber).toBeUndefined();
  });

  it('where both gave an answer the newer profile’s wins; an identical profile is counted as kept', async () => {
    const older = { ...sampleData().profile[0]!, updatedAt: '2026-10-01T00:00:00.000Z' };
    const newer = { ...older, yearOfBirth: 1951, sex: 'male' as const, updatedAt: '2026-11-01T00:00:00.000Z' };
    await seed({ profile: [older] });
    await restore({ profile: [newer] }, 'merge');
    expect(await db.profile.get('profile')).toMatchObject({ yearOfBirth: 1951, sex: 'male', updatedAt: newer.updatedAt });

    // The phone is now the newer one: the older backup changes nothing.
    const again = await restore({ profile: [older] }, 'merge');
    expect(await db.profile.get('profile')).toMatchObject({ yearOfBirth: 1951, sex: 'male' });
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
