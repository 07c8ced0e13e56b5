import { beforeEach, describe, expect, it } from 'vitest';
import { addEntry } from '../../src/db/entries-repository';
import { newestOfKind } from '../../src/db/entries-reads';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

describe('recentResults', () => {
  it('gives only the asked-for test, newest day first, then newest saved first', async () => {
    await addEntry({ kind: 'chair-stand-30s', day: '2026-11-01', reps: 8, usedArms: false }, new Date(2026, 10, 1, 9));
    await addEntry({ kind: 'chair-stand-30s', day: '2026-11-20', reps: 10, usedArms: false }, new Date(2026, 10, 20, 9));
    await addEntry({ kind: 'chair-stand-30s', day: '2026-11-20', reps: 11, usedArms: false }, new Date(2026, 10, 20, 18));
    // Saved later, but for an earlier day (a result typed in afterwards).
    await addEntry({ kind: 'chair-stand-30s', day: '2026-11-10', reps: 9, usedArms: false }, new Date(2026, 10, 21, 9));
    await addEntry({ kind: 'five-times-sit-to-stand', day: '2026-11-21', seconds: 13.2 }, new Date(2026, 10, 21, 10));
    await addEntry({ kind: 'sit-to-stand-count', day: '2026-11-21', reps: 30 }, new Date(2026, 10, 21, 11));

    expect((await newestOfKind('chair-stand-30s', 10)).map((r) => r.reps)).toEqual([11, 10, 9, 8]);
    expect((await newestOfKind('chair-stand-30s', 2)).map((r) => r.reps)).toEqual([11, 10]);
    expect((await newestOfKind('five-times-sit-to-stand', 10)).map((r) => r.seconds)).toEqual([13.2]);
  });
});
