import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { FUTURE_DAY_MESSAGE, hasIsoTimestampForm, isIsoTimestamp, isoTimestamp, pastOrToday } from '../../src/db/schema-helpers';
import { logEntrySchema } from '../../src/db/log-entry-schema';
import { addDays } from '../../src/domain/dates';
import { latestDayAnywhere } from '../../src/domain/day-anywhere';

const NOT_A_TIMESTAMP = 'This is not a date and time.';
const NOT_REAL = 'This date and time is not a real one.';

/** The messages the schema gives for a value: none when it is accepted. */
function messages(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: Array<{ message: string }> } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error!.issues.map((issue) => issue.message);
}

describe('isoTimestamp: exactly the form the app writes, naming a moment that exists', () => {
  it.each([
    ['what toISOString writes', '2026-11-22T08:30:00.000Z'],
    ['without milliseconds', '2026-11-22T08:30:00Z'],
    ['29 February in a leap year', '2024-02-29T23:59:59.999Z'],
    ['the first moment of a day', '2026-01-01T00:00:00.000Z'],
    ['an offset of +14:00', '2026-11-22T08:30:00.000+14:00'],
    ['an offset of −12:00', '2026-11-22T08:30:00-12:00'],
    ['an offset of +05:45', '2026-11-22T08:30:00.123+05:45'],
    ['an offset of −00:00', '2026-11-22T08:30:00.000-00:00'],
  ])('accepts %s: %s', (_what, stamp) => {
    expect(messages(isoTimestamp(), stamp)).toEqual([]);
    expect(isIsoTimestamp(stamp)).toBe(true);
  });

  it.each([
    ['30 February', '2026-02-30T10:00:00.000Z'],
    ['29 February in a common year', '2023-02-29T10:00:00.000Z'],
    ['31 April', '2026-04-31T10:00:00.000Z'],
    ['month 13', '2026-13-01T10:00:00.000Z'],
    ['month 00', '2026-00-10T10:00:00.000Z'],
    ['day 00', '2026-11-00T10:00:00.000Z'],
    ['hour 24', '2026-11-22T24:00:00.000Z'],
    ['minute 60', '2026-11-22T10:60:00.000Z'],
    ['second 60', '2026-11-22T10:00:60.000Z'],
    ['an offset of 24 hours', '2026-11-22T10:00:00.000+24:00'],
    ['an offset minute of 60', '2026-11-22T10:00:00.000+05:60'],
  ])('refuses %s as not real: %s', (_what, stamp) => {
    expect(hasIsoTimestampForm(stamp)).toBe(true);
    expect(messages(isoTimestamp(), stamp)).toEqual([NOT_REAL]);
    expect(isIsoTimestamp(stamp)).toBe(false);
  });

  it.each([
    ['no Z or offset (a local time, which moment is unknown)', '2026-11-22T10:00:00.000'],
    ['no seconds', '2026-11-22T10:00Z'],
    ['a space instead of T', '2026-11-22 10:00:00.000Z'],
    ['lower-case t and z', '2026-11-22t10:00:00.000z'],
    ['four digits of milliseconds', '2026-11-22T10:00:00.0001Z'],
    ['one digit of milliseconds', '2026-11-22T10:00:00.1Z'],
    ['an offset without a colon', '2026-11-22T10:00:00.000+0100'],
    ['a day only', '2026-11-22'],
    ['a number', '1'],
    ['words Date.parse reads', 'May 5, 2026'],
    ['a six-digit year', '+002026-11-22T10:00:00.000Z'],
    ['nothing', ''],
  ])('refuses %s as not a date and time: %j', (_what, stamp) => {
    expect(messages(isoTimestamp(), stamp)).toEqual([NOT_A_TIMESTAMP]);
    expect(isIsoTimestamp(stamp)).toBe(false);
  });

  it('refuses an impossible timestamp in a record, naming no internal field in the sentence', () => {
    const entry = {
      id: crypto.randomUUID(),
      kind: 'steps',
      steps: 4000,
      day: '2026-02-27',
      createdAt: '2026-02-30T10:00:00.000Z',
      updatedAt: '2026-02-27T10:00:00.000Z',
    };
    const result = logEntrySchema.safeParse(entry);
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ['createdAt'], message: NOT_REAL })]);
  });

  it('accepts every moment toISOString can write for years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('0000-01-01T00:00:00.000Z'), max: Date.parse('9999-12-31T23:59:59.999Z') }), (ms) => {
        const stamp = new Date(ms).toISOString();
        expect(isIsoTimestamp(stamp)).toBe(true);
      }),
    );
  });

  it('agrees with the calendar: a Z timestamp is real exactly when Date reads it back unchanged', () => {
    const two = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), two(14), two(32), two(25), two(61), two(61), (y, mo, d, h, mi, s) => {
        const stamp = `${y}-${mo}-${d}T${h}:${mi}:${s}.000Z`;
        const parsed = Date.parse(stamp);
        const roundTrips = Number.isFinite(parsed) && new Date(parsed).toISOString() === stamp;
        expect(isIsoTimestamp(stamp)).toBe(roundTrips);
      }),
      { numRuns: 500 },
    );
  });
});

describe('pastOrToday: any day that has begun somewhere on Earth', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('accepts the date in UTC+14 and refuses the day after it', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-21T23:00:00.000Z')); // 22 Nov 08:00 in Tokyo, 21 Nov 15:00 in Los Angeles
    expect(latestDayAnywhere()).toBe('2026-11-22');
    expect(messages(pastOrToday(), '2026-11-22')).toEqual([]);
    expect(messages(pastOrToday(), '2026-11-23')).toEqual([FUTURE_DAY_MESSAGE]);
  });

  it('says once, and without throwing, that a day that does not exist is not a date', () => {
    expect(messages(pastOrToday(), '2026-02-30')).toEqual(['Enter a date as year-month-day.']);
    expect(messages(pastOrToday(), addDays(latestDayAnywhere(), 400).replace(/-\d{2}$/, '-32'))).toEqual(['Enter a date as year-month-day.']);
  });
});
