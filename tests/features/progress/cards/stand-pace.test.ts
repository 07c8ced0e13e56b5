import { describe, expect, it } from 'vitest';
import { buildProgress } from '../../../../src/features/progress/progress-model';
import { entry, progressData, stand, TODAY, weeksAgo } from '../progress-fixtures';

/** A 30-second test the phone counted: stands every `cycle` seconds, the last ones `slowdown` seconds longer. */
function counted(day: string, cycle: number, stands: number, slowdown = 0, riseSeconds = [1, 1, 1]) {
  const standTimes = Array.from({ length: stands }, (_, i) => 1 + i * cycle + (i >= stands - 2 ? slowdown * (i - stands + 3) : 0));
  return entry({ kind: 'chair-stand-30s', day, reps: stands, usedArms: false, countedBy: 'motion', rawCount: stands, standTimes, riseSeconds });
}

describe('the stand pace card (phone-counted tests)', () => {
  it('is left out when no test was counted by the phone', () => {
    const data = progressData([stand(weeksAgo(1), 11), stand(weeksAgo(0), 12)]);
    expect(buildProgress(data, '12w', TODAY).cards.find((c) => c.id === 'stand-pace')).toBeUndefined();
  });

  it('charts the seconds a stand week by week and says how the newest test went, in plain words', () => {
    const data = progressData([counted(weeksAgo(2), 3, 9), counted(weeksAgo(0, 1), 2.5, 11, 1, [1, 1.1, 0.9, 1])]);
    const card = buildProgress(data, '12w', TODAY).cards.find((c) => c.id === 'stand-pace')!;
    const points = card.chart!.rows.map((r) => r.pace).filter((v) => v !== null);
    // 27 s from the first stand to the 11th: 2.7 s a stand.
    expect(points).toEqual([3, expect.closeTo(2.7, 5)]);
    expect(card.chart!.references).toEqual([]);
    expect(card.summary).toMatch(/^Your newest test \(.+\): 2\.\d seconds a stand, your last stands were slower than your first and your rises were steady\.$/);
    expect(card.summary).not.toMatch(/EWGSOP|STEADI|AWGS/);
  });

  it('does not judge slowing from too few stands, and says why', () => {
    const data = progressData([counted(weeksAgo(0), 4, 4)]);
    const card = buildProgress(data, '12w', TODAY).cards.find((c) => c.id === 'stand-pace')!;
    expect(card.summary).toMatch(/: 4\.0 seconds a stand and your rises were steady\.$/);
    expect(card.notes.map((n) => n.text)).toEqual(['Whether you slow down shows from 6 stands in one test; the newest had 4 stands.']);
  });
});

describe('the slowing-down and even-rises card (phone-counted tests)', () => {
  const cardOf = (data: ReturnType<typeof progressData>) => buildProgress(data, '12w', TODAY).cards.find((c) => c.id === 'stand-steadiness');

  it('is left out when no test was counted by the phone', () => {
    expect(cardOf(progressData([stand(weeksAgo(1), 11), stand(weeksAgo(0), 12)]))).toBeUndefined();
  });

  it('charts, week by week in percent, how much slower the last stands were and how much the rises varied', () => {
    // Two weeks ago: an even pace and even rises. This week: the last two stands 1 and 2 s late (the last
    // third of the cycles 27 % slower than the first third), rises of 1, 1.1, 0.9 and 1 s (8 % spread).
    const card = cardOf(progressData([counted(weeksAgo(2), 3, 9), counted(weeksAgo(0, 1), 2.5, 11, 1, [1, 1.1, 0.9, 1])]))!;
    const drawn = card.chart!.rows.filter((r) => r.slowing !== null || r.varying !== null);
    expect(drawn.map((r) => [r.slowing, r.varying])).toEqual([
      [0, 0],
      [expect.closeTo(26.67, 1), expect.closeTo(8.16, 1)],
    ]);
    expect(card.chart!.references).toEqual([]);
    expect(card.summary).toBe('In your latest week, your last stands were 27 % slower than your first, and your rise times varied by 8 %.');
    expect(card.table!.rows).toEqual([
      [expect.any(String), '27 % slower', '8 %', '1'],
      [expect.any(String), 'the same', '0 %', '1'],
    ]);
    expect(`${card.title} ${card.hint} ${card.summary}`).not.toMatch(/EWGSOP|STEADI|AWGS|norm says/);
  });

  it('says "quicker" when the last stands were quicker, and "as quick" when the pace held, in words not a minus sign', () => {
    const quicker = cardOf(progressData([counted(weeksAgo(0), 3, 9, -0.5)]))!;
    expect(quicker.summary).toBe('In your latest week, your last stands were 17 % quicker than your first, and your rise times did not vary.');
    expect(quicker.table!.rows).toEqual([[expect.any(String), '17 % quicker', '0 %', '1']]);
    const even = cardOf(progressData([counted(weeksAgo(0), 3, 9, 0, [1, 1.1, 0.9])]))!;
    expect(even.summary).toBe('In your latest week, your last stands were as quick as your first, and your rise times varied by 10 %.');
  });

  it('charts the rises alone when no test had the 6 stands that slowing down needs, and says why', () => {
    const card = cardOf(progressData([counted(weeksAgo(0), 4, 4, 0, [1, 1.5, 1])]))!;
    expect(card.summary).toBe('In your latest week, your rise times varied by 25 %.');
    expect(card.table!.rows).toEqual([[expect.any(String), 'not known', '25 %', '1']]);
    expect(card.notes.map((n) => n.text)).toEqual(['Whether you slow down shows from 6 stands in one test.']);
  });
});
