import { db } from '../../src/db/database';
import type { LogEntry } from '../../src/db/log-entry-schema';
import type { Profile } from '../../src/db/profile-schema';
import type { PlanProgress, SarcFResult, SymptomCheckIn, TriageRun } from '../../src/db/activity-schemas';
import type { MobilityTest } from '../../src/db/mobility-schema';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { addDays } from '../../src/domain/dates';

/** A UUID v4 whose last digits are `n`, so tests can name rows. */
export function uuid(n: number): string {
  return `6f1c2a9e-4b7d-4c1a-9e3f-${n.toString(16).padStart(12, '0')}`;
}

export interface SampleData {
  profile: Profile[];
  entries: LogEntry[];
  symptomCheckIns: SymptomCheckIn[];
  triageRuns: TriageRun[];
  planProgress: PlanProgress[];
  sarcFResults: SarcFResult[];
  mobilityTests: MobilityTest[];
}

/** Every kind of record, with notes, optional fields left out, and awkward text (quotes, commas, formulas). */
export function sampleData(lastDay = '2026-11-20'): SampleData {
  const day = (n: number) => addDays(lastDay, -n);
  const at = (n: number, hour = 9) => `${day(n)}T${String(hour).padStart(2, '0')}:15:00.000Z`;
  const stamps = (n: number) => ({ createdAt: at(n), updatedAt: at(n) });
  return {
    profile: [
      { id: 'profile', yearOfBirth: 1950, sex: 'female', heightCm: 162.5, units: 'imperial', region: 'GB', emergencyNumber: '999', kidneyDisease: false, updatedAt: at(30) },
    ],
    entries: [
      { id: uuid(1), kind: 'chair-stand-30s', day: day(20), reps: 8, usedArms: false, ...stamps(20) },
      { id: uuid(2), kind: 'chair-stand-30s', day: day(6), reps: 10, usedArms: false, note: 'felt "strong", better', ...stamps(6) },
      { id: uuid(3), kind: 'sit-to-stand-count', day: day(1), reps: 30, ...stamps(1) },
      { id: uuid(4), kind: 'five-times-sit-to-stand', day: day(13), seconds: 16.4, ...stamps(13) },
      { id: uuid(5), kind: 'five-times-sit-to-stand', day: day(2), seconds: 13.1, ...stamps(2) },
      { id: uuid(6), kind: 'circumference', site: 'calf', side: 'left', cm: 31.2, day: day(3), ...stamps(3) },
      { id: uuid(7), kind: 'circumference', site: 'calf', side: 'right', cm: 33.4, day: day(3), ...stamps(3) },
      { id: uuid(8), kind: 'weight', kg: 61.23456789, day: day(4), note: '=SUM(A1:A9)', ...stamps(4) },
      { id: uuid(9), kind: 'grip', side: 'right', kg: 17.5, day: day(5), ...stamps(5) },
      { id: uuid(10), kind: 'protein', grams: 25, scope: 'meal', day: day(0), note: 'eggs, toast\nand milk', ...stamps(0) },
      { id: uuid(11), kind: 'steps', steps: 4200, day: day(0), ...stamps(0) },
    ],
    symptomCheckIns: [{ id: uuid(101), day: day(7), at: at(7), signIds: ['tiring-quickly', 'poorer-balance'] }],
    triageRuns: [{ id: uuid(201), at: at(7, 10), level: 'soon', answers: { 'stroke-face-arm-leg': 'no', 'slow-unexplained-loss': 'yes' } }],
    planProgress: [{ id: uuid(301), day: day(1), itemId: 'strength-lower', done: true, updatedAt: at(1) }],
    sarcFResults: [
      { id: uuid(401), day: day(7), at: at(7, 11), answers: { strength: 1, walking: 0, rising: 2, stairs: 1, falls: 1 }, total: 5 },
    ],
    mobilityTests: [
      { id: uuid(501), kind: 'balance', day: day(8), at: at(8), holds: { sideBySide: 10, semiTandem: 10, tandem: 6.4, oneLeg: null }, stoppedBy: 'tapped' },
      { id: uuid(502), kind: 'walk', day: day(8), at: at(8, 10), courseMetres: 3, walkSeconds: [4.2, 3.9], timedBy: 'tapped' },
      { id: uuid(503), kind: 'tug', day: day(8), at: at(8, 11), seconds: 'unable', timedBy: 'tapped' },
      {
        id: uuid(504), kind: 'sppb', day: day(9), at: at(9), holds: { sideBySide: 10, semiTandem: 10, tandem: 10 }, courseMetres: 4,
        walkSeconds: 5.1, fiveStandsSeconds: 14.2, balanceScore: 4, walkScore: 3, chairStandsScore: 2, total: 9,
      },
    ],
  };
}

export async function seed(data: Partial<SampleData>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await db.table(table).bulkAdd(rows);
  });
}

/** Every table's rows, sorted by id: what "the database is identical" compares. */
export async function snapshot(): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    out[table.name] = (await table.toArray()).sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1));
  }
  return out;
}

/** Every table of the database, empty: what a snapshot of an empty database looks like. */
export function emptyTables(): Record<string, unknown[]> {
  return Object.fromEntries(db.tables.map((t) => [t.name, []]));
}

/** A backup file's text as the app would write it, for a given set of tables. */
export function backupText(tables: object, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({ app: 'regain', appVersion: '0.1.0', schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt: '2026-11-21T12:00:00.000Z', tables, ...overrides });
}
