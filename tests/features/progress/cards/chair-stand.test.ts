import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, progressData, stand, TODAY, weeksAgo, shortDay } from '../progress-fixtures';

describe('chair stands card', () => {
  it('says in words that 3 more stands is a real change', () => {
    const data = progressData([stand(weeksAgo(4), 10), stand(weeksAgo(4, 3), 12), stand(weeksAgo(0), 14)]);
    const { cards, alerts } = buildProgress(data, '12w', TODAY);
    expect(card(cards, 'chair-stand').summary).toBe('Up 3 stands since 4 weeks ago — a real change.');
    expect(alerts).toEqual([]);
  });

  it('calls a small change what it is', () => {
    const data = progressData([stand(weeksAgo(1), 12), stand(weeksAgo(0), 13)]);
    expect(card(buildProgress(data, '4w', TODAY).cards, 'chair-stand').summary).toBe('Up 1 stand since last week — not a clear change yet.');
  });

  it('a decline of 3 stands raises the calm check banner', () => {
    const data = progressData([stand(weeksAgo(4), 14), stand(weeksAgo(0), 11)]);
    const { cards, alerts } = buildProgress(data, '12w', TODAY);
    expect(card(cards, 'chair-stand').summary).toBe('Down 3 stands since 4 weeks ago — a real change.');
    expect(alerts).toEqual(['Chair stands: down 3 stands since 4 weeks ago.']);
  });

  it('the same decline outside the chosen period does not', () => {
    const data = progressData([stand(weeksAgo(8), 14), stand(weeksAgo(3), 11), stand(weeksAgo(0), 11)]);
    expect(buildProgress(data, '4w', TODAY).alerts).toEqual([]);
    expect(buildProgress(data, '12w', TODAY).alerts).toHaveLength(1);
  });

  it('with one week of results, gives the best and asks for another week', () => {
    const data = progressData([stand(weeksAgo(0), 9), stand(weeksAgo(0, 1), 12)]);
    expect(card(buildProgress(data, '4w', TODAY).cards, 'chair-stand').summary).toBe(
      'One week of results so far: your best was 12 stands. Do the test again next week to see a trend.',
    );
  });

  it('draws best and median per week and a table of them, newest first, without empty weeks', () => {
    const data = progressData([stand(weeksAgo(2), 10), stand(weeksAgo(2, 2), 13), stand(weeksAgo(2, 4), 11), stand(weeksAgo(0), 14)]);
    const c = card(buildProgress(data, '4w', TODAY).cards, 'chair-stand');
    expect(c.chart!.rows).toEqual([
      { x: weeksAgo(3), best: null, median: null },
      { x: weeksAgo(2), best: 13, median: 11 },
      { x: weeksAgo(1), best: null, median: null },
      { x: weeksAgo(0), best: 14, median: 14 },
    ]);
    expect(c.chart!.series.map((s) => [s.label, s.dash === null ? 'solid' : 'dashed', s.marker])).toEqual([
      ['Best', 'solid', 'circle'],
      ['Median', 'dashed', 'square'],
    ]);
    expect(c.table!.columns).toEqual(['Week of', 'Best', 'Median', 'Tests']);
    expect(c.table!.rows).toEqual([
      [`${shortDay(weeksAgo(0))} (this week)`, '14', '14', '1'],
      [shortDay(weeksAgo(2)), '13', '11', '3'],
    ]);
  });

  it.each([
    ['female', [10]],
    ['male', [12]],
    ['unspecified', [10, 12]],
  ] as const)('draws the STEADI below-average line for a %s aged 72', (sex, lines) => {
    const data = progressData([stand(weeksAgo(0), 11)], { profile: { yearOfBirth: 1954, sex } });
    const c = card(buildProgress(data, '4w', TODAY).cards, 'chair-stand');
    expect(c.chart!.references.map((r) => r.y)).toEqual(lines);
    expect(c.chart!.references[0]!.label).toMatch(/below average for (women|men) aged 70–74 is under \d+ stands \(CDC STEADI\)/);
    expect(c.chart!.yDomain[0]).toBeLessThan(lines[0]!);
  });

  it('without a year of birth, says how to get the line; under 60, says there is none', () => {
    const noYear = card(buildProgress(progressData([stand(weeksAgo(0), 11)]), '4w', TODAY).cards, 'chair-stand');
    expect(noYear.chart!.references).toEqual([]);
    expect(noYear.notes).toEqual([expect.objectContaining({ link: { to: '/settings', label: 'Open Settings' } })]);
    const young = card(buildProgress(progressData([stand(weeksAgo(0), 11)], { profile: { yearOfBirth: 1980, sex: 'male' } }), '4w', TODAY).cards, 'chair-stand');
    expect(young.chart!.references).toEqual([]);
    expect(young.notes[0]!.text).toMatch(/start at age 60/);
  });
});
