import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, progressData, shortDay, TODAY, weeksAgo } from '../progress-fixtures';
import type { MobilityTest } from '../../../../src/db/mobility-schema';
import { sppb } from './mobility-fixtures';

const cardsOf = (tests: MobilityTest[], range: '4w' | '12w' = '12w') =>
  buildProgress(progressData([], { mobilityTests: tests }), range, TODAY).cards;

describe('SPPB card', () => {
  it('is not shown before the first SPPB', () => {
    expect(cardsOf([]).map((c) => c.id)).not.toContain('sppb');
  });

  it('gives the newest score with its parts, the best of each week charted against the 8 and 9 point lines', () => {
    const c = card(cardsOf([sppb(weeksAgo(3), { walk: 7 }), sppb(weeksAgo(0), { walk: 5, five: 12 }), sppb(weeksAgo(0), { walk: 9, five: 'unable' }, 12)]), 'sppb');
    // Newest (noon) is 4 + 1 + 0 = 5; the best this week is 4 + 3 + 3 = 10.
    expect(c.summary).toBe(
      `Newest, ${shortDay(weeksAgo(0))}: 5 out of 12 (balance 4, walking 1, chair stands 0). That is at or under 8 points and 9 points, the lines for low physical performance.`,
    );
    const rows = c.chart!.rows.filter((r) => r.best !== null).map((r) => [r.x, r.best]);
    expect(rows).toEqual([
      [weeksAgo(3), 10],
      [weeksAgo(0), 10],
    ]);
    expect(c.chart!.references).toEqual([
      { y: 8, label: '8 points or fewer: low physical performance (EWGSOP2)' },
      { y: 9, label: '9 points or fewer: low physical performance (AWGS 2019)' },
    ]);
    expect(c.chart!.yDomain).toEqual([0, 12]);
    expect(c.table!.rows).toEqual([
      [`${shortDay(weeksAgo(0))} (2)`, '5 of 12', '4', '1', '0'],
      [shortDay(weeksAgo(0)), '10 of 12', '4', '3', '3'],
      [shortDay(weeksAgo(3)), '10 of 12', '4', '2', '4'],
    ]);
    expect(c.alerts).toEqual([]);
  });

  it.each([
    [8, 'at or under 8 points and 9 points'],
    [9, 'at or under 9 points but over 8 points'],
    [10, 'over 8 points and 9 points'],
  ])('a score of %i is %s', (total, words) => {
    // Balance 4 + walk 4 + chair stands (total - 8).
    const five = { 0: 'unable', 1: 30, 2: 15, 3: 12, 4: 10 }[total - 8] as number | 'unable';
    const c = card(cardsOf([sppb(weeksAgo(0), { walk: total === 8 ? 'unable' : 4, five: total === 8 ? 10 : five })]), 'sppb');
    expect(c.summary).toContain(`: ${total} out of 12`);
    expect(c.summary).toContain(`That is ${words}, the lines for low physical performance.`);
  });

  it('an SPPB older than the period says when the last one was', () => {
    const c = card(cardsOf([sppb(weeksAgo(6))], '4w'), 'sppb');
    expect(c.chart).toBeNull();
    expect(c.empty).toEqual({
      text: `Nothing in this period. Your last one was on ${shortDay(weeksAgo(6))}: choose a longer period to see it, or add a new one.`,
      link: { to: '/tests/sppb', label: 'Do the SPPB' },
    });
  });
});
