import { describe, it, expect } from 'vitest';
import { assessCalf, leftRightGap, LEFT_RIGHT_GAP_FLAG_CM } from '../../src/domain/calf-norms';

describe('assessCalf', () => {
  it.each([
    ['male', 34],
    ['female', 33],
  ] as const)('AWGS 2019 %s: low below %i cm, not at it', (sex, cutoff) => {
    expect(assessCalf(cutoff, sex)).toEqual([
      expect.objectContaining({ standard: 'AWGS 2019', sex, cutoffCm: cutoff, low: false }),
    ]);
    expect(assessCalf(cutoff - 0.1, sex)).toEqual([
      expect.objectContaining({ standard: 'AWGS 2019', sex, cutoffCm: cutoff, low: true }),
    ]);
  });

  it('unspecified sex gives both rows', () => {
    expect(assessCalf(33.5, 'unspecified').map((r) => [r.sex, r.low])).toEqual([
      ['female', false],
      ['male', true],
    ]);
  });

  it('cites AWGS 2019', () => {
    expect(assessCalf(30, 'female')[0]?.source).toMatch(/AWGS 2019/);
  });
});

describe('leftRightGap', () => {
  it('flags at 2 cm', () => {
    expect(LEFT_RIGHT_GAP_FLAG_CM).toBe(2);
  });

  it.each([
    [35.9, 34, 1.9, false],
    [36, 34, 2, true],
    // 33.3 − 31.3 is 1.9999999999999964 in binary floating point.
    [33.3, 31.3, 2, true],
    [31.3, 33.3, 2, true],
    [34, 35.9, 1.9, false],
    [34, 34, 0, false],
  ])('left %d, right %d → gap %d, flagged %s', (left, right, gap, flagged) => {
    const result = leftRightGap(left, right);
    expect(result.gapCm).toBeCloseTo(gap, 9);
    expect(result.flagged).toBe(flagged);
  });

  it('says the flag is a product choice', () => {
    expect(leftRightGap(30, 33).source).toMatch(/product choice/i);
  });
});
