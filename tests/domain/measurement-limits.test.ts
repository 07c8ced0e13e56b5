import { describe, it, expect } from 'vitest';
import { describeLimit, MEASUREMENT_LIMITS } from '../../src/domain/measurement-limits';
import type { MeasurementKind } from '../../src/domain/measurement-limits';
import { toCanonicalLength, toCanonicalMass } from '../../src/domain/units';

describe('MEASUREMENT_LIMITS', () => {
  it.each([
    ['chairStandReps', 0, 60, 'reps'],
    ['fiveTimesSitToStandSeconds', 3, 120, 's'],
    ['circumferenceCm', 10, 100, 'cm'],
    ['weightKg', 20, 350, 'kg'],
    ['gripKg', 0, 100, 'kg'],
    ['proteinG', 0, 400, 'g'],
    ['steps', 0, 100000, 'steps'],
  ] as const)('%s: %i–%i %s', (kind: MeasurementKind, min, max, unit) => {
    expect(MEASUREMENT_LIMITS[kind]).toMatchObject({ min, max, unit });
  });
});

describe('describeLimit', () => {
  it.each([
    ['weightKg', 'metric', 'Enter a weight between 20 and 350 kg.'],
    // 20 kg = 44.09 lb and 350 kg = 771.6 lb, rounded inward so both ends are accepted.
    ['weightKg', 'imperial', 'Enter a weight between 45 and 771 lb.'],
    ['gripKg', 'imperial', 'Enter a grip strength between 0 and 220 lb.'],
    ['circumferenceCm', 'metric', 'Enter a measurement between 10 and 100 cm.'],
    // 10 cm = 3.94 in and 100 cm = 39.37 in.
    ['circumferenceCm', 'imperial', 'Enter a measurement between 4 and 39.3 in.'],
    ['chairStandReps', 'imperial', 'Enter a number of stands between 0 and 60.'],
    ['fiveTimesSitToStandSeconds', 'imperial', 'Enter a time between 3 and 120 seconds.'],
    ['proteinG', 'imperial', 'Enter an amount of protein between 0 and 400 g.'],
    ['steps', 'metric', 'Enter a number of steps between 0 and 100,000.'],
  ] as const)('%s in %s → %s', (kind: MeasurementKind, system, expected) => {
    expect(describeLimit(MEASUREMENT_LIMITS[kind], system)).toBe(expected);
  });

  it('offers only imperial bounds that convert back inside the canonical limits', () => {
    const weight = MEASUREMENT_LIMITS.weightKg;
    expect(toCanonicalMass(45, 'imperial')).toBeGreaterThanOrEqual(weight.min);
    expect(toCanonicalMass(771, 'imperial')).toBeLessThanOrEqual(weight.max);
    const circumference = MEASUREMENT_LIMITS.circumferenceCm;
    expect(toCanonicalLength(4, 'imperial')).toBeGreaterThanOrEqual(circumference.min);
    expect(toCanonicalLength(39.3, 'imperial')).toBeLessThanOrEqual(circumference.max);
  });

  it('does not let float noise move an exact bound', () => {
    expect(describeLimit({ min: 2.54, max: 25.4, unit: 'cm', noun: 'a length' }, 'imperial')).toBe(
      'Enter a length between 1 and 10 in.',
    );
  });
});
