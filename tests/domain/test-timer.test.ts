import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHAIR_STAND_TIMER, FIVE_TIMES_TIMER, msUntilNextChange, stopwatchSeconds, timerPhase } from '../../src/domain/test-timer';

describe('timerPhase for the 30-second chair stand', () => {
  it.each([
    [0, { phase: 'countdown', count: 3 }],
    [999, { phase: 'countdown', count: 3 }],
    [1000, { phase: 'countdown', count: 2 }],
    [2999, { phase: 'countdown', count: 1 }],
    [3000, { phase: 'running', runningMs: 0, secondsLeft: 30 }],
    [3001, { phase: 'running', runningMs: 1, secondsLeft: 30 }],
    [4000, { phase: 'running', runningMs: 1000, secondsLeft: 29 }],
    [32_999, { phase: 'running', runningMs: 29_999, secondsLeft: 1 }],
    [33_000, { phase: 'finished' }],
    [10 * 60_000, { phase: 'finished' }],
  ])('%i ms after Start → %o', (elapsed, expected) => {
    expect(timerPhase(CHAIR_STAND_TIMER, elapsed)).toEqual(expected);
  });

  it('treats a clock set back during the test as the very start, never a count of 4', () => {
    expect(timerPhase(CHAIR_STAND_TIMER, -5000)).toEqual({ phase: 'countdown', count: 3 });
  });

  it('refuses a missing time', () => {
    expect(() => timerPhase(CHAIR_STAND_TIMER, Number.NaN)).toThrow(RangeError);
  });

  it('never goes backwards as time passes', () => {
    const order = (ms: number) => {
      const p = timerPhase(CHAIR_STAND_TIMER, ms);
      if (p.phase === 'countdown') return 3 - p.count;
      if (p.phase === 'running') return 3 + (30 - p.secondsLeft);
      return 100;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 40_000 }), (a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(order(early)).toBeLessThanOrEqual(order(late));
      }),
    );
  });
});

describe('timerPhase for the five-times stopwatch', () => {
  it('runs for up to two minutes after Go, then stops', () => {
    expect(timerPhase(FIVE_TIMES_TIMER, 3000 + 119_999)).toMatchObject({ phase: 'running', runningMs: 119_999 });
    expect(timerPhase(FIVE_TIMES_TIMER, 3000 + 120_000)).toEqual({ phase: 'finished' });
  });
});

describe('msUntilNextChange', () => {
  it.each([
    [0, 1000, 1000],
    [250, 1000, 750],
    [999, 1000, 1],
    [1000, 1000, 1000],
    [1234, 100, 66],
  ])('at %i ms with %i ms steps, wake in %i ms', (elapsed, step, expected) => {
    expect(msUntilNextChange(elapsed, step)).toBe(expected);
  });

  it('always lands on the next boundary, so the display changes on time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200_000 }), fc.constantFrom(100, 1000), (elapsed, step) => {
        const wake = elapsed + msUntilNextChange(elapsed, step);
        expect(Math.floor(wake / step)).toBe(Math.floor(elapsed / step) + 1);
      }),
    );
  });
});

describe('stopwatchSeconds', () => {
  it.each([
    [13_240, 13.2],
    [13_250, 13.3],
    [11_960, 12],
    [0, 0],
    [-40, 0],
  ])('%i ms reads %d s', (ms, seconds) => {
    expect(stopwatchSeconds(ms)).toBe(seconds);
  });
});
