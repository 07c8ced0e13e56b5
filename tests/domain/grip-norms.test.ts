import { describe, it, expect } from 'vitest';
import { assessGrip } from '../../src/domain/grip-norms';

describe('assessGrip', () => {
  it.each([
    ['EWGSOP2', 'male', 27],
    ['EWGSOP2', 'female', 16],
    ['AWGS 2019', 'male', 28],
    ['AWGS 2019', 'female', 18],
  ] as const)('%s %s: low below %i kg, not at it', (standard, sex, cutoff) => {
    const at = assessGrip(cutoff, sex).find((r) => r.standard === standard);
    expect(at).toMatchObject({ sex, cutoffKg: cutoff, low: false });
    const below = assessGrip(cutoff - 0.1, sex).find((r) => r.standard === standard);
    expect(below).toMatchObject({ sex, cutoffKg: cutoff, low: true });
  });

  it('a known sex gives one row per standard, with sources', () => {
    const rows = assessGrip(27.5, 'male');
    expect(rows.map((r) => [r.standard, r.sex, r.low])).toEqual([
      ['EWGSOP2', 'male', false],
      ['AWGS 2019', 'male', true],
    ]);
    expect(rows[0]?.source).toMatch(/Cruz-Jentoft/);
    expect(rows[1]?.source).toMatch(/Chen/);
  });

  it('unspecified sex gives both sexes for both standards', () => {
    const rows = assessGrip(17, 'unspecified');
    expect(rows.map((r) => [r.standard, r.sex, r.cutoffKg, r.low])).toEqual([
      ['EWGSOP2', 'female', 16, false],
      ['EWGSOP2', 'male', 27, true],
      ['AWGS 2019', 'female', 18, true],
      ['AWGS 2019', 'male', 28, true],
    ]);
  });

  it('throws on a negative reading', () => {
    expect(() => assessGrip(-1, 'female')).toThrow(RangeError);
  });
});
