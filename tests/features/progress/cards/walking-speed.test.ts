import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import type { MobilityTest } from '../../../../src/db/mobility-schema';
import { card, progressData, shortDay, TODAY, weeksAgo } from '../progress-fixtures';
import { sppb, tug, walk } from './mobility-fixtures';

const build = (tests: MobilityTest[], units: 'metric' | 'imperial' = 'metric') =>
  buildProgress(progressData([], { mobilityTests: tests, profile: { units } }), '12w', TODAY);

describe('walking speed card', () => {
  it('is not shown before the first walk', () => {
    expect(build([tug(weeksAgo(0), 10)]).cards.map((c) => c.id)).not.toContain('walking-speed');
  });

  it('charts the fastest walk of each week, from the walking test and the SPPB, against the 0.8 and 1.0 m/s lines', () => {
    // 4 m in 5 s = 0.8 m/s (the faster of two walks); the SPPB's 4 m in 4 s = 1 m/s.
    const c = card(build([walk(weeksAgo(3), [6, 5]), sppb(weeksAgo(0), { walk: 4 })]).cards, 'walking-speed');
    expect(c.summary).toBe(
      `Newest, ${shortDay(weeksAgo(0))}: 1 m/s. That is at or over 0.8 m/s and 1 m/s, the lines for low physical performance. 0.2 m/s faster since 3 weeks ago — a real change.`,
    );
    expect(c.chart!.rows.filter((r) => r.best !== null).map((r) => r.best)).toEqual([0.8, 1]);
    expect(c.chart!.references).toEqual([
      { y: 0.8, label: '0.8 m/s or slower: low physical performance (EWGSOP2)' },
      { y: 1, label: 'slower than 1 m/s: low physical performance (AWGS 2019)' },
    ]);
    expect(c.notes.map((n) => n.text)).toEqual(['The 1 m/s line was set for a 6-metre walk; yours is timed over 4 metres or 3, so compare with care.']);
  });

  it.each([
    [0.8, 'at or under 0.8 m/s and 1 m/s'],
    [0.9, 'at or under 1 m/s but at or over 0.8 m/s'],
    [1.0, 'at or over 0.8 m/s and 1 m/s'],
  ])('%f m/s is %s', (speed, words) => {
    const c = card(build([walk(weeksAgo(0), [4 / speed])]).cards, 'walking-speed');
    expect(c.summary).toContain(`That is ${words}, the lines for low physical performance.`);
  });

  it('a 3-metre course gives its own speed; imperial units show ft/s', () => {
    const c = card(build([walk(weeksAgo(0), [3.75], 3)], 'imperial').cards, 'walking-speed');
    expect(c.summary).toMatch(/^Newest, .*: 2\.6 ft\/s\. That is at or under 2\.6 ft\/s and 3\.3 ft\/s,/);
    expect(c.chart!.references.map((r) => r.y)).toEqual([2.62, 3.28]);
  });

  it('a slowing of 20 % or more is worth a check', () => {
    const { alerts } = build([walk(weeksAgo(3), [4]), walk(weeksAgo(0), [5])]);
    expect(alerts).toEqual(['Walking speed: 0.2 m/s slower since 3 weeks ago.']);
  });

  it('a walk the person could not do is said, without a chart when nothing was timed', () => {
    const c = card(build([walk(weeksAgo(0), 'unable')]).cards, 'walking-speed');
    expect(c.summary).toBe(`Newest, ${shortDay(weeksAgo(0))}: you could not do the walk.`);
    expect(c.chart).toBeNull();
  });
});
