// What the cards share: their order and their empty states. Each card's own
// tests are in ./cards, named after its module in src/features/progress/cards.
import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../src/features/progress/progress-model';
import { card, progressData, TODAY, shortDay } from './progress-fixtures';

describe('empty states', () => {
  it('with nothing logged, every card says what to log and where', () => {
    const { cards, alerts } = buildProgress(progressData([]), '12w', TODAY);
    expect(alerts).toEqual([]);
    expect(cards.map((c) => [c.id, c.chart, c.empty?.link.to])).toEqual([
      ['chair-stand', null, '/tests/chair-stand'],
      ['five-times', null, '/tests/five-times-sit-to-stand'],
      ['daily-reps', null, '/'],
      ['daily-steps', null, '/measurements'],
      ['circumference', null, '/measurements'],
      ['weight', null, '/measurements'],
      ['grip', null, '/measurements'],
      ['protein', null, '/measurements'],
      ['plan', null, '/plan'],
    ]);
    expect(card(cards, 'chair-stand').empty!.text).toMatch(/^No chair-stand results yet/);
  });

  it('when the results are older than the period, says when the last one was', () => {
    const data = progressData([], { lastDayBefore: { 'chair-stand-30s': '2026-06-01' } });
    expect(card(buildProgress(data, '4w', TODAY).cards, 'chair-stand').empty!.text).toBe(
      `Nothing in this period. Your last one was on ${shortDay('2026-06-01')}: choose a longer period to see it, or add a new one.`,
    );
  });
});
