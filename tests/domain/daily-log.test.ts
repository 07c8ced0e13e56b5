import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTodayReminderDue } from '../../src/domain/backup-reminder';
import { daySets, describeDaySets } from '../../src/domain/daily-sets';
import { addDays } from '../../src/domain/dates';
import { suggestLevelChange, weeksToJudge } from '../../src/domain/plan-adherence';
import { summariseWeek } from '../../src/domain/week-summary';

const set = (reps: number, day = '2026-11-25') => ({ kind: 'sit-to-stand-count', day, reps });

describe('the day’s sit-to-stands: the sum of its sets', () => {
  it.each([
    ['nothing logged', [], { sets: 0, reps: 0 }, '0 reps in 0 sets'],
    ['one set of 1', [set(1)], { sets: 1, reps: 1 }, '1 rep in 1 set'],
    ['10, then a second set of 8 (the double-count case): 18, not 28', [set(10), set(8)], { sets: 2, reps: 18 }, '18 reps in 2 sets'],
    ['other kinds are not sets', [set(5), { kind: 'steps', day: '2026-11-25', steps: 3000 }, { kind: 'chair-stand-30s', day: '2026-11-25', reps: 12 }], { sets: 1, reps: 5 }, '5 reps in 1 set'],
  ])('%s', (_name, entries, expected, said) => {
    const result = daySets(entries);
    expect(result).toEqual(expected);
    expect(describeDaySets(result)).toBe(said);
  });

  it('the total is always the sum of the sets saved, whatever their order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 500 }), { maxLength: 30 }), (counts) => {
        const result = daySets(counts.map((reps) => set(reps)));
        expect(result.sets).toBe(counts.length);
        expect(result.reps).toBe(counts.reduce((a, b) => a + b, 0));
      }),
    );
  });
});

describe('this week on Today (Monday to Sunday)', () => {
  // 2026-11-25 is a Wednesday.
  const today = '2026-11-25';

  it('sums sets and steps per day, counts days with reps, and takes the median day of steps', () => {
    const week = summariseWeek(
      [
        set(8, '2026-11-23'),
        set(4, '2026-11-23'),
        set(10, '2026-11-25'),
        set(50, '2026-11-22'), // Sunday before: last week
        { kind: 'steps', day: '2026-11-23', steps: 2000 },
        { kind: 'steps', day: '2026-11-23', steps: 1000 },
        { kind: 'steps', day: '2026-11-24', steps: 9000 },
        { kind: 'steps', day: '2026-11-25', steps: 4000 },
      ],
      today,
    );
    expect(week.days.map((d) => d.day)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(week.days.map((d) => d.reps)).toEqual([12, 0, 10, 0, 0, 0, 0]);
    expect(week.days.map((d) => d.future)).toEqual([false, false, false, true, true, true, true]);
    expect(week).toMatchObject({ daysWithReps: 2, reps: 22, daysWithSteps: 3, typicalSteps: 4000 });
  });

  it('has no typical steps in a week without steps, and starts on the Monday when today is Sunday', () => {
    const week = summariseWeek([set(3, '2026-11-29')], '2026-11-29');
    expect(week.days[0]!.day).toBe('2026-11-23');
    expect(week.days.every((d) => !d.future)).toBe(true);
    expect(week).toMatchObject({ daysWithReps: 1, reps: 3, daysWithSteps: 0, typicalSteps: null });
  });
});

describe('plan: only weeks since the level was chosen are judged', () => {
  const monday = '2026-11-23';

  it.each([
    ['no date kept (chosen before dates were kept): both past weeks, as before', undefined, ['2026-11-09', '2026-11-16']],
    ['chosen today: no week yet', '2026-11-25', []],
    ['chosen on a Wednesday two weeks ago: only last week was whole', '2026-11-11', ['2026-11-16']],
    ['chosen on a Monday two weeks ago: both weeks', '2026-11-09', ['2026-11-09', '2026-11-16']],
    ['chosen long ago: the last two weeks', '2026-01-05', ['2026-11-09', '2026-11-16']],
  ])('%s', (_name, chosenOn, expected) => {
    expect(weeksToJudge(monday, chosenOn)).toEqual(expected);
  });

  it('a brand-new plan never opens on a suggestion, however empty the weeks before it', () => {
    const judged = weeksToJudge(monday, '2026-11-24').map(() => 0);
    for (const level of [0, 1, 2, 3]) expect(suggestLevelChange(level, judged)).toBeNull();
  });
});

describe('backup reminder on Today', () => {
  const now = new Date(2026, 10, 25, 12, 0);
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const dayAgo = (days: number) => addDays('2026-11-25', -days);

  it.each([
    ['nothing logged', null, null, null, false],
    ['first entry 10 days ago, never backed up', dayAgo(10), null, null, false],
    ['first entry 31 days ago, never backed up', dayAgo(31), null, null, true],
    ['first entry a year ago, backed up 29 days ago', dayAgo(365), ago(29), null, false],
    ['first entry a year ago, backed up 31 days ago', dayAgo(365), ago(31), null, true],
    ['due, but put off 5 days ago', dayAgo(365), ago(60), ago(5), false],
    ['put off 31 days ago and still no backup: back again', dayAgo(365), ago(90), ago(31), true],
    ['an unreadable stamp counts as none', dayAgo(40), 'not a date', null, true],
  ])('%s → %s', (_name, firstDataDay, lastBackupAt, dismissedAt, due) => {
    expect(isTodayReminderDue({ firstDataDay, lastBackupAt, dismissedAt, now })).toBe(due);
  });
});
