import { describe, expect, it } from 'vitest';
import { msUntilNext } from '../../../src/features/plan/notification-reminder';

describe('time until the next reminder', () => {
  it.each([
    ['09:30', new Date(2026, 10, 23, 9, 0), 30 * 60_000],
    ['09:30', new Date(2026, 10, 23, 9, 30), 24 * 3_600_000], // exactly now: tomorrow's
    ['09:30', new Date(2026, 10, 23, 22, 0), 11.5 * 3_600_000],
  ])('%s from %s is %i ms', (time, now, expected) => {
    expect(msUntilNext(time, now)).toBe(expected);
  });
});
