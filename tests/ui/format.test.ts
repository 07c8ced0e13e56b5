import { afterEach, describe, expect, it } from 'vitest';
import { setFormatCountry } from '../../src/ui/format-country';
import { formatDateTime, formatDay, formatDayMonth, formatMonthYear, formatShortDay, formatTime, formatWeekday, plural } from '../../src/ui/format';
import { longDate, savedTime } from '../../src/ui/format-day';

afterEach(() => setFormatCountry(undefined));

describe('dates follow the chosen country, in English words', () => {
  it('before a country is chosen: day before month, 24-hour clock', () => {
    expect(formatDay('2026-12-02')).toBe('2 December 2026');
    expect(formatShortDay('2026-12-02')).toBe('2 Dec 2026');
    expect(formatDayMonth('2026-12-02')).toBe('2 Dec');
    expect(formatMonthYear('2026-12-02')).toBe('Dec 2026');
    expect(formatTime(new Date(2026, 11, 2, 14, 5))).toBe('14:05');
    expect(longDate('2026-12-02')).toBe('Wednesday 2 December 2026');
  });

  it('in the United States: month before day, 12-hour clock', () => {
    setFormatCountry('US');
    expect(formatDay('2026-12-02')).toBe('December 2, 2026');
    expect(formatShortDay('2026-12-02')).toBe('Dec 2, 2026');
    expect(formatTime(new Date(2026, 11, 2, 14, 5))).toMatch(/^2:05\s?PM$/);
    expect(longDate('2026-12-02')).toBe('Wednesday, December 2, 2026');
    const at = new Date(2026, 11, 2, 14, 5);
    expect(savedTime({ day: '2026-12-02', createdAt: at.toISOString() })).toMatch(/^2:05\s?PM$/);
  });

  it('a day is the calendar day itself, whatever the time zone', () => {
    // Local noon: never the day before in the Americas or the day after in the Pacific.
    expect(formatDay('2024-02-29')).toBe('29 February 2024');
    expect(formatDay('2026-01-01')).toBe('1 January 2026');
  });

  it('a moment is shown on the phone’s clock, with the day in words', () => {
    const at = new Date(2026, 10, 5, 9, 7);
    expect(formatDateTime(at.toISOString())).toBe('5 November 2026, 9:07');
  });

  it('a country code the formatter does not know falls back to British order', () => {
    setFormatCountry('ZZ');
    expect(formatDay('2026-12-02')).toMatch(/2 December 2026|December 2, 2026/);
  });
});

describe('plural', () => {
  it.each([
    [1, '1 record'],
    [0, '0 records'],
    [2500, '2,500 records'],
    [1.5, '1.5 records'],
    [-1, '-1 record'],
  ])('%s gives "%s"', (n, expected) => {
    expect(plural(n, 'record', 'records')).toBe(expected);
  });
});

describe('a day of this week', () => {
  it('gives its weekday, in the chosen country’s order', () => {
    expect(formatWeekday('2026-12-03')).toBe('Thursday 3 Dec');
    setFormatCountry('US');
    expect(formatWeekday('2026-12-03')).toBe('Thursday, Dec 3');
  });
});
