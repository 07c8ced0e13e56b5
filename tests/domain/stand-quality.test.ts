import { describe, expect, it } from 'vitest';
import { standQuality } from '../../src/domain/stand-quality';
import type { Rise } from '../../src/domain/stand-detector';

/** Stands at the given times, each rise lasting the matching duration (or 1 s). */
const result = (standTimes: number[], riseSeconds: number[] = standTimes.map(() => 1)) => ({
  standTimes,
  rises: standTimes.map((top, i): Rise => ({ start: top - riseSeconds[i]!, top, riseSeconds: riseSeconds[i]! })),
});
const every = (cycle: number, n: number, first = 1.5) => Array.from({ length: n }, (_, i) => first + i * cycle);

describe('standQuality', () => {
  it('averages the time from one stand to the next', () => {
    expect(standQuality(result(every(2.5, 9))).secondsPerStand).toBeCloseTo(2.5, 10);
  });

  it('says nothing with too few stands', () => {
    expect(standQuality(result([2]))).toEqual({ secondsPerStand: null, fatigue: null, fatigueChange: null, steadiness: null, riseVariation: null });
    const five = standQuality(result(every(2, 5)));
    expect(five.fatigue).toBeNull(); // 4 cycles: thirds of one cycle say little
    expect(five.steadiness).toBe('steady');
  });

  it('reads cycles lengthening by a quarter as slower', () => {
    // Cycles 2, 2, 2, 2.5, 2.5, 2.5: last third 25 % longer than the first.
    const times = [1, 3, 5, 7, 9.5, 12, 14.5];
    const q = standQuality(result(times));
    expect(q.fatigueChange).toBeCloseTo(0.25, 10);
    expect(q.fatigue).toBe('slower');
  });

  it('reads a change under 15 % as about the same, and shorter cycles as faster', () => {
    expect(standQuality(result([1, 3, 5, 7, 9.2, 11.4, 13.6])).fatigue).toBe('about the same'); // +10 %
    expect(standQuality(result([1, 4, 7, 10, 12.4, 14.8, 17.2])).fatigue).toBe('faster'); // −20 %
  });

  it('bands the variation of rise durations into plain words', () => {
    const times = every(2.5, 6);
    expect(standQuality(result(times, [1, 1.05, 0.95, 1, 1.02, 0.98])).steadiness).toBe('steady');
    expect(standQuality(result(times, [1, 1.2, 0.8, 1, 1.25, 0.8])).steadiness).toBe('somewhat uneven');
    expect(standQuality(result(times, [0.6, 1.4, 0.7, 1.5, 0.8, 1.6])).steadiness).toBe('uneven');
  });

  it('does not depend on the order of the stand times', () => {
    const times = [1, 3, 5, 7, 9.5, 12, 14.5];
    expect(standQuality(result([...times].reverse()))).toEqual(standQuality(result(times)));
  });
});
