import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../src/features/progress/progress-model';
import type { ProgressCard } from '../../../src/features/progress/card-parts';
import { formatDate } from '../../../src/features/progress/progress-format';
import { STEPS_SOURCE } from '../../../src/domain/steps-target';
import { entry, progressData, TODAY, weeksAgo } from './progress-fixtures';

function card(cards: ProgressCard[], id: string): ProgressCard {
  const found = cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}; have ${cards.map((c) => c.id).join(', ')}`);
  return found;
}

const reps = (day: string, count: number) => entry({ kind: 'sit-to-stand-count', day, reps: count });
const steps = (day: string, count: number) => entry({ kind: 'steps', day, steps: count });

// TODAY is a Wednesday: this week has Monday to Wednesday so far.
const REPS = [
  reps(weeksAgo(0, 0), 10), // Monday: two sets, 20
  reps(weeksAgo(0, 0), 10),
  reps(weeksAgo(0, 1), 25), // Tuesday: 25
  reps(weeksAgo(1, 0), 10), // last week: three days of 10
  reps(weeksAgo(1, 2), 10),
  reps(weeksAgo(1, 4), 10),
  reps(weeksAgo(1, 5), 0), // a 0 saved by mistake is not a day of sit-to-stands
  reps(weeksAgo(3, 6), 12), // a Sunday: the week of its Monday
];

describe('daily sit-to-stands card', () => {
  const c = card(buildProgress(progressData(REPS), '4w', TODAY).cards, 'daily-reps');

  it('says the week’s total and the days it came from, with last week beside it', () => {
    expect(c.summary).toBe('This week so far: 45 sit-to-stands on 2 days. Last week: 30 on 3 days.');
  });

  it('draws one bar per week, its total, from 0', () => {
    expect(c.chart!.rows).toEqual([
      { x: weeksAgo(3), total: 12 },
      { x: weeksAgo(2), total: null },
      { x: weeksAgo(1), total: 30 },
      { x: weeksAgo(0), total: 45 },
    ]);
    expect(c.chart!.series.map((s) => [s.label, s.kind])).toEqual([['Total for the week', 'bar']]);
    expect(c.chart!.yDomain).toEqual([0, 60]);
    expect(c.chart!.references).toEqual([]); // the plans set sets and repeats per session, no daily target
  });

  it('describes the chart in words', () => {
    expect(c.chart!.description).toBe(
      `Bar chart of the sit-to-stands you logged, in total for each week, from the week of ${formatDate(weeksAgo(3))} to the week of ${formatDate(weeksAgo(0))}. ` +
        'Total for the week: lowest 12 sit-to-stands, highest 45 sit-to-stands, latest 45 sit-to-stands.',
    );
  });

  it('tables the weeks newest first: days, total and the most in one day', () => {
    expect(c.table!.columns).toEqual(['Week of', 'Days', 'Total', 'Most in a day']);
    expect(c.table!.rows).toEqual([
      [`${formatDate(weeksAgo(0))} (this week)`, '2', '45', '25'],
      [formatDate(weeksAgo(1)), '3', '30', '10'],
      [formatDate(weeksAgo(3)), '1', '12', '12'],
    ]);
  });

  it('with nothing this week yet, names last week alone', () => {
    const only = card(buildProgress(progressData(REPS.slice(3)), '4w', TODAY).cards, 'daily-reps');
    expect(only.summary).toBe('Last week: 30 sit-to-stands on 3 days.');
  });

  it('with nothing logged, or only zeros, asks for sit-to-stands on Today', () => {
    for (const entries of [[], [reps(weeksAgo(0), 0)]]) {
      const empty = card(buildProgress(progressData(entries), '4w', TODAY).cards, 'daily-reps');
      expect(empty.chart).toBeNull();
      expect(empty.empty).toEqual({
        text: 'No sit-to-stands logged yet. Log your sit-to-stands on Today to see them here, week by week.',
        link: { to: '/', label: 'Log sit-to-stands on Today' },
      });
    }
  });

  it('follows the period: the 4-week view leaves out older weeks', () => {
    const data = progressData([reps(weeksAgo(6), 40)], { from: weeksAgo(3), lastDayBefore: { 'sit-to-stand-count': weeksAgo(6) } });
    const fourWeeks = card(buildProgress(data, '4w', TODAY).cards, 'daily-reps');
    expect(fourWeeks.empty!.text).toMatch(/^Nothing in this period\. Your last one was on /);
    const twelveWeeks = card(buildProgress(progressData([reps(weeksAgo(6), 40)]), '12w', TODAY).cards, 'daily-reps');
    expect(twelveWeeks.summary).toBe(`Week of ${formatDate(weeksAgo(6))}: 40 sit-to-stands on 1 day.`);
  });
});

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
      `Chart of your steps on a typical day (the middle of the days you logged) for each week, from the week of ${formatDate(weeksAgo(3))} to the week of ${formatDate(weeksAgo(0))}. ` +
        'Typical day: lowest 3,000 steps, highest 5,000 steps, latest 5,000 steps. Grey dotted line: your goal, 5,500 steps a day.',
    );
    expect(c.table!.rows[0]).toEqual([`${formatDate(weeksAgo(0))} (this week)`, '3', '5,000', '6,000']);
  });

  it('with no steps in the last two weeks, shows the general advice instead of a goal', () => {
    const old = card(buildProgress(progressData([steps(weeksAgo(3, 0), 3000), steps(weeksAgo(3, 1), 3400)]), '4w', TODAY).cards, 'daily-steps');
    expect(old.summary).toBe(`Week of ${formatDate(weeksAgo(3))}: about 3,200 steps a day (2 days logged). The general advice: 6,000 to 8,000 a day.`);
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
