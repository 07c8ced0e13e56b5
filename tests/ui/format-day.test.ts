import { describe, expect, it } from 'vitest';
import { dayHeading, longDate } from '../../src/ui/format-day';

describe('longDate', () => {
  it.each([
    ['2026-11-22', 'Sunday 22 November 2026'],
    ['2024-02-29', 'Thursday 29 February 2024'],
    ['2025-01-01', 'Wednesday 1 January 2025'],
    ['2024-03-31', 'Sunday 31 March 2024'], // Europe's clocks go forward that night
  ])('writes %s as "%s"', (day, expected) => {
    expect(longDate(day)).toBe(expected);
  });
});

describe('dayHeading', () => {
  it('says Today, Yesterday, then the long date', () => {
    expect(dayHeading('2026-11-22', '2026-11-22')).toBe('Today');
    expect(dayHeading('2026-11-21', '2026-11-22')).toBe('Yesterday');
    expect(dayHeading('2026-11-20', '2026-11-22')).toBe('Friday 20 November 2026');
  });
});
