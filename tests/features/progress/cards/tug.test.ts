import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import type { MobilityTest } from '../../../../src/db/mobility-schema';
import { card, progressData, shortDay, TODAY, weeksAgo } from '../progress-fixtures';
import { tug, walk } from './mobility-fixtures';

const build = (tests: MobilityTest[]) => buildProgress(progressData([], { mobilityTests: tests }), '12w', TODAY);

describe('Timed Up and Go card', () => {
  it('is not shown before the first Timed Up and Go', () => {
    expect(build([walk(weeksAgo(0), [4])]).cards.map((c) => c.id)).not.toContain('tug');
  });

  it('charts the quickest time of each week against the 12-second falls line', () => {
    const c = card(build([tug(weeksAgo(4), 15), tug(weeksAgo(4, 1), 14), tug(weeksAgo(0), 11.5)]).cards, 'tug');
    expect(c.summary).toBe(
      `Newest, ${shortDay(weeksAgo(0))}: 11.5 seconds. That is under 12 seconds, the line for a higher risk of falling. 3 seconds quicker since 4 weeks ago — a real change.`,
    );
    expect(c.chart!.rows.filter((r) => r.best !== null).map((r) => r.best)).toEqual([14, 11.5]);
    expect(c.chart!.references).toEqual([{ y: 12, label: '12 seconds or more: at risk of falling (CDC STEADI)' }]);
    expect(c.table!.rows).toEqual([
      [`${shortDay(weeksAgo(0))} (this week)`, '11.5 s', '1'],
      [shortDay(weeksAgo(4)), '14 s', '2'],
    ]);
  });

  it.each([
    [11.99, 'under 12 seconds'],
    [12, 'at or over 12 seconds'],
  ])('%f s is %s', (seconds, words) => {
    expect(card(build([tug(weeksAgo(0), seconds)]).cards, 'tug').summary).toContain(`: ${seconds} seconds. That is ${words}, the line for a higher risk of falling.`);
  });

  it('a slowing of 20 % or more is worth a check', () => {
    expect(build([tug(weeksAgo(2), 10), tug(weeksAgo(0), 12)]).alerts).toEqual(['Timed Up and Go: 2 seconds slower since 2 weeks ago.']);
  });

  it('"could not do it" is said; the chart keeps the timed ones', () => {
    const c = card(build([tug(weeksAgo(1), 13), tug(weeksAgo(0), 'unable')]).cards, 'tug');
    expect(c.summary).toMatch(/: you could not do it\.$/);
    expect(c.chart!.rows.filter((r) => r.best !== null).map((r) => r.best)).toEqual([13]);
  });
});
