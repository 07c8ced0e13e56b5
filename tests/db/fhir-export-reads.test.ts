import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { countFhirExport, loadFhirExport } from '../../src/db/fhir-export-reads';
import type { LogEntry } from '../../src/db/log-entry-schema';
import { FHIR_GROUPS, rangeStart } from '../../src/domain/fhir-export-choices';
import { resetDatabase } from './reset-database';

// The FHIR export's reads: the days asked for, the groups asked for, and
// red-flag checks saved with an offset rather than Z still fall on the right day.

const originalTz = process.env.TZ;
beforeEach(async () => {
  process.env.TZ = 'Europe/Paris';
  await resetDatabase();
});
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

let n = 0;
const id = () => `7a2b3c4d-5e6f-4a1b-8c2d-${(++n).toString(16).padStart(12, '0')}`;
const stamp = (day: string) => `${day}T09:00:00.000Z`;
function entry(day: string, fields: Record<string, unknown>): LogEntry {
  return { id: id(), day, createdAt: stamp(day), updatedAt: stamp(day), ...fields } as LogEntry;
}

async function seed() {
  await db.entries.bulkPut([
    entry('2026-10-01', { kind: 'chair-stand-30s', reps: 9, usedArms: false }),
    entry('2026-11-20', { kind: 'chair-stand-30s', reps: 10, usedArms: false }),
    entry('2026-11-21', { kind: 'five-times-sit-to-stand', seconds: 14 }),
    entry('2026-11-21', { kind: 'weight', kg: 70 }),
    entry('2026-11-22', { kind: 'grip', side: 'left', kg: 20 }),
    entry('2026-11-22', { kind: 'circumference', site: 'calf', side: 'left', cm: 33 }),
    entry('2026-11-23', { kind: 'steps', steps: 4000 }),
    entry('2026-11-23', { kind: 'protein', grams: 20, scope: 'meal' }),
    entry('2026-11-24', { kind: 'sit-to-stand-count', reps: 30 }),
  ]);
  await db.symptomCheckIns.bulkPut([
    { id: id(), day: '2026-09-01', at: stamp('2026-09-01'), signIds: [] },
    { id: id(), day: '2026-11-25', at: stamp('2026-11-25'), signIds: ['tiring-quickly'] },
  ]);
  await db.triageRuns.bulkPut([
    // 2026-11-02 at 23:30 in Paris, written with another zone's offset: the 3rd in UTC+14 text.
    { id: id(), at: '2026-11-03T12:30:00+14:00', level: 'self-care', answers: {} },
    // 1 November in Paris: before a range that starts on 2 November.
    { id: id(), at: '2026-11-01T22:30:00.000Z', level: 'soon', answers: {} },
  ]);
  await db.sarcFResults.bulkPut([
    { id: id(), day: '2026-11-26', at: stamp('2026-11-26'), answers: { strength: 1, walking: 1, rising: 1, stairs: 1, falls: 0 }, total: 4 },
  ]);
  await db.profile.put({ id: 'profile', yearOfBirth: 1952, sex: 'female', units: 'imperial', kidneyDisease: false, updatedAt: stamp('2026-01-01') });
}

describe('counting what the export would hold', () => {
  it('counts each group in the range, through the indexes', async () => {
    await seed();
    expect(await countFhirExport(null)).toEqual({ tests: 3, measurements: 3, daily: 3, symptomChecks: 4, sarcF: 1 });
    expect(await countFhirExport('2026-11-02')).toEqual({ tests: 2, measurements: 3, daily: 3, symptomChecks: 2, sarcF: 1 });
    // 4 weeks up to 30 November start on 3 November: the check on the 2nd is left out.
    expect(rangeStart('4-weeks', '2026-11-30')).toBe('2026-11-03');
    expect(await countFhirExport('2026-11-03')).toEqual({ tests: 2, measurements: 3, daily: 3, symptomChecks: 1, sarcF: 1 });
    expect(await countFhirExport('2026-11-27')).toEqual({ tests: 0, measurements: 0, daily: 0, symptomChecks: 0, sarcF: 0 });
  });

  it('counts nothing on an empty phone', async () => {
    expect(await countFhirExport('2026-09-01')).toEqual({ tests: 0, measurements: 0, daily: 0, symptomChecks: 0, sarcF: 0 });
  });
});

describe('loading what the export writes', () => {
  it('loads only the groups chosen, with the birth year and sex', async () => {
    await seed();
    const data = await loadFhirExport('2026-11-02', new Set(['tests', 'sarcF']));
    expect(data.profile).toEqual({ yearOfBirth: 1952, sex: 'female' });
    expect(data.entries.map((e) => e.kind).sort()).toEqual(['chair-stand-30s', 'five-times-sit-to-stand']);
    expect(data.sarcFResults).toHaveLength(1);
    expect(data.checkIns).toEqual([]);
    expect(data.triageRuns).toEqual([]);
  });

  it('loads everything when everything is chosen', async () => {
    await seed();
    const data = await loadFhirExport(null, new Set(FHIR_GROUPS));
    expect(data.entries).toHaveLength(9);
    expect(data.checkIns).toHaveLength(2);
    expect(data.triageRuns.map((r) => r.level).sort()).toEqual(['self-care', 'soon']);
  });

  it('uses the default profile when none was saved', async () => {
    const data = await loadFhirExport(null, new Set(FHIR_GROUPS));
    expect(data.profile).toEqual({ yearOfBirth: undefined, sex: 'unspecified' });
  });
});
