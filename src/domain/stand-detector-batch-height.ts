// Steps B1–B3 of the whole-recording stand counter (top of stand-detector.ts): the chest's height from a
// stretch of recording, with velocity pinned to zero where the chest is really at rest or at a turning
// point. Shared by the whole-recording counter (stand-detector-batch.ts) and the live counter's look-back
// check of each stand (stand-detector-lookback.ts).
import { anchored, centredMean, DT, integrate, median, mergeSorted, resample, stillMask, turningPoints } from './stand-detector-batch-signal';
import type { MotionSample } from './stand-detector-types';

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
  /** …and gravity's direction in the phone turning less than this across stillWindowS (radians). */
  stillTurn: number;
  stillSmoothS: number;
  /** Recording before Go looked at (ms). */
  beforeGoMs: number;
}

export const BATCH_DEFAULTS: BatchOptions = {
  gravityWindowS: 0.5,
  turnHysteresis: 0.03,
  rounds: 4,
  firstHighPassS: 2,
  topFraction: 0.97,
  // Of the usual rise, which leaves out rocks and bounces (usualRise in stand-detector-batch.ts).
  standFraction: 0.65,
  // The smallest climb that can be a stand (m). The whole-recording measure reads a frail person's slow
  // rises at 0.14–0.18 m (the pins between still moments take some of it); with 0.2 most went uncounted. On the
  // third simulator's frail people 0.15 took exact counts from 9 to 14 of 29 (within one: 13 to 26); on
  // the second it added 4 false starts and failed rises (exact 92.5 -> 91.0 %); on ours it changed nothing.
  minRise: 0.15,
  priorRise: 0.4,
  maxUsualRise: 0.6,
  halfWay: 0.5,
  liveMatchMs: 500,
  stillWindowS: 0.6,
  stillRange: 0.25,
  // About 3°. A frail person's slow rise can climb at an almost steady speed, so the acceleration barely
  // varies and looked like rest: the velocity was pinned to zero mid-rise and the rise came out half its
  // height. The trunk is straightening all the while, which this sees. On a second independent simulator's
  // frail people (rises of 0.3–0.5 m/s), exact 30-second counts went from 1 in 29 to 9 in 29.
  stillTurn: 0.05,
  stillSmoothS: 0.3,
  beforeGoMs: 1000,
};

export interface PinnedHeight {
  /** ms of the first step; step i is at t0 + i·STEP_MS. */
  t0: number;
  n: number;
  /** Vertical reading (gravity included), velocity and height at each step. */
  s: Float64Array;
  v: Float64Array;
  h: Float64Array;
  still: Uint8Array;
  /** Gravity's size, the steps where velocity is pinned, and the chest's turning points (the last one unconfirmed). */
  g: number;
  anchors: number[];
  turns: { index: number; max: boolean }[];
}

export function pinnedHeight(samples: MotionSample[], o: BatchOptions = BATCH_DEFAULTS): PinnedHeight | null {
  const grid = resample(samples);
  if (!grid) return null;
  const { n, t0 } = grid;

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
  const stillHalf = Math.max(1, Math.round(o.stillWindowS / DT / 2));
  const still = stillMask(smooth, stillHalf, o.stillRange);
  for (let i = 0; i < n; i++) if (still[i] && turnedBetween(gx, gy, gz, Math.max(0, i - stillHalf), Math.min(n - 1, i + stillHalf)) > o.stillTurn) still[i] = 0;
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
  return { t0, n, s, v, h, still, g, anchors, turns };
}

/** The angle (radians) between the direction of (x, y, z) at steps a and b. */
function turnedBetween(x: Float64Array, y: Float64Array, z: Float64Array, a: number, b: number): number {
  const dot = x[a]! * x[b]! + y[a]! * y[b]! + z[a]! * z[b]!;
  const size = Math.hypot(x[a]!, y[a]!, z[a]!) * Math.hypot(x[b]!, y[b]!, z[b]!);
  return size > 0 ? Math.acos(Math.min(1, Math.max(-1, dot / size))) : 0;
}
