import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, entry, progressData, TODAY, weeksAgo, shortDay } from '../progress-fixtures';

const reps = (day: string, count: number) => entry({ kind: 'sit-to-stand-count', day, reps: count });

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
      `Bar chart of the sit-to-stands you logged, in total for each week, from the week of ${shortDay(weeksAgo(3))} to the week of ${shortDay(weeksAgo(0))}. ` +
        'Total for the week: lowest 12 sit-to-stands, highest 45 sit-to-stands, latest 45 sit-to-stands.',
    );
  });

  it('tables the weeks newest first: days, total and the most in one day', () => {
    expect(c.table!.columns).toEqual(['Week of', 'Days', 'Total', 'Most in a day']);
    expect(c.table!.rows).toEqual([
      [`${shortDay(weeksAgo(0))} (this week)`, '2', '45', '25'],
      [shortDay(weeksAgo(1)), '3', '30', '10'],
      [shortDay(weeksAgo(3)), '1', '12', '12'],
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
    expect(twelveWeeks.summary).toBe(`Week of ${shortDay(weeksAgo(6))}: 40 sit-to-stands on 1 day.`);
  });
});
