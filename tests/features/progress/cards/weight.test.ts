import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, entry, progressData, TODAY, weeksAgo } from '../progress-fixtures';

describe('weight card', () => {
  it('weight follows the profile’s units and states the change without judging it', () => {
    const data = progressData(
      [entry({ kind: 'weight', day: weeksAgo(8), kg: 72 }), entry({ kind: 'weight', day: weeksAgo(0), kg: 70 })],
      { profile: { units: 'imperial' } },
    );
    const weight = card(buildProgress(data, '12w', TODAY).cards, 'weight');
    expect(weight.summary).toBe('Down 4.4 lb since 8 weeks ago, to 154.3 lb.');
    expect(weight.table!.rows[0]![1]).toBe('154.3 lb');
  });
});
