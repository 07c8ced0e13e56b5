import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBackupText } from '../../src/db/check-backup';
import { restoreBackup } from '../../src/db/restore-backup';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { addDays, todayLocal } from '../../src/domain/dates';
import { resetDatabase } from './reset-database';
import { sampleData, seed, snapshot } from './backup-test-data';

// Hostile and broken backups, made by fast-check from a good one. Every one must
// be refused with a message, nothing may throw, and the phone's data must stay
// exactly as it was. Each mutation below is one that can never give a valid file.

export const FUZZ_RUNS = 1200;

type Json = Record<string, unknown>;
type Backup = { app: unknown; appVersion: unknown; schemaVersion: unknown; exportedAt: unknown; tables: Record<string, Json[]> };

const KNOWN_TABLES = ['profile', 'entries', 'symptomCheckIns', 'triageRuns', 'planProgress', 'sarcFResults', 'mobilityTests'];
/** Fields every row of a table must have (so deleting one always makes the row invalid). */
const REQUIRED: Record<string, string[]> = {
  profile: ['id', 'sex', 'units', 'kidneyDisease', 'updatedAt'],
  entries: ['id', 'kind', 'day', 'createdAt', 'updatedAt'],
  symptomCheckIns: ['id', 'day', 'at', 'signIds'],
  triageRuns: ['id', 'at', 'level', 'answers'],
  planProgress: ['id', 'day', 'itemId', 'done', 'updatedAt'],
  sarcFResults: ['id', 'day', 'at', 'answers', 'total'],
  mobilityTests: ['id', 'kind', 'day', 'at'],
};

function currentBackup(): Backup {
  return {
    app: 'regain',
    appVersion: '0.1.0',
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: '2026-11-21T12:00:00.000Z',
    tables: sampleData('2026-11-01') as unknown as Record<string, Json[]>,
  };
}
const oldBackupText = readFileSync(join(process.cwd(), 'tests/db/fixtures/backup-v1.json'), 'utf8');
const oldBackup = (): Backup => JSON.parse(oldBackupText) as Backup;

const base = fc.oneof({ weight: 4, arbitrary: fc.constant('current') }, { weight: 1, arbitrary: fc.constant('v1') }).map((which) => (which === 'current' ? currentBackup() : oldBackup()));

/** A place in the backup: a table with rows and a row in it. */
function pickRow(backup: Backup, tableSeed: number, rowSeed: number): { table: string; rows: Json[]; index: number } {
  const tables = Object.keys(backup.tables).filter((t) => backup.tables[t]!.length > 0);
  const table = tables[tableSeed % tables.length]!;
  const rows = backup.tables[table]!;
  return { table, rows, index: rowSeed % rows.length };
}

/** A JSON value of a different type from `value`. */
function otherType(value: unknown): fc.Arbitrary<unknown> {
  const options: fc.Arbitrary<unknown>[] = [];
  if (typeof value !== 'string') options.push(fc.string({ maxLength: 20 }));
  if (typeof value !== 'number') options.push(fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })));
  if (typeof value !== 'boolean') options.push(fc.boolean());
  options.push(fc.constant(null));
  if (!Array.isArray(value)) options.push(fc.array(fc.integer(), { maxLength: 3 }));
  if (typeof value !== 'object' || value === null || Array.isArray(value)) options.push(fc.dictionary(fc.constantFrom('a', 'b'), fc.integer(), { maxKeys: 2 }));
  return fc.oneof(...options);
}

const seeds = fc.tuple(fc.nat(), fc.nat(), fc.nat());
const html = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('<b>', '</p>', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '<a href="javascript:x">', '<!-- x', '<svg onload=alert(1)>', '< iframe src=x>'), fc.string({ maxLength: 10 }))
  .map(([a, tag, b]) => `${a}${tag}${b}`);
const tableName = fc.string({ minLength: 1, maxLength: 12 }).filter((name) => !KNOWN_TABLES.includes(name));

type Mutation = { label: string; text: string };
const mutate = (label: string, backup: Backup): Mutation => ({ label, text: JSON.stringify(backup) });

const mutations: fc.Arbitrary<Mutation>[] = [
  fc.string({ maxLength: 200 }).map((text) => ({ label: 'random text', text })),
  fc.jsonValue({ maxDepth: 3 }).map((value) => ({ label: 'random JSON', text: JSON.stringify(value) })),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 })
    .map((value) => ({ label: 'random object claiming to be ours', text: JSON.stringify({ ...value, app: 'regain' }) })),
  fc.tuple(base, fc.double({ min: 0.001, max: 0.999, noNaN: true })).map(([backup, at]) => {
    const text = JSON.stringify(backup);
    return { label: 'truncated', text: text.slice(0, Math.max(1, Math.floor(text.length * at))) };
  }),
  fc.tuple(base, fc.constantFrom('app', 'appVersion', 'schemaVersion', 'exportedAt', 'tables')).chain(([backup, field]) =>
    otherType(backup[field as keyof Backup]).map((value) => mutate('envelope field of the wrong type', { ...backup, [field]: value })),
  ),
  fc.tuple(base, fc.integer({ min: CURRENT_SCHEMA_VERSION + 1, max: 10_000 })).map(([backup, v]) => mutate('newer schema', { ...backup, schemaVersion: v })),
  fc.tuple(base, fc.oneof(fc.integer({ max: 0 }), fc.double({ min: 1.01, max: 1.99, noNaN: true }))).map(([backup, v]) => mutate('impossible schema version', { ...backup, schemaVersion: v })),
  fc.tuple(base, fc.string({ maxLength: 10 }).filter((s) => s !== 'regain')).map(([backup, app]) => mutate('another app', { ...backup, app })),
  fc.tuple(base, fc.integer({ min: 3, max: 5000 })).map(([backup, years]) => mutate('export time in the future', { ...backup, exportedAt: `${2026 + years}-01-01T00:00:00.000Z` })),
  fc.tuple(base, tableName).map(([backup, name]) => {
    const tables: Record<string, Json[]> = { ...backup.tables };
    Object.defineProperty(tables, name, { value: [], enumerable: true, configurable: true, writable: true });
    return mutate('unknown table', { ...backup, tables });
  }),
  fc.tuple(base, seeds).chain(([backup, [t, r, f]]) => {
    const { rows, index } = pickRow(backup, t, r);
    const fields = Object.keys(rows[index]!);
    const field = fields[f % fields.length]!;
    return otherType(rows[index]![field]).map((value) => {
      rows[index] = { ...rows[index]!, [field]: value };
      return mutate('wrong type', backup);
    });
  }),
  fc.tuple(base, seeds, fc.oneof(fc.integer({ min: -1e9, max: -1 }), fc.integer({ min: 1_000_000, max: 1e9 }))).map(([backup, [t, r, f], value]) => {
    const { rows, index } = pickRow(backup, t, r);
    const numeric = Object.keys(rows[index]!).filter((k) => typeof rows[index]![k] === 'number');
    if (numeric.length === 0) {
      rows[index] = { ...rows[index]!, id: value }; // an id must be a UUID (or 'profile'): a number never is
    } else {
      rows[index] = { ...rows[index]!, [numeric[f % numeric.length]!]: value };
    }
    return mutate('out of range', backup);
  }),
  fc.tuple(base, seeds, fc.integer({ min: 1, max: 3000 })).map(([backup, [t, r, f], days]) => {
    const { rows, index } = pickRow(backup, t, r);
    const row = rows[index]!;
    const dated = ['day', 'createdAt', 'updatedAt', 'at'].filter((k) => k in row);
    const field = dated[f % dated.length]!;
    const future = addDays(todayLocal(), days + 2);
    rows[index] = { ...row, [field]: field === 'day' ? future : `${future}T12:00:00.000Z` };
    return mutate('date in the future', backup);
  }),
  fc.tuple(base, fc.nat(), fc.string({ maxLength: 20 })).map(([backup, r, kind]) => {
    const entries = backup.tables.entries!;
    const index = r % entries.length;
    const known = ['chair-stand-30s', 'sit-to-stand-count', 'five-times-sit-to-stand', 'circumference', 'weight', 'grip', 'protein', 'steps'];
    entries[index] = { ...entries[index]!, kind: known.includes(kind) ? `${kind}-x` : kind };
    return mutate('unknown kind', backup);
  }),
  fc.tuple(base, seeds).map(([backup, [t, r]]) => {
    const { rows, index } = pickRow(backup, t, r);
    rows.push({ ...rows[index]! });
    return mutate('duplicate id', backup);
  }),
  fc.tuple(base, seeds).map(([backup, [t, r, f]]) => {
    const { table, rows, index } = pickRow(backup, t, r);
    const required = REQUIRED[table]!;
    const row = { ...rows[index]! };
    delete row[required[f % required.length]!];
    rows[index] = row;
    return mutate('missing field', backup);
  }),
  fc.tuple(base, seeds, otherType({})).map(([backup, [t, r], value]) => {
    const { rows, index } = pickRow(backup, t, r);
    rows[index] = value as Json;
    return mutate('row not a record', backup);
  }),
  fc.tuple(base, seeds, fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.nat(2)).map(([backup, [t, r], key, where]) => {
    const poison = { isAdmin: true };
    const define = (target: object) => Object.defineProperty(target, key, { value: poison, enumerable: true, configurable: true, writable: true });
    if (where === 0) define(backup);
    else if (where === 1) define(backup.tables);
    else {
      const { rows, index } = pickRow(backup, t, r);
      rows[index] = { ...rows[index]! };
      define(rows[index]!);
    }
    return mutate('forbidden key', backup);
  }),
  fc.tuple(base, fc.nat(), html, fc.constantFrom('note', 'itemId', 'signId')).map(([backup, r, text, where]) => {
    if (where === 'note') {
      const entries = backup.tables.entries!;
      const index = r % entries.length;
      entries[index] = { ...entries[index]!, note: text };
    } else if (where === 'itemId') {
      const plan = backup.tables.planProgress!;
      plan[0] = { ...plan[0]!, itemId: text };
    } else {
      const checkIns = backup.tables.symptomCheckIns!;
      checkIns[0] = { ...checkIns[0]!, signIds: [text] };
    }
    return mutate('HTML in text', backup);
  }),
];

describe('fuzz: hostile and broken backups', () => {
  beforeAll(async () => {
    await resetDatabase();
    await seed(sampleData());
  });
  afterAll(resetDatabase);

  it(`refuses ${FUZZ_RUNS} generated bad backups with a message, throws nothing and changes nothing`, async () => {
    const before = await snapshot();
    const seen = new Map<string, number>();
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(fc.oneof(...mutations), async ({ label, text }) => {
        runs += 1;
        seen.set(label, (seen.get(label) ?? 0) + 1);
        let refused: string | null = null;
        const checked = await checkBackupText(text); // never throws: a throw fails the property
        if (checked.ok) {
          await restoreBackup(checked.backup, 'replace');
        } else {
          refused = checked.problem.message;
        }
        expect(refused, `accepted a bad backup (${label}): ${text.slice(0, 300)}`).not.toBeNull();
        expect(refused!.length).toBeGreaterThan(10);
        expect(await snapshot()).toEqual(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(runs).toBe(FUZZ_RUNS);
    // Every kind of mutation was tried, more than a handful of times.
    expect(seen.size).toBe(mutations.length);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('regain-restore-check'))).toEqual([]);
  }, 120_000);
});
