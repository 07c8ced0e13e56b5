import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cmToFeetAndInches, describeHeightLimit, feetAndInchesToCm, formatHeight, HEIGHT_LIMIT } from '../../src/domain/height';

describe('height in feet and inches', () => {
  it.each([
    [170, 5, 6.9],
    [182.88, 6, 0],
    // 71.96 in rounds to 72.0: the next foot, never "5 ft 12 in".
    [182.78, 6, 0],
    [152.4, 5, 0],
  ])('%d cm → %i ft %d in', (cm, feet, inches) => {
    expect(cmToFeetAndInches(cm)).toEqual({ feet, inches });
  });

  it('round-trips any height typed to a tenth of an inch', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 8 }), fc.integer({ min: 0, max: 119 }), (feet, tenths) => {
        const cm = feetAndInchesToCm(feet, tenths / 10);
        expect(cmToFeetAndInches(cm)).toEqual({ feet, inches: tenths / 10 });
      }),
    );
  });

  it('formats in the person’s units', () => {
    expect(formatHeight(170, 'metric')).toBe('170 cm');
    expect(formatHeight(171.45, 'imperial')).toBe('5 ft 7.5 in');
  });

  it('describes the allowed range with ends that convert back inside the cm limits', () => {
    expect(describeHeightLimit('metric')).toBe('Enter a height between 50 and 250 cm.');
    expect(describeHeightLimit('imperial')).toBe('Enter a height between 1 ft 8 in and 8 ft 2 in.');
    expect(feetAndInchesToCm(1, 8)).toBeGreaterThanOrEqual(HEIGHT_LIMIT.min);
    expect(feetAndInchesToCm(8, 2)).toBeLessThanOrEqual(HEIGHT_LIMIT.max);
  });
});
