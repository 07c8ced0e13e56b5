// The five-times test's clock waits for the fifth stand. If the phone missed one, or the person stopped
// (too tired, or unwell), it would run on to its 2-minute limit while someone with crossed arms waits for
// a beep that does not come. A person who has stopped sits or stands still; one doing the test, even
// slowly, is not still for long. So the phone gives up once it has seen no stand for 6 s and the body was
// still for most of that time.
//
// Measured on simulated traces (the live counter's stillness, 20 ms steps): over 640 traces of our own
// (chair-stand-30 and five-times, including people resting between stands), 280 from a second and 220 from
// a third simulator, both written independently (frail people with 6 s cycles and pauses among them), the
// rule never fired before the last real stand; on 60 people who stop early and sit still, it fired on 56,
// a median of 6.6 s after their last stand. With 5 s it fired during 5 rests; with 60 % instead of 75 %,
// during 2.
import type { StandCounter } from './stand-detector-types';

/** No stand for this long (ms)… */
export const LOST_COUNT_AFTER_MS = 6000;
/** …with the body still for at least this share of it. */
const STILL_SHARE = 0.75;

/**
 * Whether the phone should give up counting: `nowMs` and `lastStandMs` are ms from Go (0 before the first
 * stand). Only after Go: the countdown is spent sitting still on purpose.
 */
export function hasLostCount(counter: StandCounter, nowMs: number, lastStandMs: number): boolean {
  return nowMs - Math.max(0, lastStandMs) >= LOST_COUNT_AFTER_MS && counter.stillShare(LOST_COUNT_AFTER_MS) >= STILL_SHARE;
}
