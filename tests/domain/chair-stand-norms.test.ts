import { describe, it, expect } from 'vitest';
import { assessChairStand, chairStandThreshold } from '../../src/domain/chair-stand-norms';

// Table copied from FACTS.md (CDC STEADI): [band, first age, last age, men, women].
const STEADI = [
  ['60-64', 60, 64, 14, 12],
  ['65-69', 65, 69, 12, 11],
  ['70-74', 70, 74, 12, 10],
  ['75-79', 75, 79, 11, 10],
  ['80-84', 80, 84, 10, 9],
  ['85-89', 85, 89, 8, 8],
  ['90-94', 90, 94, 7, 4],
] as const;

const cases = STEADI.flatMap(([band, first, last, men, women]) =>
  ([['male', men], ['female', women]] as const).flatMap(([sex, under]) =>
    [first, last].map((age) => ({ band, age, sex, under })),
  ),
);

describe('chairStandThreshold', () => {
  it.each(cases)('$sex aged $age → band $band, below average if under $under', ({ band, age, sex, under }) => {
    const t = chairStandThreshold(age, sex);
    expect(t).toMatchObject({ band, belowAverageIfUnder: under });
    expect(t?.source).toMatch(/STEADI/);
  });

  it.each([59, 0, 59.9])('age %d → null', (age) => {
    expect(chairStandThreshold(age, 'female')).toBeNull();
    expect(chairStandThreshold(age, 'male')).toBeNull();
  });

  it.each([95, 101])('age %i uses the 90–94 band (product choice)', (age) => {
    expect(chairStandThreshold(age, 'male')).toMatchObject({ band: '90-94', belowAverageIfUnder: 7 });
    expect(chairStandThreshold(age, 'female')).toMatchObject({ band: '90-94', belowAverageIfUnder: 4 });
  });

  it('throws on a missing age', () => {
    expect(() => chairStandThreshold(Number.NaN, 'male')).toThrow(RangeError);
  });
});

describe('assessChairStand', () => {
  it.each(cases)('$sex aged $age: $under stands is not below average, one fewer is', ({ age, sex, under }) => {
    const atThreshold = assessChairStand(under, age, sex);
    expect(atThreshold.noNormReason).toBeNull();
    expect(atThreshold.comparisons).toHaveLength(1);
    expect(atThreshold.comparisons[0]).toMatchObject({ sex, belowAverage: false });

    expect(assessChairStand(under - 1, age, sex).comparisons[0]).toMatchObject({ sex, belowAverage: true });
  });

  it('age 59 has no norm', () => {
    expect(assessChairStand(5, 59, 'female')).toEqual({ comparisons: [], noNormReason: 'under-60' });
    expect(assessChairStand(5, 59, 'unspecified')).toEqual({ comparisons: [], noNormReason: 'under-60' });
  });

  it('unspecified sex gives a row for each sex', () => {
    const result = assessChairStand(11, 67, 'unspecified');
    expect(result.noNormReason).toBeNull();
    expect(result.comparisons).toEqual([
      { sex: 'female', threshold: expect.objectContaining({ band: '65-69', belowAverageIfUnder: 11 }), belowAverage: false },
      { sex: 'male', threshold: expect.objectContaining({ band: '65-69', belowAverageIfUnder: 12 }), belowAverage: true },
    ]);
  });

  it('throws on negative reps', () => {
    expect(() => assessChairStand(-1, 70, 'male')).toThrow(RangeError);
  });
});
