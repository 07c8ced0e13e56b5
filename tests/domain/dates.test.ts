import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, ageOnDate, isFutureLocalDate, isLocalDate, toLocalDate, todayLocal } from '../../src/domain/dates';

describe('toLocalDate', () => {
  it('keeps a 23:30 local time on its own day', () => {
    expect(toLocalDate(new Date(2024, 2, 15, 23, 30))).toBe('2024-03-15');
  });

  it('reads the local calendar, not the UTC one', () => {
    // The run's TZ may be UTC, where both agree; this Date reports a UTC day one
    // ahead of its local day, as 23:30 on 15 March does in New Zealand.
    class AheadOfUtc extends Date {
      override toISOString() { return '2024-03-16T10:30:00.000Z'; }
      override toJSON() { return this.toISOString(); }
      override getUTCDate() { return 16; }
      override getUTCMonth() { return 2; }
      override getUTCFullYear() { return 2024; }
    }
    expect(toLocalDate(new AheadOfUtc(2024, 2, 15, 23, 30))).toBe('2024-03-15');
  });

  it('keeps 00:10 local time on its own day', () => {
    expect(toLocalDate(new Date(2024, 0, 1, 0, 10))).toBe('2024-01-01');
  });

  it('zero-pads month and day', () => {
    expect(toLocalDate(new Date(2025, 8, 5, 12))).toBe('2025-09-05');
  });

  it('todayLocal reads the given clock', () => {
    expect(todayLocal(new Date(2026, 10, 22, 23, 59))).toBe('2026-11-22');
  });
});

describe('isLocalDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['2024-04-31', false],
    ['2024-4-1', false],
    ['2024-03-15T00:00:00Z', false],
    ['', false],
  ])('%j → %s', (s, expected) => {
    expect(isLocalDate(s)).toBe(expected);
  });

  it('rejects non-strings', () => {
    expect(isLocalDate(20240315)).toBe(false);
    expect(isLocalDate(null)).toBe(false);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2024-04-30', 1, '2024-05-01'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-01-01', -1, '2024-12-31'],
    ['2024-03-01', -1, '2024-02-29'],
    // DST changes: Europe 2024-03-31 and 2024-10-27, US 2024-03-10 and 2024-11-03.
    ['2024-03-30', 1, '2024-03-31'],
    ['2024-03-31', 1, '2024-04-01'],
    ['2024-10-26', 2, '2024-10-28'],
    ['2024-03-09', 2, '2024-03-11'],
    ['2024-11-03', -1, '2024-11-02'],
    ['2024-03-25', 7, '2024-04-01'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2024-05-05', 0, '2024-05-05'],
  ])('%s %+d → %s', (day, n, expected) => {
    expect(addDays(day, n)).toBe(expected);
  });

  it('matches the local calendar stepped at noon, for any date and offset', () => {
    // Noon is never skipped or repeated by a DST change, so the local Date
    // constructor is a safe independent oracle here, in whatever TZ the run uses.
    const day = fc.date({ min: new Date(1990, 0, 1), max: new Date(2060, 0, 1), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
        const start = toLocalDate(d);
        const expected = toLocalDate(new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12));
        expect(addDays(start, n)).toBe(expected);
        expect(addDays(addDays(start, n), -n)).toBe(start);
      }),
    );
  });

  it('throws on an invalid date or a fractional day count', () => {
    expect(() => addDays('2023-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2024-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('isFutureLocalDate', () => {
  const now = new Date(2024, 5, 10, 23, 30);
  it.each([
    ['2024-06-11', true],
    ['2025-01-01', true],
    ['2024-06-10', false],
    ['2024-06-09', false],
    ['2023-12-31', false],
  ])('%s relative to 2024-06-10 23:30 → %s', (day, expected) => {
    expect(isFutureLocalDate(day, now)).toBe(expected);
  });
});

describe('ageOnDate', () => {
  it.each([
    [1950, '2024-01-01', 74],
    [1950, '2024-12-31', 74],
    [1964, '2024-06-01', 60],
  ])('born %i, on %s → %i', (year, day, expected) => {
    expect(ageOnDate(year, day)).toBe(expected);
  });
});
