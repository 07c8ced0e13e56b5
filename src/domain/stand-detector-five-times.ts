// Five-times sit-to-stand with the phone on the chest: when the clock may stop. The live counter
// (stand-detector.ts) hears each stand as it happens, but it can take the chest's rebound after landing on the
// seat for a stand: on a second, independently written simulator it did so for 6 of 10 slow movers, and the
// clock stopped a stand early, with a time far better than the person's. So when the live counter hears
// what would be the fifth stand, the whole recording so far is counted too (stand-detector-batch.ts: each
// rise measured between still moments and turning points on both sides). With five there, the clock stops
// at the stand just heard, as before. With fewer, that stand is not said or shown, and the clock runs on
// to the next one, which is checked the same way. A count said is never taken back.
//
// Played as the app does (each recording followed by 9 s of sitting still), over 620 five-times recordings
// (ours on six seeds, and both independent simulators): clocks stopping more than 1 s early went from 16 to
// 4, and fifth stands within 0.3 s from 592 to 602. The cost: one clock that had stopped early no longer
// stops at all (the phone gives up, and the person types a time or tries again). People who stopped after
// three or four stands and sat still (880 cut recordings of ours and both simulators) were given a fifth
// stand 13 times, not 46. Known misses: a quick riser whose fourth climb the whole recording reads short
// gets no fifth (the phone gives up), and when the whole recording finds an extra stand before the one just
// heard, the clock still stops at the one heard.
import { firstFiveFound, fiveOnSecondLook } from './stand-detector-second-look';
import type { MotionSample, StandCount, StandCounter } from './stand-detector-types';

export const STANDS_TO_STOP = 5;

/** The whole recording's fifth stand is the one just heard when this close (s): it takes the live time then. */
const SAME_STAND_S = 0.05;

/**
 * The live counter has just heard `heard` (s from Go), which would be the fifth stand after those `said`.
 * `samples`: the recording up to nowMs (ms from Go, m/s²); `live`: every stand the live counter has heard,
 * doubted ones too. When the whole recording so far also finds five stands, the five to stop the clock at,
 * the fifth being the one just heard; else null. Their times are the whole recording's when its fifth is
 * the stand just heard (a rebound the live count said is then left out of the times per stand), else the
 * stands said.
 */
export function confirmFifth(samples: readonly MotionSample[], live: StandCount, said: readonly number[], heard: number, nowMs: number): StandCount | null {
  const found = firstFiveFound([...samples], nowMs, live);
  if (found.length < STANDS_TO_STOP) return null;
  if (Math.abs(found[STANDS_TO_STOP - 1]!.top - heard) > SAME_STAND_S) return standsSaid([...said, heard], live);
  const standTimes = [...found.slice(0, -1).map((rise) => rise.top), heard];
  return { count: STANDS_TO_STOP, standTimes, fifthStandAt: heard, rises: found };
}

/** A fifth stand not confirmed is checked again this often (ms)… */
const RECHECK_EVERY_MS = 200;
/** …for this long (ms): the live counter can hear a quick riser's stand before the whole recording can see
 * the top of that climb (heard at 7.17 s, top at 7.24 s), and the person, hearing no "five", would go on. */
const RECHECK_FOR_MS = 1000;

export interface FifthCheck {
  /** The live counter heard `heard` (s from Go), which would be the fifth stand after those `said`: confirmFifth. */
  check(samples: readonly MotionSample[], live: StandCount, said: readonly number[], heard: number, nowMs: number): StandCount | null;
  /** At nowMs, the fifth stand heard but not confirmed, when it is time to check it again; else null. */
  due(nowMs: number): number | null;
}

/** The check of the fifth stand, kept up for a second when the whole recording cannot see it yet. */
export function createFifthCheck(): FifthCheck {
  let pending: { heard: number; untilMs: number; nextMs: number } | null = null;
  return {
    check(samples, live, said, heard, nowMs) {
      const five = confirmFifth(samples, live, said, heard, nowMs);
      if (five) pending = null;
      else if (pending?.heard !== heard) pending = { heard, untilMs: nowMs + RECHECK_FOR_MS, nextMs: nowMs + RECHECK_EVERY_MS };
      return five;
    },
    due(nowMs) {
      if (!pending || nowMs < pending.nextMs) return null;
      if (nowMs > pending.untilMs) {
        pending = null;
        return null;
      }
      pending.nextMs += RECHECK_EVERY_MS;
      return pending.heard;
    },
  };
}

/** The stands said (s from Go, up to five), with the live counter's rises for them. */
export function standsSaid(said: readonly number[], live: StandCount): StandCount {
  const standTimes = said.slice(0, STANDS_TO_STOP);
  return { count: standTimes.length, standTimes, fifthStandAt: standTimes[STANDS_TO_STOP - 1] ?? null, rises: live.rises.filter((rise) => standTimes.includes(rise.top)) };
}

/**
 * A whole five-times recording (ms from Go, m/s²) played as the app plays it, through `counter` (new, not yet
 * fed): the five stands the clock stops at; or, when it would not stop, the stands said, after the second
 * look the app takes when the phone gives up (stand-detector-second-look.ts).
 */
export function timeFiveStands(samples: MotionSample[], counter: StandCounter): StandCount {
  const said: number[] = [];
  const check = createFifthCheck();
  const hear = (heard: number[], upTo: number, nowMs: number): StandCount | null => {
    const again = check.due(nowMs);
    for (const t of again === null ? heard : [again, ...heard]) {
      if (said.length + 1 < STANDS_TO_STOP) said.push(t);
      else {
        const five = check.check(samples.slice(0, upTo), counter.soFar(), said, t, nowMs);
        if (five) return five;
      }
    }
    return null;
  };
  for (let i = 0; i < samples.length; i++) {
    const five = hear(counter.push(samples[i]!).filter((t) => t >= 0), i + 1, samples[i]!.t);
    if (five) return five;
  }
  const endMs = samples.length ? samples[samples.length - 1]!.t : 0;
  const before = counter.soFar().standTimes.length;
  // The recording may end while the last rise is still slowing down: finishing closes it.
  const live = counter.finish(endMs);
  const five = hear(live.standTimes.slice(before).filter((t) => t >= 0), samples.length, endMs);
  if (five) return five;
  const asSaid = standsSaid(said, live);
  return fiveOnSecondLook(samples, { ...live, count: said.length, standTimes: said }, endMs) ?? asSaid;
}
