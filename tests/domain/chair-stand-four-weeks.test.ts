import { describe, expect, it } from 'vitest';
import { fourWeekWindow, summariseChairStands, type ChairStandResult } from '../../src/domain/chair-stand-four-weeks';

const result = (day: string, reps: number, at = `${day}T10:00:00.000Z`, usedArms = false): ChairStandResult => ({
  day,
  at,
  reps,
  usedArms,
});

describe('fourWeekWindow', () => {
  it('is the 28 days ending on the day, both ends included', () => {
    expect(fourWeekWindow('2026-03-28')).toEqual({ from: '2026-03-01', to: '2026-03-28' });
    expect(fourWeekWindow('2026-01-10')).toEqual({ from: '2025-12-14', to: '2026-01-10' });
  });
});

describe('summariseChairStands', () => {
  it('says there are none when the log has no results in the window', () => {
    expect(summariseChairStands([], '2026-03-28')).toEqual({ kind: 'none', count: 0, window: fourWeekWindow('2026-03-28') });
    // 29 days before, and a day after: both outside.
    const outside = [result('2026-02-28', 12), result('2026-03-29', 12)];
    expect(summariseChairStands(outside, '2026-03-28').kind).toBe('none');
  });

  it('gives the single result when there is one', () => {
    const summary = summariseChairStands([result('2026-03-01', 11)], '2026-03-28');
    expect(summary).toMatchObject({ kind: 'one', count: 1, latest: { day: '2026-03-01', reps: 11 } });
  });

  it('gives first, latest, change, lowest and highest, in date order whatever the input order', () => {
    const results = [result('2026-03-20', 10), result('2026-03-02', 12), result('2026-03-27', 9), result('2026-03-10', 13)];
    expect(summariseChairStands(results, '2026-03-28')).toMatchObject({
      kind: 'several',
      count: 4,
      first: { day: '2026-03-02', reps: 12 },
      latest: { day: '2026-03-27', reps: 9 },
      change: -3,
      lowest: 9,
      highest: 13,
    });
  });

  it('orders two results on one day by the time they were saved', () => {
    const results = [result('2026-03-27', 8, '2026-03-27T18:00:00.000Z'), result('2026-03-27', 6, '2026-03-27T08:00:00.000Z')];
    expect(summariseChairStands(results, '2026-03-28')).toMatchObject({ first: { reps: 6 }, latest: { reps: 8 }, change: 2 });
  });

  it('counts a test stopped for using the arms as 0 stands', () => {
    const results = [result('2026-03-05', 7), result('2026-03-26', 0, undefined, true)];
    expect(summariseChairStands(results, '2026-03-28')).toMatchObject({ change: -7, lowest: 0, latest: { usedArms: true } });
  });
});
