import { describe, expect, it } from 'vitest';
import { isProgressRange, PROGRESS_RANGES, rangeQueryStart, rangeWindow } from '../../src/domain/progress-range';
import { weeksBetween } from '../../src/domain/weekly-aggregation';

describe('progress ranges', () => {
  it.each([
    // [range, today, first Monday shown]
    ['4w', '2024-03-20', '2024-02-26'], // a Wednesday: this week and the three before
    ['4w', '2024-03-18', '2024-02-26'], // a Monday
    ['4w', '2024-03-24', '2024-02-26'], // a Sunday: still the same four weeks
    ['12w', '2025-01-08', '2024-10-21'], // across New Year
    ['6m', '2024-11-03', '2024-05-06'], // 26 weeks
  ] as const)('%s on %s starts on Monday %s', (range, today, firstWeek) => {
    const window = rangeWindow(range, today, null);
    expect(window.firstWeek).toBe(firstWeek);
    expect(rangeQueryStart(range, today)).toBe(firstWeek);
    const weeks = PROGRESS_RANGES.find((r) => r.value === range)!.weeks!;
    expect(weeksBetween(window.firstWeek, window.lastWeek)).toBe(weeks - 1);
  });

  it('"Everything" starts at the week of the first entry and reads every entry', () => {
    expect(rangeWindow('all', '2026-11-22', '2023-11-25')).toEqual({ firstWeek: '2023-11-20', lastWeek: '2026-11-16' });
    expect(rangeQueryStart('all', '2026-11-22')).toBeNull();
  });

  it('"Everything" with nothing logged is just this week', () => {
    expect(rangeWindow('all', '2026-11-22', null)).toEqual({ firstWeek: '2026-11-16', lastWeek: '2026-11-16' });
  });

  it('accepts only the four ranges from an address', () => {
    expect(['4w', '12w', '6m', 'all'].every(isProgressRange)).toBe(true);
    expect(isProgressRange('1y')).toBe(false);
    expect(isProgressRange(null)).toBe(false);
  });
});
