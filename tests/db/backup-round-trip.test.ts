import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import type { LogEntry } from '../../src/db/log-entry-schema';
import { exportBackup } from '../../src/db/export-backup';
import { checkBackupText } from '../../src/db/check-backup';
import { restoreBackup } from '../../src/db/restore-backup';
import { deleteEverything } from '../../src/db/delete-everything';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { resetDatabase } from './reset-database';
import { backupText, emptyTables, sampleData, seed, snapshot, uuid } from './backup-test-data';

beforeEach(resetDatabase);

async function restoreText(text: string, mode: 'merge' | 'replace') {
  const checked = await checkBackupText(text);
  if (!checked.ok) throw new Error(checked.problem.message);
  const result = await restoreBackup(checked.backup, mode);
  if (!result.ok) throw new Error(result.message);
  return result.outcome;
}

describe('backup round trip', () => {
  it('export, delete everything, restore: the database is identical', async () => {
    await seed(sampleData());
    const before = await snapshot();
    const json = await (await exportBackup()).file.text();

    await deleteEverything();
    expect(Object.values(await snapshot()).flat()).toEqual([]);

    await restoreText(json, 'replace');
    expect(await snapshot()).toEqual(before);
  });

  it('merging a backup into an empty phone gives the same database as replacing', async () => {
    await seed(sampleData());
    const before = await snapshot();
    const json = await (await exportBackup()).file.text();
    await deleteEverything();
    const outcome = await restoreText(json, 'merge');
    expect(await snapshot()).toEqual(before);
    expect(outcome).toMatchObject({ added: Object.values(before).flat().length, updated: 0, kept: 0 });
  });

  it('stamps the file with the app version from package.json, the schema version and the export time', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const now = new Date('2026-11-22T08:30:00.000Z');
    const backup = await exportBackup(now);
    const file = JSON.parse(await backup.file.text());
    expect(file).toMatchObject({ app: 'regain', appVersion: pkg.version, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: now.toISOString() });
    expect(backup.fileName).toMatch(/^regain-backup-\d{4}-\d{2}-\d{2}\.json$/);
  });

  it('covers every table of the database, including empty ones', async () => {
    const json = await (await exportBackup()).file.text();
    expect(Object.keys(JSON.parse(json).tables).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  it('restores a backup that lacks a table as an empty table (replace) or leaves it alone (merge)', async () => {
    const data = sampleData();
    await seed({ planProgress: data.planProgress });
    await restoreText(backupText({ entries: data.entries }), 'merge');
    expect(await db.planProgress.count()).toBe(1);
    await restoreText(backupText({ entries: data.entries }), 'replace');
    expect(await db.planProgress.count()).toBe(0);
    expect(await db.entries.count()).toBe(data.entries.length);
  });
});

describe('merge', () => {
  const base = sampleData().entries[0] as Extract<LogEntry, { kind: 'chair-stand-30s' }>; // 8 reps

  it('keeps the newest edit of a record on both sides, by updatedAt', async () => {
    const older = { ...base, reps: 5, updatedAt: '2026-10-01T10:00:00.000Z' };
    const newer = { ...base, reps: 9, updatedAt: '2026-10-02T10:00:00.000Z' };

    await seed({ entries: [older] });
    let outcome = await restoreText(backupText({ entries: [newer] }), 'merge');
    expect(((await db.entries.get(base.id)) as typeof base | undefined)?.reps).toBe(9);
    expect(outcome).toMatchObject({ added: 0, updated: 1, kept: 0 });

    await resetDatabase();
    await seed({ entries: [newer] });
    outcome = await restoreText(backupText({ entries: [older] }), 'merge');
    expect(((await db.entries.get(base.id)) as typeof base | undefined)?.reps).toBe(9);
    expect(outcome).toMatchObject({ added: 0, updated: 0, kept: 1 });
  });

  it('uses `at` for records without updatedAt (red-flag checks)', async () => {
    const run = sampleData().triageRuns[0]!;
    await seed({ triageRuns: [{ ...run, level: 'self-care', at: '2026-10-01T10:00:00.000Z' }] });
    await restoreText(backupText({ triageRuns: [{ ...run, level: 'urgent', at: '2026-10-03T10:00:00.000Z' }] }), 'merge');
    expect((await db.triageRuns.get(run.id))?.level).toBe('urgent');
  });

  it('keeps the phone’s copy when both edits have the same time', async () => {
    await seed({ entries: [{ ...base, reps: 5 }] });
    await restoreText(backupText({ entries: [{ ...base, reps: 9 }] }), 'merge');
    expect(((await db.entries.get(base.id)) as typeof base | undefined)?.reps).toBe(5);
  });

  it('adds records the phone does not have and deletes nothing', async () => {
    await seed({ entries: [base] });
    const other = { ...base, id: uuid(999), reps: 3 };
    const outcome = await restoreText(backupText({ entries: [other] }), 'merge');
    expect((await db.entries.toArray()).map((e) => e.id).sort()).toEqual([base.id, other.id].sort());
    expect(outcome).toMatchObject({ added: 1, kept: 0, removed: 0 });
  });
});

describe('replace', () => {
  it('leaves exactly the backup: records only on the phone are removed', async () => {
    const data = sampleData();
    await seed(data);
    const onlyOne = { entries: [data.entries[3]!] };
    const outcome = await restoreText(backupText(onlyOne), 'replace');
    expect(await snapshot()).toEqual({ ...emptyTables(), entries: onlyOne.entries });
    expect(outcome.removed).toBe(Object.values(data).flat().length - 1);
  });
});
