import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '../../src/domain/dates';
import { hasBegunAnywhere, LATEST_UTC_OFFSET_MINUTES, latestDayAnywhere } from '../../src/domain/day-anywhere';

const HOUR = 60 * 60 * 1000;

/** The calendar date a clock set to UTC+offset shows at this instant. */
function dateInZone(instant: number, offsetMinutes: number): string {
  return new Date(instant + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

describe('latestDayAnywhere: the date in UTC+14', () => {
  it.each([
    ['2026-11-21T09:59:59.999Z', '2026-11-21'],
    ['2026-11-21T10:00:00.000Z', '2026-11-22'],
    ['2026-12-31T10:00:00.000Z', '2027-01-01'],
    ['2028-02-28T12:00:00.000Z', '2028-02-29'],
    ['2026-11-22T08:00:00.000+14:00', '2026-11-22'],
  ])('at %s it is %s', (instant, day) => {
    expect(latestDayAnywhere(new Date(instant))).toBe(day);
  });

  it('is 14 hours ahead of UTC', () => {
    expect(LATEST_UTC_OFFSET_MINUTES).toBe(14 * 60);
  });

  it('is never earlier than the date on a clock in any zone from UTC−12 to UTC+14, and UTC+14 reaches it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1970, 0, 1), max: Date.UTC(2200, 0, 1) }),
        fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => quarters * 15),
        (instant, offset) => {
          const latest = latestDayAnywhere(new Date(instant));
          expect(dateInZone(instant, offset) <= latest).toBe(true);
          expect(dateInZone(instant, 14 * 60)).toBe(latest);
        },
      ),
    );
  });
});

describe('hasBegunAnywhere: the day rule for saved records', () => {
  it('accepts a day saved in Tokyo on 22 November on a phone in Los Angeles still on 21 November', () => {
    const savedInTokyo = new Date('2026-11-22T08:00:00.000+09:00'); // 21 Nov, 15:00 in Los Angeles
    expect(dateInZone(savedInTokyo.getTime(), -8 * 60)).toBe('2026-11-21');
    expect(hasBegunAnywhere('2026-11-22', savedInTokyo)).toBe(true);
  });

  it('refuses a day that has begun nowhere, and accepts every earlier day', () => {
    const now = new Date('2026-11-21T09:59:59.999Z'); // 23:59:59.999 on 21 Nov in UTC+14
    expect(hasBegunAnywhere('2026-11-21', now)).toBe(true);
    expect(hasBegunAnywhere('2026-11-22', now)).toBe(false);
    expect(hasBegunAnywhere('2026-11-22', new Date(now.getTime() + 1))).toBe(true);
    expect(hasBegunAnywhere('1900-01-01', now)).toBe(true);
  });

  it('a day that has begun somewhere stays begun: any later moment accepts it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        fc.integer({ min: 0, max: 5 * 365 * 24 * HOUR }),
        (written, offset, later) => {
          const day = dateInZone(written, offset);
          expect(hasBegunAnywhere(day, new Date(written))).toBe(true);
          expect(hasBegunAnywhere(day, new Date(written + later))).toBe(true);
          expect(hasBegunAnywhere(addDays(latestDayAnywhere(new Date(written)), 1), new Date(written))).toBe(false);
        },
      ),
    );
  });

  it('throws on a day that is not a real date, as isFutureLocalDate does', () => {
    expect(() => hasBegunAnywhere('2026-02-30')).toThrow(RangeError);
  });
});
