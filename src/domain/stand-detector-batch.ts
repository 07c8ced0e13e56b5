// The whole-recording ("batch") stand counter for the 30-second chair stand (steps B1–B6 at the top of
// stand-detector.ts). Why it differs from the live counter: live must decide causally, so it reads
// height from a band-passed velocity whose zero crossings are not the chest's real turning points
// (rises come out too short or too tall). Here the whole recording is known, so velocity can be the
// plain integral of the acceleration pinned to zero where the chest really is at rest or at a
// turning point, on both sides of each rise, and each rise is measured between two such pins.
// Where there is no later pin (the end of the recording) that advantage is gone and the unpinned
// integral can drift, so there the live detector judges: the final climb when no pin follows its
// top, and (with the whole-recording view agreeing) a rise under way at 30 s.
import { anchored, centredMean, DT, integrate, median, mergeSorted, resample, stillMask, STEP_MS, turningPoints } from './stand-detector-batch-signal';
import type { MotionSample, Rise, StandCount, StandTest } from './stand-detector-types';

export interface BatchOptions {
  /** Centred window for gravity's direction (s): long enough to average out the chest's own forward and
   * backward acceleration as the trunk pitches, short enough to follow a 30–45° lean taken in half a second
   * (on simulated traces 0.5 s gave about 15 % less error in vertical acceleration than 0.8 s). */
  gravityWindowS: number;
  /** Height swings smaller than this are not turning points (m). A lean forward and back lowers the chest
   * 5–8 cm; under that, its low and high points are pinned, so the lean's drift cannot add to the next rise. */
  turnHysteresis: number;
  /** Rounds of: anchor velocity at the turning points, find the turning points again. */
  rounds: number;
  /** Centred window of the first velocity high-pass (s). */
  firstHighPassS: number;
  /** Stand time: when the chest has risen this fraction of the rise. */
  topFraction: number;
  standFraction: number;
  minRise: number;
  priorRise: number;
  maxUsualRise: number;
  halfWay: number;
  /** A live stand time this close to the top (ms) is taken as the moment of full standing. */
  liveMatchMs: number;
  /** Still: over stillWindowS the smoothed vertical reading moves less than stillRange (m/s²). */
  stillWindowS: number;
  stillRange: number;
  stillSmoothS: number;
}

export const BATCH_DEFAULTS: BatchOptions = {
  gravityWindowS: 0.5,
  turnHysteresis: 0.03,
  rounds: 4,
  firstHighPassS: 2,
  topFraction: 0.97,
  standFraction: 0.7,
  minRise: 0.2,
  priorRise: 0.4,
  maxUsualRise: 0.6,
  halfWay: 0.5,
  liveMatchMs: 500,
  stillWindowS: 0.6,
  stillRange: 0.25,
  stillSmoothS: 0.3,
};

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
  const grid = resample(samples);
  if (!grid) return empty;
  const { n, t0 } = grid;
  const tOf = (i: number) => t0 + i * STEP_MS;

  // Gravity's direction in the phone: the signal averaged over a centred window.
  const half = Math.max(1, Math.round(o.gravityWindowS / DT / 2));
  const gx = centredMean(grid.x, half);
  const gy = centredMean(grid.y, half);
  const gz = centredMean(grid.z, half);
  const s = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const gn = Math.hypot(gx[i]!, gy[i]!, gz[i]!) || 1;
    s[i] = (grid.x[i]! * gx[i]! + grid.y[i]! * gy[i]! + grid.z[i]! * gz[i]!) / gn;
  }
  // Still: the smoothed vertical reading stays within a narrow band over a centred window (this does not
  // need gravity's size, so a poor first guess of it cannot stop stillness from being seen).
  const smooth = centredMean(s, Math.max(1, Math.round(o.stillSmoothS / DT / 2)));
  const still = stillMask(smooth, Math.max(1, Math.round(o.stillWindowS / DT / 2)), o.stillRange);
  // Gravity's size: the median vertical reading while still (or over everything if never still).
  const stillValues: number[] = [];
  for (let i = 0; i < n; i++) if (still[i]) stillValues.push(s[i]!);
  const g = stillValues.length >= 25 ? median(stillValues) : median(s);
  const stillAnchors: number[] = [];
  for (let i = 0; i < n; i++) if (still[i]) stillAnchors.push(i);
  const v0 = new Float64Array(n);
  for (let i = 1; i < n; i++) v0[i] = v0[i - 1]! + 0.5 * (s[i]! + s[i - 1]! - 2 * g) * DT;

  // First guess of the velocity: slow drift removed by a centred moving average; then, a few times,
  // velocity anchored at zero while still and at the chest's turning points, and the turning points found again.
  const slow = centredMean(v0, Math.round(o.firstHighPassS / DT / 2));
  let v: Float64Array = new Float64Array(n);
  for (let i = 0; i < n; i++) v[i] = v0[i]! - slow[i]!;
  let h = integrate(v);
  let turns = turningPoints(h, o.turnHysteresis);
  let anchors = stillAnchors;
  for (let r = 0; r < o.rounds; r++) {
    // The last extreme is not confirmed (the recording may end mid-movement): not an anchor.
    anchors = mergeSorted(stillAnchors, turns.slice(0, -1).map((tp) => tp.index));
    v = anchored(v0, anchors);
    h = integrate(v);
    turns = turningPoints(h, o.turnHysteresis);
  }

  onSignal?.({ t0, a: s.map((x) => x - g), v, h, still, g });
  // Up-swings: from a minimum to the next maximum.
  const swings: { i0: number; i1: number; rise: number; peak: number }[] = [];
  for (let k = 0; k + 1 < turns.length; k++) {
    const a = turns[k]!;
    const b = turns[k + 1]!;
    if (a.max || !b.max) continue;
    let peak = 0;
    for (let i = a.index; i <= b.index; i++) peak = Math.max(peak, v[i]!);
    swings.push({ i0: a.index, i1: b.index, rise: h[b.index]! - h[a.index]!, peak });
  }
  const clear = swings.filter((sw) => sw.rise >= o.minRise).map((sw) => Math.min(sw.rise, o.maxUsualRise));
  const usual = clear.length ? median(clear) : o.priorRise;
  const need = Math.max(o.minRise, o.standFraction * usual);

  const rises: Rise[] = [];
  let count = 0;
  let inProgressCounted = false;
  // The final climb: the last up-swing when no pin follows its top. Its height rests on an integral
  // pinned at one end only, so the live detector (whose band-passed velocity cannot drift) judges it.
  const final = swings[swings.length - 1];
  const lastPin = anchors.length ? anchors[anchors.length - 1]! : -1;
  const finalByLive = final !== undefined && lastPin <= final.i1;
  if (finalByLive) {
    swings.pop();
    for (const t of liveTimes)
      if (t * 1000 > tOf(final.i0)) {
        rises.push({ start: tOf(final.i0) / 1000, top: t, riseSeconds: t - tOf(final.i0) / 1000 });
        count++;
      }
  }
  for (const sw of swings) {
    const counted = sw.rise >= need;
    // Full standing: the chest has risen topFraction of the way.
    let top = sw.i1;
    const target = h[sw.i0]! + o.topFraction * sw.rise;
    for (let i = sw.i0; i <= sw.i1; i++)
      if (h[i]! >= target) {
        top = i;
        break;
      }
    onSwing?.({ startMs: tOf(sw.i0), topMs: tOf(top), endMs: tOf(sw.i1), rise: sw.rise, peak: sw.peak, counted });
    if (!counted) continue;
    // The live detector pins the moment of full standing well (it looks at the braking itself): use its
    // time when it saw this rise end near where the whole-recording top is.
    const near = liveTimes.find((s) => s * 1000 > tOf(sw.i0) && Math.abs(s * 1000 - tOf(top)) <= o.liveMatchMs);
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
