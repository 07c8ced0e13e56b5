import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median } from '../../src/domain/statistics';

describe('median', () => {
  it.each([
    [[], null],
    [[7], 7],
    [[3, 9], 6],
    [[1, 2, 10], 2],
    [[1, 2, 3, 10], 2.5],
    [[8, 11], 9.5],
    [[3, 1, 2], 2],
    [[10, 2, 1, 3], 2.5],
    [[-4, 0, 4], 0],
    [[5, 5, 5, 5], 5],
  ])('median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('leaves the values in the order they came in', () => {
    const values = [9, 1, 5, 3];
    median(values);
    expect(values).toEqual([9, 1, 5, 3]);
  });

  // Sorts by number, not as text ("10" < "9").
  it('is the middle number, not the middle word', () => {
    expect(median([9, 10, 100])).toBe(10);
  });

  const someValues = fc.array(fc.integer({ min: -100_000, max: 100_000 }), { minLength: 1, maxLength: 50 });

  it('does not depend on the order of the values', () => {
    fc.assert(
      fc.property(someValues, (values) => {
        expect(median([...values].sort((a, b) => b - a))).toBe(median(values));
      }),
    );
  });

  it('has at least half the values at or below it, and at least half at or above it', () => {
    fc.assert(
      fc.property(someValues, (values) => {
        const middle = median(values)!;
        expect(values.filter((v) => v <= middle).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(values.filter((v) => v >= middle).length).toBeGreaterThanOrEqual(values.length / 2);
      }),
    );
  });
});
