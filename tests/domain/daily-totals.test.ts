import { describe, expect, it } from 'vitest';
import { dailyTotals } from '../../src/domain/daily-totals';
import { aggregateByWeek, type DayValue } from '../../src/domain/weekly-aggregation';

const v = (day: string, value: number): DayValue => ({ day, value });

describe('dailyTotals', () => {
  it.each<[string, DayValue[], DayValue[]]>([
    ['several sets on one day add up', [v('2024-03-12', 10), v('2024-03-12', 8), v('2024-03-12', 5)], [v('2024-03-12', 23)]],
    ['days with nothing logged are left out, not zero', [v('2024-03-11', 10), v('2024-03-14', 6)], [v('2024-03-11', 10), v('2024-03-14', 6)]],
    ['oldest day first, whatever the order logged', [v('2024-03-14', 1), v('2024-03-11', 2), v('2024-03-14', 3)], [v('2024-03-11', 2), v('2024-03-14', 4)]],
    ['a year boundary sorts by calendar', [v('2025-01-01', 1), v('2024-12-31', 2)], [v('2024-12-31', 2), v('2025-01-01', 1)]],
    ['a logged 0 is kept: the card decides what it means', [v('2024-03-11', 0)], [v('2024-03-11', 0)]],
    ['values that are not numbers are ignored', [v('2024-03-11', Number.NaN), v('2024-03-11', 4)], [v('2024-03-11', 4)]],
    ['nothing logged gives no days', [], []],
  ])('%s', (_, points, expected) => {
    expect(dailyTotals(points)).toEqual(expected);
  });
});

describe('daily totals per Monday-to-Sunday week', () => {
  const weekly = (points: DayValue[], first: string, last: string) =>
    aggregateByWeek(dailyTotals(points), first, last).map((w) => ({ start: w.start, days: w.count, total: w.values.reduce((a, b) => a + b, 0), median: w.median }));

  it.each<[string, DayValue[], string, string, Array<{ start: string; days: number; total: number; median: number | null }>]>([
    [
      'Sunday belongs to the week before, Monday starts the next',
      [v('2024-03-17', 10), v('2024-03-17', 5), v('2024-03-18', 7)],
      '2024-03-11',
      '2024-03-18',
      [
        { start: '2024-03-11', days: 1, total: 15, median: 15 },
        { start: '2024-03-18', days: 1, total: 7, median: 7 },
      ],
    ],
    [
      'the Sunday Europe’s clocks go forward stays in its week',
      [v('2024-03-31', 12), v('2024-04-01', 3)],
      '2024-03-25',
      '2024-04-01',
      [
        { start: '2024-03-25', days: 1, total: 12, median: 12 },
        { start: '2024-04-01', days: 1, total: 3, median: 3 },
      ],
    ],
    [
      'a week with nothing logged is there, empty',
      [v('2024-03-11', 10), v('2024-03-25', 20)],
      '2024-03-11',
      '2024-03-25',
      [
        { start: '2024-03-11', days: 1, total: 10, median: 10 },
        { start: '2024-03-18', days: 0, total: 0, median: null },
        { start: '2024-03-25', days: 1, total: 20, median: 20 },
      ],
    ],
    [
      'a week running into the new year starts on its Monday in December',
      [v('2024-12-30', 4), v('2025-01-05', 6)],
      '2024-12-30',
      '2024-12-30',
      [{ start: '2024-12-30', days: 2, total: 10, median: 5 }],
    ],
  ])('%s', (_, points, first, last, expected) => {
    expect(weekly(points, first, last)).toEqual(expected);
  });

  it.each<[string, DayValue[], number]>([
    // Steps logged twice on Tuesday (4,000 + 1,500): that day counts once, as 5,500.
    ['an odd number of days: the middle day', [v('2024-03-11', 3000), v('2024-03-12', 4000), v('2024-03-12', 1500), v('2024-03-13', 9000)], 5500],
    ['an even number: halfway between the middle two', [v('2024-03-11', 3000), v('2024-03-12', 5000), v('2024-03-13', 6000), v('2024-03-14', 12000)], 5500],
    ['one long walk does not pull it up', [v('2024-03-11', 4000), v('2024-03-12', 4200), v('2024-03-13', 20000)], 4200],
  ])('median steps a day, %s', (_, points, expected) => {
    expect(weekly(points, '2024-03-11', '2024-03-11')[0]!.median).toBe(expected);
  });
});
