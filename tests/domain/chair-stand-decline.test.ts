import { describe, expect, it } from 'vitest';
import { chairStandDecline } from '../../src/domain/chair-stand-decline';
import { addDays, type LocalDate } from '../../src/domain/dates';

const TODAY = '2026-11-30' as LocalDate; // a Monday
const result = (daysAgo: number, reps: number, usedArms = false) => ({
  day: addDays(TODAY, -daysAgo),
  at: `${addDays(TODAY, -daysAgo)}T10:00:00.000Z`,
  reps,
  usedArms,
});

describe('chairStandDecline', () => {
  it('flags 14 → 8 stands over three weeks', () => {
    expect(chairStandDecline([result(21, 14), result(0, 8)], TODAY)).toEqual({ from: 14, to: 8 });
  });

  it('flags 14 → 8 inside one week too (the four-week first-to-latest view)', () => {
    expect(chairStandDecline([result(6, 14), result(1, 8)], TODAY)).toEqual({ from: 14, to: 8 });
  });

  it('does not flag a drop of 2 stands, day-to-day noise', () => {
    expect(chairStandDecline([result(21, 12), result(0, 10)], TODAY)).toBeNull();
  });

  it('does not flag a rise, or a single result', () => {
    expect(chairStandDecline([result(21, 8), result(0, 14)], TODAY)).toBeNull();
    expect(chairStandDecline([result(0, 3)], TODAY)).toBeNull();
  });

  it('counts a test where the arms were needed as 0 stands', () => {
    expect(chairStandDecline([result(14, 10), result(0, 9, true)], TODAY)).toEqual({ from: 10, to: 0 });
  });

  it('flags a 20 % fall in weekly medians over two weeks or more (Progress’s rule)', () => {
    expect(chairStandDecline([result(28, 10), result(27, 10), result(0, 8), result(1, 8)], TODAY)).toEqual({ from: 10, to: 8 });
  });
});
