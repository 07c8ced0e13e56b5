import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { suggestStartingLevel, type SppbForLevel } from '../../src/domain/starting-level';

const TODAY = '2026-11-18';
const sppb = (total: number, day = TODAY): SppbForLevel => ({ day, total });
// A woman of 72: the STEADI below-average line is 10 stands.
const below = { reps: 8, usedArms: false };
const meets = { reps: 12, usedArms: false };
const arms = { reps: 9, usedArms: true };

describe('starting level with the SPPB', () => {
  it.each([
    // SPPB total, 30-second chair stand, level
    [0, null, 1],
    [8, null, 1], // the edge: 8 or fewer (low physical performance) suggests Assisted
    [8, meets, 1], // even when the chair stand meets its line
    [9, null, 2],
    [9, meets, 2],
    [9, below, 1], // the lower suggestion wins
    [12, below, 1],
    [12, arms, 1],
    [12, meets, 2],
    [12, null, 2],
  ] as const)('SPPB %i, chair stand %j → level %i', (total, stand, level) => {
    expect(suggestStartingLevel(stand, 72, 'female', sppb(total), TODAY)?.level).toBe(level);
  });

  it('never suggests Strong, whatever the scores', () => {
    for (let total = 0; total <= 12; total += 1) {
      for (const stand of [null, below, meets, arms, { reps: 30, usedArms: false }]) {
        expect(suggestStartingLevel(stand, 72, 'female', sppb(total), TODAY)!.level).toBeLessThanOrEqual(2);
      }
    }
  });

  it.each([
    [addDays(TODAY, -83), 1], // 12 weeks back, counted
    [addDays(TODAY, -84), 2], // older: the chair stand alone decides
    [TODAY, 1],
  ])('an SPPB of 5 on %s → level %i (chair stand meets its line)', (day, level) => {
    expect(suggestStartingLevel(meets, 72, 'female', sppb(5, day), TODAY)?.level).toBe(level);
  });

  it('without a date to judge by, or an SPPB, the chair stand decides as before', () => {
    expect(suggestStartingLevel(meets, 72, 'female', sppb(3), null)?.level).toBe(2);
    expect(suggestStartingLevel(meets, 72, 'female', null, TODAY)).toEqual(suggestStartingLevel(meets, 72, 'female'));
    expect(suggestStartingLevel(null, 72, 'female', null, TODAY)).toBeNull();
  });

  it('says why in plain words, naming the line it uses', () => {
    expect(suggestStartingLevel(meets, 72, 'female', sppb(5), TODAY)!.reason).toBe(
      'Your latest SPPB score was 5 out of 12. 8 or fewer is the line for low physical performance (EWGSOP2), so start with support. If standing is not possible yet, choose Bed or chair.',
    );
    expect(suggestStartingLevel(below, 72, 'female', sppb(10), TODAY)!.reason).toBe(
      '8 stands is below 10, the below-average line for your age (CDC STEADI). Your latest SPPB score was 10 out of 12, which alone would suggest more; the safer start is suggested.',
    );
    expect(suggestStartingLevel(meets, 72, 'female', sppb(10), TODAY)!.reason).toBe(
      '12 stands meets the line of 10 for your age (CDC STEADI). Your latest SPPB score was 10 out of 12, which agrees.',
    );
    expect(suggestStartingLevel(null, 72, 'female', sppb(9), TODAY)!.reason).toBe('Your latest SPPB score was 9 out of 12: more than 8, so you can start without support.');
  });
});
