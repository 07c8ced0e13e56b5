import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, progressData, tick, TODAY, weeksAgo } from '../progress-fixtures';

describe('plan card', () => {
  it('shows the share of plan items ticked off each week', () => {
    const data = progressData([], {
      planProgress: [tick(weeksAgo(0), 'movement', true), tick(weeksAgo(0, 1), 'movement', true), tick(weeksAgo(0, 1), 'session:strength-lower', false)],
    });
    const plan = card(buildProgress(data, '4w', TODAY).cards, 'plan');
    expect(plan.summary).toBe('This week so far: 2 of 3 items ticked off (67 %).');
    expect(plan.chart!.rows[3]).toEqual({ x: weeksAgo(0), share: 67 });
    expect(plan.chart!.yDomain).toEqual([0, 100]);
  });
});
