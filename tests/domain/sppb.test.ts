import { describe, expect, it } from 'vitest';
import { assessSppb, balanceScore, chairStandsScore, fourMetreEquivalent, sppbScore, walkScore } from '../../src/domain/sppb';
import { assess, GAIT_SPEED_LINES, TANDEM_LINE, TUG_LINES, walkingSpeed } from '../../src/domain/mobility-norms';

// Every band edge of the published SPPB scoring (FACTS.md, Guralnik 1994 / NIA protocol).

describe('SPPB balance (0–4)', () => {
  it.each([
    [{ sideBySide: null, semiTandem: null, tandem: null }, 0],
    [{ sideBySide: 9.99, semiTandem: null, tandem: null }, 0],
    [{ sideBySide: 10, semiTandem: null, tandem: null }, 1],
    [{ sideBySide: 10, semiTandem: 9.99, tandem: null }, 1],
    // Side by side failed: nothing later counts, even a tandem that was somehow tried.
    [{ sideBySide: 5, semiTandem: 10, tandem: 10 }, 0],
    [{ sideBySide: 10, semiTandem: 10, tandem: null }, 2],
    [{ sideBySide: 10, semiTandem: 10, tandem: 2.99 }, 2],
    [{ sideBySide: 10, semiTandem: 10, tandem: 3 }, 3],
    [{ sideBySide: 10, semiTandem: 10, tandem: 9.99 }, 3],
    [{ sideBySide: 10, semiTandem: 10, tandem: 10 }, 4],
    // 9.996 s shows as 10.00 on a stopwatch.
    [{ sideBySide: 10, semiTandem: 10, tandem: 9.996 }, 4],
  ])('%o → %i', (holds, score) => {
    expect(balanceScore(holds)).toBe(score);
  });
});

describe('SPPB 4 m walk (0–4), faster of two walks', () => {
  it.each([
    [4.81, 4],
    [4.82, 3],
    [6.2, 3],
    [6.204, 3],
    [6.21, 2],
    [8.7, 2],
    [8.71, 1],
    [30, 1],
    ['unable' as const, 0],
  ])('%s s → %i', (seconds, score) => {
    expect(walkScore(seconds)).toBe(score);
  });
});

describe('SPPB five chair stands (0–4)', () => {
  it.each([
    [11.19, 4],
    [11.2, 3],
    [13.69, 3],
    [13.7, 2],
    [16.69, 2],
    [16.7, 1],
    [60, 1],
    [60.01, 0],
    ['unable' as const, 0],
  ])('%s s → %i', (seconds, score) => {
    expect(chairStandsScore(seconds)).toBe(score);
  });
});

describe('SPPB total and its lines', () => {
  it('adds the three parts', () => {
    expect(sppbScore({ sideBySide: 10, semiTandem: 10, tandem: 5 }, 5.1, 12.4)).toEqual({ balance: 3, walk: 3, chairStands: 3, total: 9 });
    expect(sppbScore({ sideBySide: 10, semiTandem: 10, tandem: 10 }, 4, 10)).toEqual({ balance: 4, walk: 4, chairStands: 4, total: 12 });
    expect(sppbScore({ sideBySide: null, semiTandem: null, tandem: null }, 'unable', 'unable').total).toBe(0);
  });

  it.each([
    [8, true, true],
    [9, false, true],
    [10, false, false],
  ])('total %i: EWGSOP2 (≤ 8) %s, AWGS 2019 (≤ 9) %s', (total, ewgsop2, awgs) => {
    const lines = assessSppb(total);
    expect(lines.find((l) => l.id === 'ewgsop2-sppb')!.flagged).toBe(ewgsop2);
    expect(lines.find((l) => l.id === 'awgs2019-sppb')!.flagged).toBe(awgs);
  });

  it('a 3 m walk is scaled to the time over 4 m at the same pace', () => {
    expect(fourMetreEquivalent(3, 3)).toBeCloseTo(4);
    expect(walkScore(fourMetreEquivalent(3.62, 3))).toBe(3);
  });
});

describe('mobility lines', () => {
  it.each([
    [11.99, false, false],
    [12, true, false],
    [19.99, true, false],
    [20, true, true],
  ])('TUG %d s: STEADI (≥ 12) %s, EWGSOP2 (≥ 20) %s', (seconds, steadi, ewgsop2) => {
    const lines = assess(TUG_LINES, seconds);
    expect(lines.map((l) => l.flagged)).toEqual([steadi, ewgsop2]);
  });

  it.each([
    [0.79, true, true],
    [0.8, true, true],
    [0.81, false, true],
    [0.99, false, true],
    [1.0, false, false],
  ])('walking speed %d m/s: EWGSOP2 (≤ 0.8) %s, AWGS 2019 (< 1.0) %s', (speed, ewgsop2, awgs) => {
    expect(assess(GAIT_SPEED_LINES, speed).map((l) => l.flagged)).toEqual([ewgsop2, awgs]);
  });

  it('tandem stance under 10 s is the balance test’s fall-risk line', () => {
    expect(TANDEM_LINE.flags(9.99)).toBe(true);
    expect(TANDEM_LINE.flags(10)).toBe(false);
  });

  it('walking speed is the course over the time', () => {
    expect(walkingSpeed(4, 5)).toBeCloseTo(0.8);
  });
});
