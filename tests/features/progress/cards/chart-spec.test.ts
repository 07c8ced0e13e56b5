import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { DENSE_POINTS, MAX_CHART_POINTS } from '../../../../src/features/progress/cards/chart-spec';
import { addDays } from '../../../../src/domain/dates';
import { card, progressData, stand, TODAY, weeksAgo } from '../progress-fixtures';

describe('dense series', () => {
  it('three years of weekly results are merged to at most 80 points and drawn without dots or animation', () => {
    const entries = Array.from({ length: 157 }, (_, i) => stand(addDays(weeksAgo(156), 7 * i), 10 + (i % 5)));
    const data = progressData(entries);
    const all = card(buildProgress(data, 'all', TODAY).cards, 'chair-stand').chart!;
    expect(all.rows.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
    expect(all.dense).toBe(true);
    expect(all.xFormat).toBe('month-year');
    expect(all.description).toMatch(/^Chart of chair stands in 30 seconds for each 2 weeks/);
    const recent = card(buildProgress(data, '12w', TODAY).cards, 'chair-stand').chart!;
    expect(recent.rows).toHaveLength(12);
    expect(recent.dense).toBe(false);
    // Six months of weekly points still get their markers.
    const half = card(buildProgress(data, '6m', TODAY).cards, 'chair-stand').chart!;
    expect(half.rows).toHaveLength(26);
    expect(half.dense).toBe(26 > DENSE_POINTS);
    expect(half.dense).toBe(false);
  });
});
