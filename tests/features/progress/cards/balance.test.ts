import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import type { MobilityTest } from '../../../../src/db/mobility-schema';
import { card, progressData, shortDay, TODAY, weeksAgo } from '../progress-fixtures';
import { balance } from './mobility-fixtures';

const build = (tests: MobilityTest[]) => buildProgress(progressData([], { mobilityTests: tests }), '12w', TODAY);

describe('balance card', () => {
  it('is not shown before the first balance test', () => {
    expect(build([]).cards.map((c) => c.id)).not.toContain('balance');
  });

  it.each([
    [{ sideBySide: 10, semiTandem: 10, tandem: 10, oneLeg: 10 }, 'you held all 4 stances for 10 seconds.', false],
    [{ sideBySide: 10, semiTandem: 10, tandem: 10, oneLeg: 4.2 }, 'you held 3 of the 4 stances for 10 seconds, then standing on one foot for 4.2 seconds.', false],
    [{ sideBySide: 10, semiTandem: 10, tandem: 9.99, oneLeg: null }, 'you held 2 of the 4 stances for 10 seconds, then feet heel to toe for 9.99 seconds.', true],
    [{ sideBySide: 6, semiTandem: null, tandem: null, oneLeg: null }, 'you held feet side by side for 6 seconds.', true],
  ])('%o: %s', (holds, words, risk) => {
    const c = card(build([balance(weeksAgo(0), holds)]).cards, 'balance');
    expect(c.summary).toBe(`Newest, ${shortDay(weeksAgo(0))}: ${words}`);
    expect(c.notes[0]!.text.startsWith('Not holding feet heel to toe for 10 seconds is a sign of a higher risk of falling (CDC STEADI).')).toBe(risk);
  });

  it('lists the results, newest first, without a chart', () => {
    const c = card(build([balance(weeksAgo(2), { sideBySide: 10, semiTandem: 10, tandem: 5, oneLeg: null }), balance(weeksAgo(0), { sideBySide: 10, semiTandem: 4, tandem: null, oneLeg: null })]).cards, 'balance');
    expect(c.chart).toBeNull();
    expect(c.table!.rows).toEqual([
      [shortDay(weeksAgo(0)), '1 of 4', 'Not tried'],
      [shortDay(weeksAgo(2)), '2 of 4', '5 s'],
    ]);
  });
});
