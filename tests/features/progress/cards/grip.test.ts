import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { card, entry, progressData, TODAY, weeksAgo } from '../progress-fixtures';

describe('grip card', () => {
  it('grip shows both hands and the EWGSOP2 line in the person’s units', () => {
    const data = progressData(
      [
        entry({ kind: 'grip', side: 'left', day: weeksAgo(4), kg: 20 }),
        entry({ kind: 'grip', side: 'right', day: weeksAgo(4), kg: 22 }),
        entry({ kind: 'grip', side: 'left', day: weeksAgo(0), kg: 15 }),
        entry({ kind: 'grip', side: 'right', day: weeksAgo(0), kg: 22 }),
      ],
      { profile: { sex: 'female', units: 'imperial' } },
    );
    const { cards, alerts } = buildProgress(data, '12w', TODAY);
    const grip = card(cards, 'grip');
    expect(grip.chart!.references).toEqual([{ y: 35.27, label: 'low grip for women is under 35.3 lb (EWGSOP2)' }]);
    expect(grip.summary).toBe('Left down 11 lb, right about the same since 4 weeks ago — a real change on the left.');
    expect(alerts).toEqual(['Grip strength: left hand down 11 lb since 4 weeks ago.']);
  });
});
