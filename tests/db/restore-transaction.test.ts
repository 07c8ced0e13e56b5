import { beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { db } from '../../src/db/database';
import { checkBackupText } from '../../src/db/check-backup';
import { restoreBackup } from '../../src/db/restore-backup';
import type { CheckedBackup } from '../../src/db/backup-format';
import { resetDatabase } from './reset-database';
import { backupText, sampleData, seed, snapshot, uuid } from './backup-test-data';

beforeEach(resetDatabase);

/** A backup that differs from the phone in every table, with many new entries. */
async function bigBackup(): Promise<CheckedBackup> {
  const data = sampleData();
  const extra = Array.from({ length: 200 }, (_, i) => ({ ...data.entries[10]!, id: uuid(5000 + i), steps: 1000 + i }));
  const checked = await checkBackupText(
    backupText({
      ...data,
      profile: [{ ...data.profile[0]!, yearOfBirth: 1960, updatedAt: '2026-11-21T00:00:00.000Z' }],
      entries: [...data.entries.map((e) => ({ ...e, updatedAt: '2026-11-21T00:00:00.000Z', note: 'from the backup' })), ...extra],
    }),
  );
  if (!checked.ok) throw new Error(checked.problem.message);
  return checked.backup;
}

describe('a restore that fails half-way leaves no partial data', () => {
  it.each(['merge', 'replace'] as const)('%s: entries half written, then the disk fails', async (mode) => {
    await seed(sampleData());
    const before = await snapshot();
    const backup = await bigBackup();

    // Write the first half for real, then fail, as a full disk would mid-way.
    // db.table() is the instance restore writes through (db.entries is a separate Table object).
    const entries = db.table('entries');
    const original = entries.bulkPut.bind(entries);
    const bulkPut = vi.spyOn(entries, 'bulkPut').mockImplementation((async (rows: readonly unknown[]) => {
      await original(rows.slice(0, Math.floor(rows.length / 2)) as never);
      throw new Error('disk failed');
    }) as never);

    const result = await restoreBackup(backup, mode);
    expect(bulkPut).toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('nothing was changed');
    bulkPut.mockRestore();
    expect(await snapshot()).toEqual(before);
  });

  it('replace: a later table failing also undoes the tables already cleared and written', async () => {
    await seed(sampleData());
    const before = await snapshot();
    const backup = await bigBackup();
    const last = db.tables.at(-1)!;
    vi.spyOn(last, 'bulkPut').mockRejectedValue(new Error('disk failed'));
    const result = await restoreBackup(backup, 'replace');
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it('says the phone is out of space when the quota is reached, and changes nothing', async () => {
    await seed(sampleData());
    const before = await snapshot();
    const backup = await bigBackup();
    vi.spyOn(db.table('entries'), 'bulkPut').mockRejectedValue(new Dexie.QuotaExceededError('full'));
    const result = await restoreBackup(backup, 'replace');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('out of storage space') });
    expect(await snapshot()).toEqual(before);
  });

  it('stays one all-or-nothing write while it gives the page a turn between records', async () => {
    await seed(sampleData());
    const before = await snapshot();
    const backup = await bigBackup();
    // A slow phone: every step of the comparison takes 50 ms, so the restore
    // pauses (waits on the database) after every record.
    let clock = performance.now();
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
    const pauses = vi.spyOn(db.profile, 'count');
    // The profile is written first; the entries, after many pauses, fail.
    vi.spyOn(db.table('entries'), 'bulkPut').mockRejectedValue(new Error('disk failed'));
    const result = await restoreBackup(backup, 'merge');
    expect(pauses.mock.calls.length).toBeGreaterThan(100);
    expect(result.ok).toBe(false);
    vi.restoreAllMocks();
    expect(await snapshot()).toEqual(before);
  });
});
