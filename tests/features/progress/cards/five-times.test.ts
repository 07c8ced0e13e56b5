import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, entry, progressData, TODAY, weeksAgo } from '../progress-fixtures';

describe('five-times sit-to-stand card', () => {
  it('reads faster as better, with the 12 s and 15 s cut-off lines', () => {
    const data = progressData([
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(4), seconds: 14 }),
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(0), seconds: 11 }),
    ]);
    const c = card(buildProgress(data, '12w', TODAY).cards, 'five-times');
    expect(c.summary).toBe('3 seconds faster since 4 weeks ago — a real change.');
    expect(c.chart!.references.map((r) => [r.y, r.label])).toEqual([
      [12, '12 seconds: low physical performance (AWGS 2019)'],
      [15, '15 seconds: low muscle strength (EWGSOP2)'],
    ]);
  });

  it('a slower time by 20 % or more is a decline worth a check', () => {
    const data = progressData([
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(3), seconds: 10 }),
      entry({ kind: 'five-times-sit-to-stand', day: weeksAgo(0), seconds: 12.5 }),
    ]);
    expect(buildProgress(data, '4w', TODAY).alerts).toEqual(['Five-times sit-to-stand: 2.5 seconds slower since 3 weeks ago.']);
  });
});
