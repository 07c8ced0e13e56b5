// The whole-recording ("batch") stand counter for the 30-second chair stand (steps B1–B6 at the top of
// stand-detector.ts). Why it differs from the live counter: live must decide causally, so it reads
// height from a band-passed velocity whose zero crossings are not the chest's real turning points
// (rises come out too short or too tall). Here the whole recording is known, so velocity can be the
// plain integral of the acceleration pinned to zero where the chest really is at rest or at a
// turning point, on both sides of each rise, and each rise is measured between two such pins.
// Where there is no later pin (the end of the recording) that advantage is gone and the unpinned
// integral can drift, so there the live detector judges: the final climb when no pin follows its
// top, and (with the whole-recording view agreeing) a rise under way at 30 s.
import { median, risenTo, STEP_MS } from './stand-detector-batch-signal';
import { BATCH_DEFAULTS, pinnedHeight, type BatchOptions } from './stand-detector-batch-height';
import type { MotionSample, Rise, StandCount, StandTest } from './stand-detector-types';

export { BATCH_DEFAULTS, type BatchOptions } from './stand-detector-batch-height';

export interface BatchSwing {
  startMs: number;
  topMs: number;
  endMs: number;
  rise: number;
  peak: number;
  counted: boolean;
}

export function countStandsBatch(
  samples: MotionSample[],
  test: StandTest,
  endMs: number,
  options: Partial<BatchOptions> = {},
  onSwing?: (swing: BatchSwing) => void,
  live: StandCount | null = null,
  onSignal?: (signal: { t0: number; a: Float64Array; v: Float64Array; h: Float64Array; still: Uint8Array; g: number }) => void,
): StandCount {
  const o = { ...BATCH_DEFAULTS, ...options };
  const liveTimes = live?.standTimes ?? [];
  const liveInProgress = live ? live.count > live.standTimes.length : false;
  const empty: StandCount = { count: 0, standTimes: [], fifthStandAt: null, rises: [] };
  // Before Go the phone is being put on the chest; only the last second before it (the person sitting
  // still, waiting for Go) says anything about the test.
  const pinned = pinnedHeight(samples.filter((sample) => sample.t >= -o.beforeGoMs), o);
  if (!pinned) return empty;
  const { n, t0, s, v, h, still, g, anchors, turns } = pinned;
  const tOf = (i: number) => t0 + i * STEP_MS;

  onSignal?.({ t0, a: s.map((x) => x - g), v, h, still, g });
  // Up-swings: from a minimum to the next maximum.
  const swings: { i0: number; i1: number; rise: number; peak: number }[] = [];
  for (let k = 0; k + 1 < turns.length; k++) {
    const a = turns[k]!;
    const b = turns[k + 1]!;
    // Before Go the phone is being put on the chest: lifting it from the lap is a climb, not a stand.
    if (a.max || !b.max || tOf(b.index) < 0) continue;
    let peak = 0;
    for (let i = a.index; i <= b.index; i++) peak = Math.max(peak, v[i]!);
    swings.push({ i0: a.index, i1: b.index, rise: h[b.index]! - h[a.index]!, peak });
  }
  const rises: Rise[] = [];
  let count = 0;
  let inProgressCounted = false;
  // The final climb: the last up-swing when no pin follows its top. Its height rests on an integral
  // pinned at one end only, so the live detector (whose band-passed velocity cannot drift) judges it, and it
  // says nothing of this person's usual rise.
  const final = swings[swings.length - 1];
  const lastPin = anchors.length ? anchors[anchors.length - 1]! : -1;
  const finalByLive = final !== undefined && lastPin <= final.i1;
  if (finalByLive) swings.pop();
  const clear = swings.filter((sw) => sw.rise >= o.minRise).map((sw) => Math.min(sw.rise, o.maxUsualRise));
  const usual = clear.length ? usualRise(clear) : o.priorRise;
  const need = Math.max(o.minRise, o.standFraction * usual);
  // Live stands before the final climb (those in it are counted just below).
  const liveBeforeFinal = finalByLive ? liveTimes.filter((t) => t * 1000 <= tOf(final.i0)) : liveTimes;
  if (finalByLive) {
    for (const t of liveTimes)
      if (t * 1000 > tOf(final.i0)) {
        rises.push({ start: tOf(final.i0) / 1000, top: t, riseSeconds: t - tOf(final.i0) / 1000 });
        count++;
      }
  }
  for (const [k, sw] of swings.entries()) {
    // The first climb after Go, measured with nothing still before it, counts lower when live heard a stand in it.
    const heardFirst = k === 0 && sw.rise >= Math.max(o.minRise, FIRST_CLIMB_FRACTION * usual) && liveBeforeFinal.some((t) => t * 1000 > tOf(sw.i0) && t * 1000 <= tOf(sw.i1) + o.liveMatchMs);
    const counted = sw.rise >= need || heardFirst;
    // Full standing: the chest has risen topFraction of the way.
    let top = risenTo(h, sw.i0, sw.i1, o.topFraction);
    onSwing?.({ startMs: tOf(sw.i0), topMs: tOf(top), endMs: tOf(sw.i1), rise: sw.rise, peak: sw.peak, counted });
    if (!counted) continue;
    // The live detector pins the moment of full standing well (it looks at the braking itself): use its
    // time when it saw this rise end near where the whole-recording top is.
    // Also when it saw the rise end anywhere in this climb: near the end of the recording the integral,
    // pinned at one end only, can put the top after 30 s although the chest was up before.
    const near = liveTimes.find((s) => s * 1000 > tOf(sw.i0) && (Math.abs(s * 1000 - tOf(top)) <= o.liveMatchMs || s * 1000 <= tOf(sw.i1)));
    if (near !== undefined) top = Math.round((near * 1000 - t0) / STEP_MS);
    if (tOf(top) <= endMs) {
      rises.push({ start: tOf(sw.i0) / 1000, top: tOf(top) / 1000, riseSeconds: (tOf(top) - tOf(sw.i0)) / 1000 });
      count++;
    } else if (test === 'chair-stand-30' && tOf(sw.i0) < endMs && !inProgressCounted) {
      // Under way at the end of the test: counts if the chest is past half-way up.
      const iEnd = Math.min(n - 1, Math.floor((endMs - t0) / STEP_MS));
      if (h[iEnd]! - h[sw.i0]! >= o.halfWay * Math.max(o.minRise, usual)) inProgressCounted = true;
    }
  }
  if (test === 'chair-stand-30' && !inProgressCounted && !finalByLive) {
    // A rise under way at the end that did not reach a stand's height within the recording (it was cut off).
    const last = swings[swings.length - 1];
    const iEnd = Math.min(n - 1, Math.floor((endMs - t0) / STEP_MS));
    if (last && last.i0 < iEnd && last.i1 >= iEnd - 1 && last.rise < need && h[iEnd]! - h[last.i0]! >= o.halfWay * Math.max(o.minRise, usual)) inProgressCounted = true;
  }
  if (test === 'chair-stand-30') {
    // A rise under way at 30 s counts when past half-way up. It runs past the last pin, where the
    // whole-recording integral can drift, so the live detector must see it past half-way too.
    if (liveInProgress && (inProgressCounted || finalByLive)) count++;
  }
  rises.sort((a, b) => a.top - b.top);
  const standTimes = rises.map((r) => r.top);
  return { count, standTimes, fifthStandAt: standTimes[4] ?? null, rises };
}

/**
 * The first climb after Go is measured with the least before it: a recording may start at Go (one made with
 * another tool), and in the app only the last second before Go is used (B0). A quick riser is up a second
 * after Go, with no still moment to pin before the lean, and the climb reads short (0.26–0.33 m against
 * 0.5 m for the same person's later stands). It counts at this part of the usual rise (and at least
 * minRise) when the live detector, which needs nothing before Go, heard a stand in it; not lower, so that a
 * first rise that stops half-way, which live can mishear, still does not count.
 */
const FIRST_CLIMB_FRACTION = 0.5;

/** Tall climbs: this quantile of the clear ones (not the tallest, which may be drift)… */
const TALL_QUANTILE = 0.75;
/** …and the part of a tall climb that a climb must reach to say anything about the person's stands. */
const PART_OF_TALL = 0.4;

/**
 * This person's usual rise: the median of their clear climbs, leaving out those under PART_OF_TALL of the
 * tall ones. Rocking forward and back before a rise, and the chest's bounce on landing on the seat, can
 * read 0.15–0.25 m against 0.35–0.55 m for the same person's stands; as part of the median they pulled the
 * bar for a stand down to them (one person's rocks before the first rise counted as stands: 9 for 6). A
 * frail person's rises, all about the same height, are all kept.
 */
function usualRise(clear: number[]): number {
  const sorted = [...clear].sort((a, b) => a - b);
  const tall = sorted[Math.min(sorted.length - 1, Math.floor(TALL_QUANTILE * sorted.length))]!;
  return median(sorted.filter((rise) => rise >= PART_OF_TALL * tall));
}

/** Windows (s) of the first velocity high-pass tried by countStandsBatchMiddle. */
const FIRST_HIGH_PASS_TRIES = [2, 2.5, 3];
/** …and for a slow mover: someone whose stands, as the live counter heard them (at least SLOW_MOVER_RISES
 * of them), took SLOW_MOVER_RISE_S (s) or more on median to rise. A 2–3 s window takes away part of a 2–3 s
 * rise, and the pins then split it: a frail person's 0.25 m rise read 0.12 m, short of a stand. On the third
 * independent simulator's frail people, exact 30-second counts went from 15 to 19 of 29 (within one: 27
 * to 28); nobody else on any corpus rises that slowly, and no other count changed. */
const SLOW_MOVER_HIGH_PASS_TRIES = [3, 4, 5];
const SLOW_MOVER_RISES = 2;
const SLOW_MOVER_RISE_S = 1.5;

/**
 * The first guess of the chest's turning points comes from a high-pass whose window is itself a guess,
 * and on slow or uneven movement another window can settle on other turning points, adding or dropping
 * a stand. So the recording is counted with three windows and the middle count is taken. On simulated
 * traces this lifted exact counts on all of our seeds (e.g. 91.9 → 94.1 %) and on a second, independently
 * written simulator (86.4 → 88.9 %), where any one window was better on some and worse on others.
 */
export function countStandsBatchMiddle(samples: MotionSample[], test: StandTest, endMs: number, live: StandCount | null): StandCount {
  const riseSeconds = (live?.rises ?? []).map((rise) => rise.riseSeconds);
  const slowMover = riseSeconds.length >= SLOW_MOVER_RISES && median(riseSeconds) >= SLOW_MOVER_RISE_S;
  const runs = (slowMover ? SLOW_MOVER_HIGH_PASS_TRIES : FIRST_HIGH_PASS_TRIES).map((firstHighPassS) => countStandsBatch(samples, test, endMs, { firstHighPassS }, undefined, live));
  const middle = runs.map((run) => run.count).sort((a, b) => a - b)[1];
  return runs.find((run) => run.count === middle)!;
}

