import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  aggregateByWeek,
  dayNumber,
  isoDayOfWeek,
  isoWeek,
  mergeWeeks,
  weekStart,
  weeksBetween,
  weekStartsBetween,
  type WeekStats,
} from '../../src/domain/weekly-aggregation';
import { toLocalDate } from '../../src/domain/dates';

const TIME_ZONES = ['UTC', 'Europe/London', 'America/New_York', 'Pacific/Auckland', 'Australia/Lord_Howe'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('weekStart and isoDayOfWeek', () => {
  it.each([
    // [day, ISO weekday, Monday of its week]
    ['2024-03-11', 1, '2024-03-11'], // a Monday is its own week start
    ['2024-03-17', 7, '2024-03-11'], // a Sunday belongs to the week before
    ['2025-01-01', 3, '2024-12-30'], // the week starts in the old year
    ['2024-12-29', 7, '2024-12-23'],
    ['2024-03-31', 7, '2024-03-25'], // Europe's clocks go forward that Sunday
    ['2024-10-27', 7, '2024-10-21'], // Europe's clocks go back
    ['2024-03-10', 7, '2024-03-04'], // US clocks go forward
    ['2024-11-03', 7, '2024-10-28'], // US clocks go back
    ['2024-02-29', 4, '2024-02-26'], // leap day
    ['2000-01-01', 6, '1999-12-27'],
  ])('%s is ISO day %i, week of %s', (day, weekday, monday) => {
    expect(isoDayOfWeek(day)).toBe(weekday);
    expect(weekStart(day)).toBe(monday);
  });

  it('rejects text that is not a date rather than guessing', () => {
    expect(() => weekStart('2024-02-30')).toThrow(RangeError);
    expect(() => weekStart('13/03/2024')).toThrow(RangeError);
  });

  it('agrees with the local calendar read at noon, in several time zones', () => {
    for (const tz of TIME_ZONES) {
      process.env.TZ = tz;
      fc.assert(
        fc.property(fc.date({ min: new Date(1990, 0, 1), max: new Date(2060, 11, 31), noInvalidDate: true }), (d) => {
          const noon = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12);
          const day = toLocalDate(noon);
          expect(isoDayOfWeek(day)).toBe(((noon.getDay() + 6) % 7) + 1);
          const monday = new Date(noon);
          monday.setDate(noon.getDate() - ((noon.getDay() + 6) % 7));
          expect(weekStart(day)).toBe(toLocalDate(monday));
        }),
        { numRuns: 200 },
      );
    }
  });
});

describe('isoWeek', () => {
  it.each([
    ['2024-12-30', 2025, 1], // Monday of week 1 of 2025
    ['2025-01-05', 2025, 1],
    ['2021-01-03', 2020, 53], // Sunday still in 2020's last week
    ['2020-12-31', 2020, 53],
    ['2026-01-01', 2026, 1], // a Thursday: week 1
    ['2027-01-01', 2026, 53], // a Friday: the old year's week 53
    ['2023-01-01', 2022, 52],
    ['2024-03-31', 2024, 13], // DST change in Europe
    ['2024-04-01', 2024, 14],
    ['2024-10-27', 2024, 43],
    ['2024-11-03', 2024, 44], // DST change in the US
  ])('%s is week %i-W%i', (day, year, week) => {
    expect(isoWeek(day)).toEqual({ year, week });
  });

  it('matches the textbook algorithm for any date', () => {
    // ISO 8601: the week with the year's first Thursday is week 1.
    const oracle = (noon: Date) => {
      const thursday = new Date(noon);
      thursday.setDate(noon.getDate() - ((noon.getDay() + 6) % 7) + 3);
      const jan4 = new Date(thursday.getFullYear(), 0, 4, 12);
      const mondayOfWeek1 = new Date(jan4);
      mondayOfWeek1.setDate(jan4.getDate() - ((jan4.getDay() + 6) % 7));
      const weeks = Math.round((thursday.getTime() - mondayOfWeek1.getTime()) / (7 * 86_400_000) - 3 / 7);
      return { year: thursday.getFullYear(), week: weeks + 1 };
    };
    fc.assert(
      fc.property(fc.date({ min: new Date(1990, 0, 1), max: new Date(2060, 11, 31), noInvalidDate: true }), (d) => {
        const noon = new Date(d.getFullYear(), d.getMonth(), d.getDate(), 12);
        expect(isoWeek(toLocalDate(noon))).toEqual(oracle(noon));
      }),
      { numRuns: 500 },
    );
  });
});

describe('weeksBetween and weekStartsBetween', () => {
  it.each([
    ['2024-03-11', '2024-03-17', 0], // same week
    ['2024-03-17', '2024-03-18', 1], // Sunday to Monday
    ['2024-03-25', '2024-04-01', 1], // across Europe's DST change
    ['2024-12-23', '2025-01-06', 2], // across the new year
    ['2025-01-06', '2024-12-23', -2],
    ['2020-12-28', '2021-01-04', 1], // 2020 had 53 ISO weeks
  ])('%s → %s is %i weeks', (from, to, weeks) => {
    expect(weeksBetween(from, to)).toBe(weeks);
  });

  it('lists every Monday, empty weeks included, across a year boundary', () => {
    expect(weekStartsBetween('2024-12-18', '2025-01-08')).toEqual(['2024-12-16', '2024-12-23', '2024-12-30', '2025-01-06']);
  });

  it('is empty when the end is before the start', () => {
    expect(weekStartsBetween('2025-01-08', '2024-12-18')).toEqual([]);
  });

  it('counts calendar days, unaffected by the clock changing', () => {
    expect(dayNumber('2024-03-31') - dayNumber('2024-03-30')).toBe(1);
    expect(dayNumber('2024-10-28') - dayNumber('2024-10-27')).toBe(1);
    expect(dayNumber('1970-01-01')).toBe(0);
  });
});

describe('aggregateByWeek', () => {
  it('gives every week in the period, with nulls where nothing was logged', () => {
    const weeks = aggregateByWeek([{ day: '2024-03-13', value: 10 }], '2024-03-04', '2024-03-24');
    expect(weeks.map((w) => [w.start, w.count, w.median])).toEqual([
      ['2024-03-04', 0, null],
      ['2024-03-11', 1, 10],
      ['2024-03-18', 0, null],
    ]);
  });

  it('with no data at all, gives empty weeks, not an error', () => {
    const weeks = aggregateByWeek([], '2024-03-04', '2024-03-17');
    expect(weeks).toHaveLength(2);
    expect(weeks.every((w) => w.count === 0 && w.min === null && w.max === null && w.median === null)).toBe(true);
  });

  it('a single entry is its week’s best, worst and median', () => {
    const [week] = aggregateByWeek([{ day: '2024-03-13', value: 12 }], '2024-03-13', '2024-03-13');
    expect(week).toMatchObject({ start: '2024-03-11', count: 1, min: 12, max: 12, median: 12, weeks: 1 });
  });

  it('puts Sunday in the week that began on Monday, and Monday in the next', () => {
    const weeks = aggregateByWeek(
      [
        { day: '2024-03-17', value: 5 },
        { day: '2024-03-18', value: 8 },
      ],
      '2024-03-11',
      '2024-03-18',
    );
    expect(weeks.map((w) => w.values)).toEqual([[5], [8]]);
  });

  it('keeps a week with a clock change whole: seven days, one week', () => {
    const days = ['2024-03-25', '2024-03-26', '2024-03-27', '2024-03-28', '2024-03-29', '2024-03-30', '2024-03-31'];
    const weeks = aggregateByWeek(days.map((day, i) => ({ day, value: i })), '2024-03-25', '2024-04-01');
    expect(weeks.map((w) => w.count)).toEqual([7, 0]);
    expect(weeks[0]).toMatchObject({ min: 0, max: 6, median: 3 });
  });

  it('keeps the days around New Year in one ISO week', () => {
    const weeks = aggregateByWeek(
      [
        { day: '2024-12-30', value: 10 },
        { day: '2025-01-01', value: 14 },
        { day: '2025-01-05', value: 12 },
        { day: '2025-01-06', value: 20 },
      ],
      '2024-12-30',
      '2025-01-06',
    );
    expect(weeks.map((w) => [w.start, w.values])).toEqual([
      ['2024-12-30', [10, 12, 14]],
      ['2025-01-06', [20]],
    ]);
    expect(weeks[0]).toMatchObject({ min: 10, max: 14, median: 12 });
  });

  it('leaves out values outside the period', () => {
    const weeks = aggregateByWeek(
      [
        { day: '2024-03-03', value: 99 },
        { day: '2024-03-05', value: 1 },
        { day: '2024-03-18', value: 99 },
      ],
      '2024-03-04',
      '2024-03-17',
    );
    expect(weeks.flatMap((w) => w.values)).toEqual([1]);
  });

  it('gives the same weeks whatever the time zone', () => {
    const points = [
      { day: '2024-03-31', value: 1 },
      { day: '2024-04-01', value: 2 },
      { day: '2024-10-27', value: 3 },
      { day: '2024-12-31', value: 4 },
    ];
    const results = TIME_ZONES.map((tz) => {
      process.env.TZ = tz;
      return aggregateByWeek(points, '2024-03-25', '2025-01-05').filter((w) => w.count > 0).map((w) => [w.start, w.values]);
    });
    for (const result of results) expect(result).toEqual(results[0]);
    expect(results[0]).toEqual([
      ['2024-03-25', [1]],
      ['2024-04-01', [2]],
      ['2024-10-21', [3]],
      ['2024-12-30', [4]],
    ]);
  });

  it('counts every value once, in the week of its day (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.integer({ min: 0, max: 400 }), value: fc.integer({ min: 0, max: 60 }) }), { maxLength: 60 }),
        (raw) => {
          const first = '2023-06-05';
          const points = raw.map(({ offset, value }) => ({ day: addDaysUtc(first, offset), value }));
          const weeks = aggregateByWeek(points, first, addDaysUtc(first, 400));
          expect(weeks.reduce((n, w) => n + w.count, 0)).toBe(points.length);
          for (const w of weeks) {
            for (const p of points.filter((p) => weekStart(p.day) === w.start)) expect(w.values).toContain(p.value);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

function addDaysUtc(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

describe('mergeWeeks (downsampling dense series)', () => {
  const week = (start: string, values: number[]): WeekStats => aggregateByWeek(values.map((value) => ({ day: start, value })), start, start)[0]!;

  it('leaves short series alone', () => {
    const weeks = aggregateByWeek([{ day: '2024-01-03', value: 1 }], '2024-01-01', '2024-03-31');
    expect(mergeWeeks(weeks, 80)).toEqual(weeks);
  });

  it('three years of weeks become fortnights, newest period whole', () => {
    const weeks = aggregateByWeek([], '2023-11-20', '2026-11-16');
    expect(weeks).toHaveLength(157);
    const merged = mergeWeeks(weeks, 80);
    expect(merged.length).toBeLessThanOrEqual(80);
    expect(merged[merged.length - 1]).toMatchObject({ start: '2026-11-09', weeks: 2 });
    expect(merged[0]).toMatchObject({ start: '2023-11-20', weeks: 1 });
    expect(merged).toHaveLength(79);
    expect(merged.reduce((n, p) => n + p.weeks, 0)).toBe(157);
  });

  it('recomputes the best and the median from the raw values', () => {
    const merged = mergeWeeks([week('2024-01-01', [8, 9]), week('2024-01-08', [10, 14, 15])], 1);
    expect(merged).toEqual([expect.objectContaining({ start: '2024-01-01', weeks: 2, min: 8, max: 15, median: 10, count: 5 })]);
  });

  it('keeps empty periods empty', () => {
    const merged = mergeWeeks([week('2024-01-01', []), week('2024-01-08', []), week('2024-01-15', [3]), week('2024-01-22', [])], 2);
    expect(merged.map((p) => p.median)).toEqual([null, 3]);
  });

  it('refuses a maximum below one', () => {
    expect(() => mergeWeeks([], 0)).toThrow(RangeError);
  });
});
