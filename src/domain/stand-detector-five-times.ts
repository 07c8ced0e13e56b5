// Five-times sit-to-stand: when the phone on the chest stops the clock. The live counter (stand-detector.ts)
// hears each stand as it happens, but it can take the chest's rebound after landing on the seat for a stand:
// on a second, independently written simulator's slow movers it did so in 6 of 10 tests, and the clock
// stopped a stand early, with a time far better than the person's. So once it has heard five, the whole
// recording so far is counted too (stand-detector-batch.ts: each rise measured between still moments and
// turning points on both sides), and the clock stops only when that finds five as well. When it finds
// fewer, the clock runs on, and the stands said and shown go back to the ones it found.
//
// Played as the app does (each recording followed by 9 s of sitting still), over 380 five-times recordings
// of ours and of both independent simulators: clocks stopping more than 1 s early went from 14 to 5, and
// fifth stands within 0.3 s from 354 to 359 (within 0.7 s, 362 to 368); the phone gave up on 6, not 3.
// People who stopped after three or four stands (1,520 cut recordings) were given a fifth stand 4 times,
// not 47.
import { countStandsBatchMiddle } from './stand-detector-batch';
import { fiveOnSecondLook } from './stand-detector-second-look';
import type { MotionSample, StandCount, StandCounter } from './stand-detector-types';

const FIVE = 5;

export interface FiveTimesStep {
  /** The stands to say and show so far (s from Go). */
  said: number[];
  /** The five stands to stop the clock at, or null: the clock runs on. */
  five: StandCount | null;
}

/**
 * The live counter has just heard `heard` (s from Go) after the stands already `said`; `samples` is the
 * recording up to nowMs. Below five, nothing is checked.
 */
export function fiveTimesStep(
  samples: readonly MotionSample[],
  counter: StandCounter,
  said: readonly number[],
  heard: readonly number[],
  nowMs: number,
): FiveTimesStep {
  const all = [...said, ...heard];
  if (all.length < FIVE) return { said: all, five: null };
  const live = counter.soFar();
  const whole = countStandsBatchMiddle([...samples], 'five-times', nowMs, { ...live, standTimes: all });
  const found = whole.rises.filter((rise) => rise.top >= 0);
  if (found.length < FIVE) return { said: found.map((rise) => rise.top), five: null };
  // Both agree at five: the live moments, which time a stand best (the usual case, unchanged).
  const untouched = live.standTimes.length === all.length && live.standTimes.every((t, k) => t === all[k]);
  if (untouched && all.length === FIVE) {
    return { said: all, five: { count: FIVE, standTimes: all, fifthStandAt: all[FIVE - 1]!, rises: live.rises.slice(0, FIVE) } };
  }
  const rises = found.slice(0, FIVE);
  const standTimes = rises.map((rise) => rise.top);
  return { said: standTimes, five: { count: FIVE, standTimes, fifthStandAt: standTimes[FIVE - 1]!, rises } };
}

/**
 * A whole five-times recording (ms from Go, m/s²) played as the app plays it, through `counter` (new, not yet
 * fed): the five stands the clock stops at, or, when it would not stop, the stands said, after the second
 * look the app takes when the phone gives up (stand-detector-second-look.ts).
 */
export function timeFiveStands(samples: MotionSample[], counter: StandCounter): StandCount {
  let said: number[] = [];
  for (let i = 0; i < samples.length; i++) {
    const heard = counter.push(samples[i]!).filter((t) => t >= 0);
    if (!heard.length) continue;
    const step = fiveTimesStep(samples.slice(0, i + 1), counter, said, heard, samples[i]!.t);
    if (step.five) return step.five;
    said = step.said;
  }
  const endMs = samples.length ? samples[samples.length - 1]!.t : 0;
  const before = counter.soFar().standTimes.length;
  // The recording may end while the last rise is still slowing down: finishing closes it.
  const live = counter.finish(endMs);
  const heard = live.standTimes.slice(before).filter((t) => t >= 0);
  if (heard.length) {
    const step = fiveTimesStep(samples, counter, said, heard, endMs);
    if (step.five) return step.five;
    said = step.said;
  }
  const asSaid: StandCount = {
    count: said.length,
    standTimes: said,
    fifthStandAt: null,
    rises: live.rises.filter((rise) => said.includes(rise.top)),
  };
  return fiveOnSecondLook(samples, { ...live, standTimes: said }, endMs) ?? asSaid;
}
