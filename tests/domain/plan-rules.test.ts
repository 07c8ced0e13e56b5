import { describe, expect, it } from 'vitest';
import { planWeek, weekdayOf } from '../../src/domain/plan-week';
import { weekStart } from '../../src/domain/weekly-aggregation';
import { suggestLevelChange, weekAdherence, type LevelSuggestion } from '../../src/domain/plan-adherence';
import { suggestStartingLevel } from '../../src/domain/starting-level';
import type { CompiledPlan } from '../../src/content/content-types';

const plan: Pick<CompiledPlan, 'sessions' | 'week'> = {
  sessions: [
    { id: 'lower-body', title: 'Lower body', focus: 'strength-lower', exercises: [] },
    { id: 'balance-core', title: 'Balance and core', focus: 'balance-core', exercises: [] },
  ],
  week: { monday: ['lower-body'], tuesday: ['balance-core'], wednesday: [], thursday: ['lower-body'], friday: [], saturday: [], sunday: [] },
};

describe('plan week', () => {
  it.each([
    ['2026-11-23', '2026-11-23', 'monday'],
    ['2026-11-29', '2026-11-23', 'sunday'],
    ['2027-01-01', '2026-12-28', 'friday'], // across a year boundary
    ['2026-03-29', '2026-03-23', 'sunday'], // the day clocks change in Europe
  ])('%s is in the week starting %s and is a %s', (day, monday, weekday) => {
    expect(weekStart(day)).toBe(monday);
    expect(weekdayOf(day)).toBe(weekday);
  });

  it('lays out sessions, daily movement and protein on each day, with rest days marked', () => {
    const week = planWeek(plan, '2026-11-23', { proteinTarget: true });
    expect(week.map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week[0]!.items.map((i) => i.id)).toEqual(['session:lower-body', 'movement', 'protein']);
    expect(week.map((d) => d.restDay)).toEqual([false, true, true, false, true, true, true]);
  });

  it('leaves out the protein item when there is no target (kidney disease)', () => {
    const week = planWeek(plan, '2026-11-23', { proteinTarget: false });
    expect(week.flatMap((d) => d.items.map((i) => i.id))).not.toContain('protein');
  });
});

describe('adherence', () => {
  const week = planWeek(plan, '2026-11-23', { proteinTarget: false });
  it('counts only days up to today', () => {
    const done = new Set(['2026-11-23:session:lower-body', '2026-11-23:movement']);
    expect(weekAdherence(week, (day, id) => done.has(`${day}:${id}`), '2026-11-24')).toEqual({ planned: 4, done: 2, ratio: 0.5 });
  });
  it('is zero, not a division by zero, before the week starts', () => {
    expect(weekAdherence(week, () => true, '2026-11-22')).toEqual({ planned: 0, done: 0, ratio: 0 });
  });
});

describe('level suggestions: suggested, never applied', () => {
  it.each([
    [1, [0.8, 0.9], { direction: 'up', level: 2 }, 'two weeks on target → next level'],
    [2, [1, 1, 0.79], null, 'the latest week short of 80 % → stay'],
    [3, [1, 1], null, 'already at the top'],
    [2, [0.4, 0.3], { direction: 'down', level: 1 }, 'two weeks under 50 % → previous level'],
    [0, [0, 0], null, 'already at the bottom'],
    [2, [0.9], null, 'one week is not enough'],
    [2, [0.4, 0.9], null, 'mixed weeks → stay'],
  ] as Array<[number, number[], LevelSuggestion, string]>)('level %i with weeks %j → %j (%s)', (level, weeks, expected) => {
    expect(suggestLevelChange(level, weeks)).toEqual(expected);
  });
});

describe('starting level from the latest chair stand', () => {
  it.each([
    [null, 70, 'female', null],
    [{ reps: 0, usedArms: true }, 70, 'female', 1],
    [{ reps: 9, usedArms: false }, 70, 'female', 1], // women 70–74 below average under 10
    [{ reps: 10, usedArms: false }, 70, 'female', 2],
    [{ reps: 11, usedArms: false }, 70, 'male', 1], // men 70–74 under 12
    [{ reps: 11, usedArms: false }, 70, 'unspecified', 1], // the higher line of the two
    [{ reps: 12, usedArms: false }, 70, 'unspecified', 2],
    [{ reps: 8, usedArms: false }, 45, 'male', 2], // no STEADI norm under 60
    [{ reps: 8, usedArms: false }, null, 'male', 2],
  ] as const)('%j at age %s (%s) → level %s', (result, age, sex, level) => {
    expect(suggestStartingLevel(result, age, sex)?.level ?? null).toBe(level);
  });
});
