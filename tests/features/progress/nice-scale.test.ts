import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { niceScale } from '../../../src/features/progress/nice-scale';

describe('niceScale', () => {
  it.each([
    // [values, domain, ticks]
    [[11.4, 12.9, 12, 15], [10, 16], [10, 12, 14, 16]],
    [[9, 14, 10], [8, 16], [8, 10, 12, 14, 16]],
    [[69.6, 70.4], [69.5, 70.5], [69.5, 70, 70.5]],
    [[0, 3], [0, 4], [0, 1, 2, 3, 4]],
  ])('%j → %j', (values, domain, ticks) => {
    expect(niceScale(values)).toEqual({ domain, ticks });
  });

  it('gives a single value room above and below', () => {
    const { domain } = niceScale([12]);
    expect(domain[0]).toBeLessThan(12);
    expect(domain[1]).toBeGreaterThan(12);
  });

  it('keeps whole steps for counts', () => {
    expect(niceScale([10, 11], { integers: true }).ticks.every(Number.isInteger)).toBe(true);
  });

  it('with nothing to show still gives an axis', () => {
    expect(niceScale([])).toEqual({ domain: [0, 1], ticks: [0, 1] });
  });

  it('covers every value, never dips below zero for positive data, with evenly spaced ticks (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 400, noNaN: true }), { minLength: 1, maxLength: 50 }), (values) => {
        const { domain, ticks } = niceScale(values);
        expect(domain[0]).toBeLessThanOrEqual(Math.min(...values));
        expect(domain[1]).toBeGreaterThanOrEqual(Math.max(...values));
        expect(domain[0]).toBeGreaterThanOrEqual(0);
        expect(ticks[0]).toBe(domain[0]);
        expect(ticks[ticks.length - 1]).toBe(domain[1]);
        expect(ticks.length).toBeLessThanOrEqual(9);
        const steps = ticks.slice(1).map((t, i) => t - ticks[i]!);
        for (const step of steps) expect(step).toBeCloseTo(steps[0]!, 6);
      }),
    );
  });
});
