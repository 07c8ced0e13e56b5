import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { STEPS_SOURCE } from '../../../../src/domain/steps-target';
import { card, entry, progressData, TODAY, weeksAgo, shortDay } from '../progress-fixtures';

const steps = (day: string, count: number) => entry({ kind: 'steps', day, steps: count });

const STEPS = [
  steps(weeksAgo(0, 0), 5000),
  steps(weeksAgo(0, 1), 4000), // Tuesday logged twice: 5,000 that day
  steps(weeksAgo(0, 1), 1000),
  steps(weeksAgo(0, 2), 6000),
  steps(weeksAgo(1, 0), 4000),
  steps(weeksAgo(1, 2), 5000),
  steps(weeksAgo(1, 4), 4500),
  steps(weeksAgo(3, 0), 3000), // more than two weeks ago: not part of today's goal
];

describe('daily steps card', () => {
  const c = card(buildProgress(progressData(STEPS), '4w', TODAY).cards, 'daily-steps');

  it('says a typical day of the week, last week’s, and the goal the Plan screen shows', () => {
    // Goal: the median of the last two weeks' logged days (5,000) plus 500.
    expect(c.summary).toBe('This week so far: about 5,000 steps a day (3 days logged). Last week: about 4,500 a day. Your goal: 5,500 a day.');
    expect(c.notes).toEqual([
      { text: `Your goal starts from how much you have been walking: about 5,000 steps a day over your last 7 logged days. Source: ${STEPS_SOURCE}.` },
    ]);
  });

  it('draws the median day of each week and the goal as a line', () => {
    expect(c.chart!.rows).toEqual([
      { x: weeksAgo(3), typical: 3000 },
      { x: weeksAgo(2), typical: null },
      { x: weeksAgo(1), typical: 4500 },
      { x: weeksAgo(0), typical: 5000 },
    ]);
    expect(c.chart!.references).toEqual([{ y: 5500, label: 'your goal, 5,500 steps a day' }]);
    expect(c.chart!.yTicks.every(Number.isInteger)).toBe(true);
    expect(c.chart!.description).toBe(
      `Chart of your steps on a typical day (the middle of the days you logged) for each week, from the week of ${shortDay(weeksAgo(3))} to the week of ${shortDay(weeksAgo(0))}. ` +
        'Typical day: lowest 3,000 steps, highest 5,000 steps, latest 5,000 steps. Grey dotted line: your goal, 5,500 steps a day.',
    );
    expect(c.table!.rows[0]).toEqual([`${shortDay(weeksAgo(0))} (this week)`, '3', '5,000', '6,000']);
  });

  it('with no steps in the last two weeks, shows the general advice instead of a goal', () => {
    const old = card(buildProgress(progressData([steps(weeksAgo(3, 0), 3000), steps(weeksAgo(3, 1), 3400)]), '4w', TODAY).cards, 'daily-steps');
    expect(old.summary).toBe(`Week of ${shortDay(weeksAgo(3))}: about 3,200 steps a day (2 days logged). The general advice: 6,000 to 8,000 a day.`);
    expect(old.chart!.references.map((r) => r.y)).toEqual([6000]);
    expect(old.notes[0]!.text).toBe(`Aim for 6,000 to 8,000 steps a day if you can manage it, or any more than you do now. Source: ${STEPS_SOURCE}.`);
  });

  it('with nothing logged, says where to add steps', () => {
    const empty = card(buildProgress(progressData([]), '4w', TODAY).cards, 'daily-steps');
    expect(empty.chart).toBeNull();
    expect(empty.empty).toEqual({
      text: 'No steps logged yet. Add your steps each day as a measurement to see them here, week by week.',
      link: { to: '/measurements', label: 'Add a measurement' },
    });
  });
});
