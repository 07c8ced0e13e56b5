import { describe, expect, it } from 'vitest';
import { latestMobility, mobilityRows } from '../../../src/features/data/summary-mobility';
import { buildClinicianSummary, citeResults } from '../../../src/features/data/summary-model';
import { defaultProfile } from '../../../src/db/profile-defaults';
import { balance, sppb, tug, walk } from '../progress/cards/mobility-fixtures';

const rowsOf = (tests: Parameters<typeof latestMobility>[0], units: 'metric' | 'imperial' = 'metric') => mobilityRows(latestMobility(tests), units);

describe('clinician summary: mobility rows', () => {
  it('has no rows without results', () => {
    expect(rowsOf([])).toEqual([]);
  });

  it('takes the newest of each; the newest walk may be the SPPB’s', () => {
    const latest = latestMobility([walk('2026-11-01', [4]), sppb('2026-11-10'), walk('2026-11-10', [5], 4, 9), tug('2026-10-01', 11), tug('2026-11-02', 13)]);
    expect(latest.walk?.kind).toBe('sppb'); // 10:00 is after the walk at 9:00
    expect(latest.tug?.day).toBe('2026-11-02');
    expect(latest.balance).toBeNull();
  });

  it('words the SPPB with its parts and times, one row per line with its source', () => {
    const rows = rowsOf([sppb('2026-11-10', { walk: 6.5, five: 'unable' })]);
    expect(rows.slice(0, 2).map((r) => [r.result, r.cutoff, r.finding, r.flagged, r.source.split(':')[0]])).toEqual([
      ['6 of 12: balance 4, gait 2 (4 m in 6.5 s), chair stands 0 (unable), 10 Nov 2026', 'Low physical performance (8 points or fewer)', 'At or under the cut-off', true, 'EWGSOP2'],
      ['6 of 12: balance 4, gait 2 (4 m in 6.5 s), chair stands 0 (unable), 10 Nov 2026', 'Low physical performance (9 points or fewer)', 'At or under the cut-off', true, 'AWGS 2019'],
    ]);
    // Its walk is also the newest walking speed.
    expect(rows[2]).toMatchObject({ test: 'Usual walking speed', result: '0.62 m/s (the SPPB’s walk), 10 Nov 2026' });
  });

  it.each([
    [0.8, [true, true]],
    [0.81, [false, true]],
    [1.0, [false, false]],
  ])('walking speed %f m/s is flagged by the 0.8 and 1.0 lines: %j', (speed, flags) => {
    const rows = rowsOf([walk('2026-11-10', [4 / speed])]);
    expect(rows.map((r) => r.flagged)).toEqual(flags);
    expect(rows[0]!.result).toBe(`${speed} m/s (one walk over 4 m, timed by taps), 10 Nov 2026`);
  });

  it.each([
    [11.99, [false, false]],
    [12, [true, false]],
    [20, [true, true]],
  ])('Timed Up and Go %f s is flagged by the 12 and 20 s lines: %j', (seconds, flags) => {
    expect(rowsOf([tug('2026-11-10', seconds)]).map((r) => r.flagged)).toEqual(flags);
  });

  it('a walk or Timed Up and Go the person could not do is said, not compared', () => {
    const rows = rowsOf([walk('2026-11-10', 'unable'), tug('2026-11-10', 'unable')]);
    expect(rows.map((r) => [r.finding, r.flagged])).toEqual(Array(4).fill(['Could not do the test', null]));
    expect(rows[0]!.result).toMatch(/^Could not do the walk/);
  });

  it.each([
    [{ sideBySide: 10, semiTandem: 10, tandem: 10, oneLeg: 3 }, false, 'Tandem held for 10 s'],
    [{ sideBySide: 10, semiTandem: 10, tandem: 9.99, oneLeg: null }, true, 'Tandem not held for 10 s'],
    [{ sideBySide: 10, semiTandem: 5, tandem: null, oneLeg: null }, true, 'Tandem not held for 10 s'],
  ])('balance %j: flagged %s', (holds, flagged, finding) => {
    const [row] = rowsOf([balance('2026-11-10', holds)]);
    expect(row).toMatchObject({ test: '4-Stage Balance Test', flagged, finding });
    expect(row!.source).toBe('CDC STEADI, "Assessment: The 4-Stage Balance Test"');
  });

  it('joins the table of results, each source numbered once', () => {
    const summary = buildClinicianSummary(
      { profile: defaultProfile(), entries: [], triageRuns: [], checkIns: [], mobilityTests: [sppb('2026-11-10', { walk: 4 }), tug('2026-11-10', 21)] },
      '2026-11-22',
    );
    const { groups, sources } = citeResults(summary);
    expect(groups.map((g) => [g.test, g.rows.map((r) => r.source)])).toEqual([
      ['Short Physical Performance Battery (SPPB)', [1, 2]],
      ['Usual walking speed', [1, 2]], // the same two guidelines
      ['Timed Up and Go', [3, 1]],
    ]);
    expect(sources).toHaveLength(3);
  });
});
