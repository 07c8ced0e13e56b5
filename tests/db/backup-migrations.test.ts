import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { checkBackupText } from '../../src/db/check-backup';
import { describeRecord } from '../../src/db/backup-messages';
import { restoreBackup } from '../../src/db/restore-backup';
import { SCHEMA_VERSIONS } from '../../src/db/schema-versions';
import { TABLE_RECORDS } from '../../src/db/record-schemas';
import { resetDatabase } from './reset-database';
import { sampleData, seed } from './backup-test-data';

// A backup made at every schema version ever shipped (tests/db/fixtures/backup-vN.json,
// as the app wrote it then) must still restore: older ones are upgraded by the
// app's own migrations on the way in. Adding schema version N? Commit a backup
// made at version N-1's app as backup-v(N-1).json if it is not there, and one at N.

interface BackupFixture {
  schemaVersion: number;
  tables: Record<string, Array<{ id: string }>>;
}

const fixturesDir = join(process.cwd(), 'tests/db/fixtures');
const fixtures = readdirSync(fixturesDir)
  .filter((name) => /^backup-v\d+\.json$/.test(name))
  .map((name) => ({ text: readFileSync(join(fixturesDir, name), 'utf8') }))
  .map(({ text }) => ({ text, fixture: JSON.parse(text) as BackupFixture }));

beforeEach(resetDatabase);

describe('restoring backups made at past schema versions', () => {
  it('has a committed backup for every schema version ever shipped', () => {
    expect(fixtures.map((f) => f.fixture.schemaVersion).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(fixtures.map((f) => [f.fixture.schemaVersion, f] as const))(
    'restores a backup made at version %i: every row arrives and passes today’s record schema',
    async (_version, { text, fixture }) => {
      const checked = await checkBackupText(text);
      if (!checked.ok) throw new Error(checked.problem.message);
      const result = await restoreBackup(checked.backup, 'replace');
      expect(result.ok).toBe(true);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = await db.table(table).toArray();
        expect(stored.map((row: { id: string }) => row.id).sort(), table).toEqual(rows.map((row) => row.id).sort());
        for (const row of stored) expect(TABLE_RECORDS[table]!.schema.safeParse(row).success, `${table} ${row.id}`).toBe(true);
      }
    },
  );

  it.each(fixtures.map((f) => [f.fixture.schemaVersion, f] as const))(
    'merges a backup made at version %i into a phone that already has data',
    async (_version, { text, fixture }) => {
      const mine = sampleData();
      await seed(mine);
      const checked = await checkBackupText(text);
      if (!checked.ok) throw new Error(checked.problem.message);
      await restoreBackup(checked.backup, 'merge');
      const backupEntries = fixture.tables.entries?.length ?? 0;
      expect(await db.entries.count()).toBe(mine.entries.length + backupEntries);
    },
  );

  it('cleans up the scratch database it upgrades older backups in', async () => {
    const old = fixtures.find((f) => f.fixture.schemaVersion < SCHEMA_VERSIONS.at(-1)!.version);
    if (!old) return expect(SCHEMA_VERSIONS).toHaveLength(1);
    const result = await checkBackupText(old.text);
    expect(result.ok).toBe(true);
    expect((await Dexie.getDatabaseNames()).filter((name) => name.startsWith('regain-restore-check'))).toEqual([]);
  });

  it('names a bad row of an older backup by its place in the file, after the upgrade', async () => {
    const old = fixtures.find((f) => f.fixture.schemaVersion < SCHEMA_VERSIONS.at(-1)!.version);
    if (!old) return expect(SCHEMA_VERSIONS).toHaveLength(1);
    const file = JSON.parse(old.text) as { tables: { entries: Array<Record<string, unknown>> } };
    const last = file.tables.entries.length - 1;
    file.tables.entries[last] = { ...file.tables.entries[last], id: '00000000-0000-4000-8000-000000000000', day: '2026-01-99' };
    const result = await checkBackupText(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.row).toBe(last + 1);
      // In words: counted among the file's records of its kind, in the file's order.
      expect(result.problem.message).toContain(`${describeRecord('entries', file.tables.entries, last)}: its date is not a real date.`);
    }
  });
});

describe('every table has a record schema', () => {
  it('so every table of the database can be backed up and checked on restore', () => {
    expect(db.tables.map((t) => t.name).filter((name) => !Object.hasOwn(TABLE_RECORDS, name))).toEqual([]);
  });
});
