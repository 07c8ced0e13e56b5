import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { RegainDatabase } from '../../src/db/database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../src/db/schema-versions';
import { profileSchema } from '../../src/db/profile-schema';
import { logEntrySchema } from '../../src/db/log-entry-schema';
import { planProgressSchema, sarcFResultSchema, symptomCheckInSchema, triageRunSchema } from '../../src/db/activity-schemas';
import { mobilityTestSchema } from '../../src/db/mobility-schema';

// The pattern every schema change follows: a fixture of rows as the app stored
// them at each past version (tests/db/fixtures/schema-vN.json) is written into a
// database declared at that version only, then opened by today's code. Every
// row must still be there and still pass today's record schema.

interface Fixture {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

const fixturesDir = join(process.cwd(), 'tests/db/fixtures');
const fixtures: Fixture[] = readdirSync(fixturesDir)
  .filter((name) => /^schema-v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(join(fixturesDir, name), 'utf8')) as Fixture);

const currentSchemas: Record<string, { safeParse: (row: unknown) => { success: boolean } }> = {
  profile: profileSchema,
  entries: logEntrySchema,
  symptomCheckIns: symptomCheckInSchema,
  triageRuns: triageRunSchema,
  planProgress: planProgressSchema,
  sarcFResults: sarcFResultSchema,
  mobilityTests: mobilityTestSchema,
};

const DB_NAME = 'regain-migration-test';
afterEach(() => Dexie.delete(DB_NAME));

async function seedAtVersion(fixture: Fixture): Promise<void> {
  const old = new Dexie(DB_NAME);
  for (const past of SCHEMA_VERSIONS.filter((v) => v.version <= fixture.version)) {
    old.version(past.version).stores(past.stores);
  }
  await old.open();
  for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  old.close();
}

describe('schema migrations', () => {
  it('has a committed fixture for every schema version ever shipped', () => {
    expect(fixtures.map((f) => f.version).sort()).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'opens a database written at version %i with the current code and loses nothing',
    async (_version, fixture) => {
      await seedAtVersion(fixture);
      const current = new RegainDatabase(DB_NAME);
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      for (const [table, rows] of Object.entries(fixture.tables)) {
        const stored = await current.table(table).toArray();
        expect(stored.map((row: { id: string }) => row.id).sort()).toEqual(rows.map((row) => row.id).sort());
        for (const row of stored) expect(currentSchemas[table]!.safeParse(row).success, `${table} ${row.id}`).toBe(true);
      }
      current.close();
    },
  );

  it('folds a plan item ticked twice on one day (merged from two phones) into its latest edit, and refuses a second one after', async () => {
    const tick = (id: string, done: boolean, updatedAt: string) => ({ id, day: '2026-11-20', itemId: 'strength-lower', done, updatedAt });
    await seedAtVersion({
      version: 2,
      tables: {
        planProgress: [
          tick('1c1f4c5e-7f3a-4c39-9a53-1d7a0b4e0a01', true, '2026-11-20T08:00:00.000Z'),
          tick('1c1f4c5e-7f3a-4c39-9a53-1d7a0b4e0a02', false, '2026-11-20T09:00:00.000Z'),
          { ...tick('1c1f4c5e-7f3a-4c39-9a53-1d7a0b4e0a03', true, '2026-11-20T07:00:00.000Z'), itemId: 'walk' },
        ],
      },
    });
    const current = new RegainDatabase(DB_NAME);
    await current.open();
    const rows = await current.planProgress.orderBy('id').toArray();
    expect(rows.map((r) => [r.itemId, r.done])).toEqual([
      ['strength-lower', false],
      ['walk', true],
    ]);
    await expect(current.planProgress.add(tick('1c1f4c5e-7f3a-4c39-9a53-1d7a0b4e0a04', true, '2026-11-20T10:00:00.000Z'))).rejects.toThrow();
    current.close();
  });
});
