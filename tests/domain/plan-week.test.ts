import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { planWeek, weekdayOf } from '../../src/domain/plan-week';
import { weekStart } from '../../src/domain/weekly-aggregation';

const plan = {
  sessions: [{ id: 'lower-body', title: 'Lower body', focus: 'strength-lower' as const, exercises: [] }],
  week: { monday: ['lower-body'], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] },
};

describe('the plan’s week, on the calendar', () => {
  // Date.UTC reads years 0–99 as 1900–1999 (1 January 1901 was a Tuesday); the
  // proleptic calendar's 1 January of year 1 was a Monday.
  it.each([
    ['0001-01-01', '0001-01-01', 'monday'],
    ['0001-01-07', '0001-01-01', 'sunday'],
    ['0099-12-31', '0099-12-28', 'thursday'],
  ])('%s, in the first century, is in the week starting %s and is a %s', (day, monday, weekday) => {
    expect(weekStart(day)).toBe(monday);
    expect(weekdayOf(day)).toBe(weekday);
  });

  // Up to late 9999, so the week after stays a valid date.
  it('for any day, the plan’s week holds it under its own weekday, Monday first', () => {
    const days = fc.integer({ min: 0, max: 3_652_000 }).map((n) => addDays('0001-01-01', n));
    fc.assert(
      fc.property(days, (day) => {
        const week = planWeek(plan, weekStart(day), { proteinTarget: false });
        expect(week[0]!.weekday).toBe('monday');
        expect(weekdayOf(week[0]!.day)).toBe('monday');
        const found = week.find((d) => d.day === day);
        expect(found?.weekday).toBe(weekdayOf(day));
      }),
    );
  });
});
