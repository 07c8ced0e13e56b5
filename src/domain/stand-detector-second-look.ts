// Five-times sit-to-stand: a second look at the whole recording when the live counter has fewer than five
// stands. In the app that is when the phone lost count (lost-count.ts): no stand for 6 s and the person
// still. Either the person stopped short, or the live counter missed a stand: a frail person's slow rise
// barely moves its band-passed velocity (step 9 in stand-detector.ts). The whole-recording counter
// (stand-detector-batch.ts) pins each rise at still moments on both sides, and by now the person has sat
// still for 6 s after the last one, so it can measure a rise the live look missed.
//
// Measured on simulated recordings played as the app does (the live counter until it gives up, then this),
// over 380 five-times recordings of ours and of two independently written simulators: the phone gave up
// on 10, and this found the five stands on 7 of them, the fifth within 0.3 s on 5 and within 0.7 s on all
// 7. For people who stopped after three or four stands and sat still (the same recordings cut at five
// points between two stands, and our own early stops: 3,827 plays), it found a fifth stand once, where the
// cut froze the person 80 % of the way up the next rise.
import { countStandsBatchMiddle } from './stand-detector-batch';
import type { MotionSample, Rise, StandCount } from './stand-detector-types';

const FIVE = 5;
/** Every stand the live counter said must be one the second look found too, this close (ms): where the two
 * disagree, neither is trusted with the time. Not closer: for a frail person's slow rise, the live look
 * can say a stand 0.6 s after full standing and the whole-recording one 0.7 s before it (with 1 s, one
 * frail person's five stands were thrown away). */
const AGREE_MS = 1500;

/**
 * The first five stands in the recording (ms from Go, m/s²) up to endMs, found by the whole-recording
 * counter, or null when it does not find five or every stand the live counter said is not among them.
 */
export function fiveOnSecondLook(samples: MotionSample[], live: StandCount, endMs: number): StandCount | null {
  if (live.standTimes.length >= FIVE) return null;
  const rises = firstFiveFound(samples, endMs, live);
  if (rises.length < FIVE) return null;
  // Among the five: a climb the live counter rightly left out (a rock before the first stand, a failed
  // rise) would otherwise push a stand it said out of the five, and the clock would stop a stand early.
  const agrees = live.standTimes.every((t) => rises.some((rise) => Math.abs(rise.top - t) * 1000 <= AGREE_MS));
  if (!agrees) return null;
  const standTimes = rises.map((rise) => rise.top);
  return { count: FIVE, standTimes, fifthStandAt: standTimes[FIVE - 1]!, rises };
}

/** The first five stands after Go (or fewer) that the whole-recording counter finds up to endMs. */
export function firstFiveFound(samples: MotionSample[], endMs: number, live: StandCount): Rise[] {
  return countStandsBatchMiddle(samples, 'five-times', endMs, live)
    .rises.filter((rise) => rise.top >= 0)
    .slice(0, FIVE);
}
