import { describe, it, expect } from 'vitest';
import { assessFiveTimesSitToStand } from '../../src/domain/five-times-sit-to-stand-norms';

function flagOf(seconds: number, age: number | null, id: string): boolean | undefined {
  return assessFiveTimesSitToStand(seconds, age).find((r) => r.id === id)?.flagged;
}

describe('assessFiveTimesSitToStand', () => {
  it.each([
    [15, false],
    [15.01, true],
  ])('EWGSOP2 low strength (> 15 s): %d s → %s', (seconds, flagged) => {
    expect(flagOf(seconds, null, 'ewgsop2-low-strength')).toBe(flagged);
  });

  it.each([
    [11.99, false],
    [12, true],
  ])('AWGS 2019 low performance (>= 12 s): %d s → %s', (seconds, flagged) => {
    expect(flagOf(seconds, null, 'awgs2019-low-performance')).toBe(flagged);
  });

  it.each([
    [60, 'bohannon2006-60-69', 11.4],
    [69, 'bohannon2006-60-69', 11.4],
    [70, 'bohannon2006-70-79', 12.6],
    [79, 'bohannon2006-70-79', 12.6],
    [80, 'bohannon2006-80-89', 14.8],
    [89, 'bohannon2006-80-89', 14.8],
  ])('Bohannon 2006 at age %i uses %s (> %d s)', (age, id, cutoff) => {
    const bohannon = assessFiveTimesSitToStand(cutoff, age).filter((r) => r.id.startsWith('bohannon'));
    expect(bohannon).toHaveLength(1);
    expect(bohannon[0]).toMatchObject({ id, cutoffSeconds: cutoff, comparison: '>', flagged: false });
    expect(bohannon[0]?.source).toMatch(/Bohannon/);
    expect(flagOf(cutoff + 0.01, age, id)).toBe(true);
  });

  it('the same 12 s time is slower than average at 69 but not at 70', () => {
    expect(flagOf(12, 69, 'bohannon2006-60-69')).toBe(true);
    expect(flagOf(12, 70, 'bohannon2006-70-79')).toBe(false);
  });

  it.each([[59], [90], [null]])('no Bohannon entry at age %s', (age) => {
    const ids = assessFiveTimesSitToStand(20, age).map((r) => r.id);
    expect(ids).toEqual(['ewgsop2-low-strength', 'awgs2019-low-performance']);
  });

  it('every entry carries its cut-off and source', () => {
    const results = assessFiveTimesSitToStand(13, 75);
    expect(results.map((r) => [r.id, r.cutoffSeconds, r.comparison, r.flagged])).toEqual([
      ['ewgsop2-low-strength', 15, '>', false],
      ['awgs2019-low-performance', 12, '>=', true],
      ['bohannon2006-70-79', 12.6, '>', true],
    ]);
    for (const r of results) expect(r.source).not.toBe('');
  });

  it('throws on a non-positive time', () => {
    expect(() => assessFiveTimesSitToStand(0, 70)).toThrow(RangeError);
  });
});
