import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CHAIR_STAND_CHANGE_RULE,
  detectChange,
  detectGap,
  isRealChange,
  RELATIVE_CHANGE_RULE,
  weeklyGaps,
  type WeeklyValue,
} from '../../src/domain/change-detection';

/** Weekly medians from consecutive Mondays starting 2024-03-04; null for a week with nothing logged. */
function weeks(...values: Array<number | null>): WeeklyValue[] {
  return values.map((value, i) => {
    const d = new Date(Date.UTC(2024, 2, 4 + 7 * i));
    return { start: d.toISOString().slice(0, 10), value };
  });
}

describe('detectChange: chair stands (3 stands, or 20 % over two weeks)', () => {
  it.each([
    // [description, weekly medians, direction, real]
    ['up 3 stands in a week is real', weeks(10, 13), 'better', true],
    ['down 3 stands is a real decline', weeks(13, 11, 10), 'worse', true],
    ['up 2 stands in one week is noise, even at 25 %', weeks(8, 10), 'better', false],
    ['up 2 from 8 over two weeks (25 %) is real', weeks(8, 9, 10), 'better', true],
    ['up 2 from 12 over two weeks (17 %) is not', weeks(12, 13, 14), 'better', false],
    ['exactly 20 % over two weeks counts', weeks(10, null, 12), 'better', true],
    ['just under 20 % over two weeks does not', weeks(10, null, 11.9), 'better', false],
    ['exactly 3 stands counts', weeks(9.5, 12.5), 'better', true],
    ['2.5 stands in one week does not', weeks(10, 12.5), 'better', false],
    ['the same median is no change', weeks(12, 15, 12), 'same', false],
  ] as const)('%s', (_, series, direction, real) => {
    const result = detectChange(series, 'higher', CHAIR_STAND_CHANGE_RULE);
    expect(result).toMatchObject({ status: 'compared', direction, real });
  });

  it('compares the first week with results against the latest, skipping empty weeks', () => {
    const result = detectChange(weeks(null, 9, null, 11, 12, null), 'higher', CHAIR_STAND_CHANGE_RULE);
    expect(result).toMatchObject({
      status: 'compared',
      baseline: { start: '2024-03-11', value: 9 },
      latest: { start: '2024-04-01', value: 12 },
      delta: 3,
      weeksApart: 3,
    });
  });

  it('with no results says so', () => {
    expect(detectChange([], 'higher', CHAIR_STAND_CHANGE_RULE)).toEqual({ status: 'no-data' });
    expect(detectChange(weeks(null, null), 'higher', CHAIR_STAND_CHANGE_RULE)).toEqual({ status: 'no-data' });
  });

  it('with one week of results has nothing to compare', () => {
    expect(detectChange(weeks(null, 11, null), 'higher', CHAIR_STAND_CHANGE_RULE)).toEqual({
      status: 'one-week',
      latest: { start: '2024-03-11', value: 11 },
    });
  });

  it('from a score of 0 (arms needed) only the 3-stand rule can apply', () => {
    expect(detectChange(weeks(0, null, 2), 'higher', CHAIR_STAND_CHANGE_RULE)).toMatchObject({ real: false });
    expect(detectChange(weeks(0, null, 3), 'higher', CHAIR_STAND_CHANGE_RULE)).toMatchObject({ real: true });
  });

  it('counts weeks across New Year', () => {
    const series: WeeklyValue[] = [
      { start: '2024-12-23', value: 10 },
      { start: '2024-12-30', value: null },
      { start: '2025-01-06', value: 12 },
    ];
    expect(detectChange(series, 'higher', CHAIR_STAND_CHANGE_RULE)).toMatchObject({ weeksApart: 2, real: true });
  });

  it('is not fooled by decimal noise on the threshold', () => {
    // 10.3 × 1.2 = 12.36, which binary floating point makes 12.360000000000001.
    expect(detectChange(weeks(10.3, null, 12.36), 'higher', RELATIVE_CHANGE_RULE)).toMatchObject({ real: true, delta: 2.06 });
  });

  it('a change under 3 stands and under 20 % is never real; 3 stands or more always is (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 20 }), (start, change, gap) => {
        const end = start + change;
        fc.pre(end >= 0);
        const series = weeks(start, ...Array<null>(gap - 1).fill(null), end);
        const result = detectChange(series, 'higher', CHAIR_STAND_CHANGE_RULE);
        if (result.status !== 'compared') throw new Error('expected a comparison');
        if (Math.abs(change) >= 3) expect(result.real).toBe(true);
        else if (start === 0 || Math.abs(change) < 0.2 * start || gap < 2) expect(result.real).toBe(false);
      }),
    );
  });
});

describe('detectChange: lower is better (five-times sit-to-stand seconds)', () => {
  it.each([
    ['15 s to 12 s over two weeks: faster, real', weeks(15, 14, 12), 'better', true],
    ['12 s to 15 s over two weeks: slower, real', weeks(12, 13, 15), 'worse', true],
    ['13 s to 12 s: faster, not yet real', weeks(13, 12.5, 12), 'better', false],
    ['12 s to 10 s in one week: not real (too soon)', weeks(12, 10), 'better', false],
  ] as const)('%s', (_, series, direction, real) => {
    expect(detectChange(series, 'lower', RELATIVE_CHANGE_RULE)).toMatchObject({ direction, real });
  });

  it('has no absolute threshold: a 3-second change in one week is not enough', () => {
    expect(isRealChange(15, -3, 1, RELATIVE_CHANGE_RULE)).toBe(false);
    expect(isRealChange(15, -3, 2, RELATIVE_CHANGE_RULE)).toBe(true);
  });
});

describe('detectGap (left–right difference, flagged at 2 cm)', () => {
  const pair = (start: string, left: number | null, right: number | null) => ({ start, left, right });

  it('with no week where both sides were measured, has nothing to say', () => {
    expect(detectGap([pair('2024-03-04', 34, null), pair('2024-03-11', null, 33)])).toEqual({ status: 'no-pairs' });
  });

  it('a gap that opens during the period is new', () => {
    const result = detectGap([pair('2024-03-04', 34, 33.5), pair('2024-03-11', null, null), pair('2024-03-18', 31.4, 33.5)]);
    expect(result).toMatchObject({ status: 'checked', isNew: true, latest: { gapCm: 2.1, flagged: true }, first: { flagged: false } });
  });

  it('a gap there from the first measurement is not new news', () => {
    const result = detectGap([pair('2024-03-04', 31, 33.5), pair('2024-03-11', 31.2, 33.5)]);
    expect(result).toMatchObject({ isNew: false, latest: { flagged: true } });
  });

  it('the first time both sides are measured, a gap of 2 cm is new', () => {
    expect(detectGap([pair('2024-03-04', 31, 33)])).toMatchObject({ isNew: true, latest: { gapCm: 2, flagged: true } });
  });

  it('a gap that closed is no longer flagged', () => {
    expect(detectGap([pair('2024-03-04', 31, 33.5), pair('2024-03-11', 33, 33.5)])).toMatchObject({ isNew: false, latest: { flagged: false } });
  });

  it('2.0 cm measured as 33.3 − 31.3 is flagged despite floating point', () => {
    expect(weeklyGaps([pair('2024-03-04', 33.3, 31.3)])).toEqual([{ start: '2024-03-04', gapCm: 2, flagged: true }]);
  });
});
