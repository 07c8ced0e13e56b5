import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, entry, progressData, TODAY, weeksAgo, shortDay } from '../progress-fixtures';

describe('protein card', () => {
  const meal = (day: string, grams: number) => entry({ kind: 'protein', day, grams, scope: 'meal' });
  const wholeDay = (day: string, grams: number) => entry({ kind: 'protein', day, grams, scope: 'day' });

  it('counts the days that reached 1.0 g per kg of the latest weight; a whole-day entry is the day’s total', () => {
    const data = progressData([
      entry({ kind: 'weight', day: weeksAgo(10), kg: 70 }),
      meal(weeksAgo(0), 25),
      meal(weeksAgo(0), 25),
      meal(weeksAgo(0), 25),
      wholeDay(weeksAgo(0, 1), 60),
      meal(weeksAgo(0, 1), 30),
    ]);
    const protein = card(buildProgress(data, '4w', TODAY).cards, 'protein');
    expect(protein.summary).toBe('This week so far: 1 of 2 logged days reached 70 g.');
    expect(protein.chart!.series[0]).toMatchObject({ key: 'days', kind: 'bar' });
    expect(protein.chart!.rows[3]).toEqual({ x: weeksAgo(0), days: 1 });
    expect(protein.table!.rows[0]).toEqual([`${shortDay(weeksAgo(0))} (this week)`, '2', '1', '68 g']);
  });

  it('with kidney disease sets no target and says to ask a doctor or dietitian', () => {
    const data = progressData([entry({ kind: 'weight', day: weeksAgo(1), kg: 70 }), meal(weeksAgo(1), 80)], { profile: { kidneyDisease: true } });
    const protein = card(buildProgress(data, '4w', TODAY).cards, 'protein');
    expect(protein.notes.map((n) => n.text)).toEqual([expect.stringMatching(/sets no protein target\. Ask your doctor or dietitian/)]);
    expect(protein.summary).toBe('Last week: about 80 g a day on the days you logged.');
    expect(protein.chart!.series.map((s) => s.key)).toEqual(['grams']);
    expect(protein.table!.columns).not.toContain('Days on target');
  });

  it('with no weight logged, says the target needs one', () => {
    const data = progressData([meal(weeksAgo(0), 80)]);
    const protein = card(buildProgress(data, '4w', TODAY).cards, 'protein');
    expect(protein.notes).toEqual([expect.objectContaining({ text: expect.stringMatching(/Log your weight/), link: { to: '/measurements', label: 'Add a measurement' } })]);
  });
});
