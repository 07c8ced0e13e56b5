import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { entriesOfKind, latestOfKind } from '../../src/db/entries-reads';
import type { LogEntry } from '../../src/db/log-entry-schema';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

let n = 0;
function weight(day: string, kg: number, savedAt: string): LogEntry {
  n += 1;
  // Ids sort against the save order, so a read that trusted the index's tie order would pick wrongly.
  return { id: `${String(1000 - n).padStart(4, '0')}-weight`, kind: 'weight', day, kg, createdAt: savedAt, updatedAt: savedAt };
}

describe('reading entries of a kind', () => {
  it('the latest entry is on the latest day, and the one saved last that day', async () => {
    await db.entries.bulkPut([
      weight('2026-11-01', 70, '2026-11-01T08:00:00.000Z'),
      weight('2026-11-20', 71, '2026-11-20T07:00:00.000Z'),
      weight('2026-11-20', 72, '2026-11-20T19:00:00.000Z'),
      weight('2026-11-20', 69, '2026-11-20T12:00:00.000Z'),
      { id: 'steps-1', kind: 'steps', day: '2026-11-25', steps: 5000, createdAt: '2026-11-25T08:00:00.000Z', updatedAt: '2026-11-25T08:00:00.000Z' },
    ]);
    expect((await latestOfKind('weight'))?.kg).toBe(72);
    expect((await latestOfKind('weight', '2026-11-19'))?.kg).toBe(70);
    expect(await latestOfKind('weight', '2026-10-31')).toBeNull();
    expect(await latestOfKind('grip')).toBeNull();
  });

  it('reads only the kind and the days asked for, both ends included', async () => {
    await db.entries.bulkPut([
      weight('2026-11-01', 70, '2026-11-01T08:00:00.000Z'),
      weight('2026-11-02', 71, '2026-11-02T08:00:00.000Z'),
      weight('2026-11-03', 72, '2026-11-03T08:00:00.000Z'),
      { id: 'steps-1', kind: 'steps', day: '2026-11-02', steps: 5000, createdAt: '2026-11-02T08:00:00.000Z', updatedAt: '2026-11-02T08:00:00.000Z' },
    ]);
    expect((await entriesOfKind('weight', '2026-11-02', '2026-11-03').toArray()).map((e) => e.kg)).toEqual([71, 72]);
    expect((await entriesOfKind('weight', null, '2026-11-02').toArray()).map((e) => e.kg)).toEqual([70, 71]);
    expect((await entriesOfKind('weight').toArray()).map((e) => e.kg)).toEqual([70, 71, 72]);
  });
});
