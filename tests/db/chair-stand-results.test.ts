import { beforeEach, describe, expect, it } from 'vitest';
import { addEntry } from '../../src/db/entries-repository';
import { chairStandResultsBetween } from '../../src/db/entries-reads';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

describe('chairStandResultsBetween', () => {
  it('gives only 30-second chair stand results inside the days, oldest first', async () => {
    await addEntry({ kind: 'chair-stand-30s', day: '2026-03-20', reps: 10, usedArms: false });
    await addEntry({ kind: 'chair-stand-30s', day: '2026-03-01', reps: 12, usedArms: false });
    await addEntry({ kind: 'chair-stand-30s', day: '2026-02-28', reps: 14, usedArms: false }); // before
    await addEntry({ kind: 'sit-to-stand-count', day: '2026-03-10', reps: 20 }); // another kind
    await addEntry({ kind: 'chair-stand-30s', day: '2026-03-28', reps: 9, usedArms: false });
    const found = await chairStandResultsBetween('2026-03-01', '2026-03-28');
    expect(found.map((e) => [e.day, e.reps])).toEqual([
      ['2026-03-01', 12],
      ['2026-03-20', 10],
      ['2026-03-28', 9],
    ]);
  });
});
