// When is the person seated again in a Timed Up and Go? From the phone held
// flat on the chest, the recording from Start (the countdown, seated) to now.
// Pure: no browser. Called again as samples arrive; it answers once the
// person has sat down and been still for a moment, with the moment they sat.
//
// The method, and why:
// 1. Resample to a steady 50 Hz (phones send 15–60 events a second,
//    irregularly): everything after works on one time step.
// 2. Gravity's direction in the phone's frame is the reading averaged over
//    0.6 s (centred: it keeps up as the trunk leans to rise or sit) or, while
//    the trunk is not turning, over 2 s: the 0.6 s average leans with every
//    step's sideways and forward jolt, and the reading along it is then high
//    by about 0.1 m/s² all through the walk. No orientation is left in what
//    follows, so any way of holding the phone, and iOS's negated axes, agree.
// 3. Still moments: the movement (the reading minus gravity), averaged over
//    half a second, stays under a threshold set from this recording's own
//    quietest moments (sitting before Go and after), so a noisy phone is
//    judged against itself. The rise is the first clear movement after Go.
// 4. A stillness of 0.8 s, starting at least 3 s after the rise began, is a
//    sit only if the chest came down into it: the vertical acceleration,
//    integrated back from the stillness (the chest at rest), shows it at least
//    0.25 m higher (and at most 0.75 m: more is the integral astray) within
//    6.5 s, coming down at 0.2 m/s or more, with the trunk leaning 10° or more
//    on the way (sitting down needs a forward lean; walking on does not). The
//    velocity is pinned to zero at both ends (at the top averaged over a step,
//    as walking bobs it), which takes off any steady error: a slightly wrong
//    gravity, or what is left of the walking error. The top is looked for
//    only 5 s after the rise began, so the rise itself cannot be taken for a
//    chest that came down. Standing still at the line or before the chair has
//    no drop; the stillness before rising comes before the rise.
// 5. The moment of sitting: the end of the way down, when the chest's speed
//    has fallen to a tenth of its fastest (the hips on the seat; leaning back
//    against the chair afterwards moves it little).
// Slow walkers may pass for still; a stillness is tried again every half
// second for as long as it lasts.
import { centredMean, median, resample } from './stand-detector-batch-signal';
import type { MotionSample } from './stand-detector-types';

const STEP_S = 0.02;
/** Stillness this long (s) confirms the person has sat. */
const STILL_S = 0.8;
/** Movement (m/s²) under this is still, whatever this phone's noise. */
const STILL_FLOOR = 0.1;
/** ...and under this many times the recording's quiet level. */
const STILL_TIMES_QUIET = 1.7;
/** A sit comes at least this long (s) after the rise began: a walk and a turn at the least. */
const MOVING_BEFORE_S = 3;
/** The top the chest comes down from is at least this long (s) after the rise began: past the slowest rise. */
const TOP_AFTER_RISE_S = 5;
/** The rise is movement this many times the stillness threshold. */
const RISE_TIMES = 3;
const RETRY_STEPS = 25;
/** A chest does not come down more than this (m) into a chair: more is the integral gone astray. */
const MAX_DROP_M = 0.75;
/** The chest comes down at least this much (m) into a sit. */
const DROP_M = 0.25;
/** How far back (s) from the stillness to look for the drop. */
const LOOK_BACK_S = 6.5;
/** Velocity is averaged over this many steps either side (0.4 s: a walking step) where it is pinned. */
const AVERAGE_STEPS = 20;
/** The way down ends when the chest's speed falls under this part of its fastest. */
const LANDED_FRACTION = 0.1;
/** The chest comes down into a sit at least this fast at some moment (m/s). */
const DESCENT_SPEED = 0.2;
/** Samples before this (ms from Go) are not used: the countdown's last seconds are enough. */
const FROM_MS = -4000;

/** Sitting down, the trunk leans forward at least this much (radians): walking on, it does not. */
const MIN_LEAN = (10 * Math.PI) / 180;
const BLEND_FROM = (4 * Math.PI) / 180;
const BLEND_OVER = (6 * Math.PI) / 180;

function unit(v: Float64Array[], i: number): [number, number, number] {
  const size = Math.hypot(v[0]![i]!, v[1]![i]!, v[2]![i]!) || 1;
  return [v[0]![i]! / size, v[1]![i]! / size, v[2]![i]! / size];
}

export interface TugSit {
  /** Seconds from Go at which the person was seated again. */
  seatedAt: number;
  /** How far the chest came down (m). */
  dropMetres: number;
}

/** The moment the person sat down again, or null while they have not (or not long enough to be sure). */
export function findTugSit(samples: readonly MotionSample[]): TugSit | null {
  const grid = resample(samples.filter((s) => s.t >= FROM_MS));
  if (!grid) return null;
  const { n, t0 } = grid;
  const fine = [grid.x, grid.y, grid.z].map((a) => centredMean(a, 5));
  const slow = [grid.x, grid.y, grid.z].map((a) => centredMean(a, 15));
  const steady = [grid.x, grid.y, grid.z].map((a) => centredMean(a, 50));
  const vertical = new Float64Array(n);
  const moving = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const f = [fine[0]![i]!, fine[1]![i]!, fine[2]![i]!] as const;
    const g = unit(slow, i);
    const gl = unit(steady, i);
    // Walking: the 2 s direction (the 0.6 s one leans with each step's jolt, reading high on average).
    // Turning the trunk to rise or sit: the 0.6 s one, which keeps up.
    const cos = g[0] * gl[0] + g[1] * gl[1] + g[2] * gl[2];
    const w = Math.min(1, Math.max(0, (Math.acos(Math.min(1, cos)) - BLEND_FROM) / BLEND_OVER));
    const d = [w * g[0] + (1 - w) * gl[0], w * g[1] + (1 - w) * gl[1], w * g[2] + (1 - w) * gl[2]];
    const size = Math.hypot(d[0]!, d[1]!, d[2]!) || 1;
    vertical[i] = (f[0] * d[0]! + f[1] * d[1]! + f[2] * d[2]!) / size;
    const gs = Math.hypot(slow[0]![i]!, slow[1]![i]!, slow[2]![i]!);
    moving[i] = Math.hypot(f[0] - g[0] * gs, f[1] - g[1] * gs, f[2] - g[2] * gs);
  }
  const movement = centredMean(moving, 12);
  const quiet = [...movement].sort((a, b) => a - b)[Math.floor(n / 20)]!;
  const threshold = Math.max(STILL_FLOOR, STILL_TIMES_QUIET * quiet);
  const stillSteps = Math.round(STILL_S / STEP_S);
  const timeAt = (i: number) => (t0 + i * STEP_S * 1000) / 1000;

  // The rise: the first clear movement after Go.
  let rise = -1;
  for (let i = 0; i < n && rise < 0; i++) if (timeAt(i) >= 0 && movement[i]! >= RISE_TIMES * threshold) rise = i;
  if (rise < 0) return null;
  let run = 0;
  // The half-window of `movement` at the end is not yet known in full.
  for (let i = rise; i < n - 12; i++) {
    run = movement[i]! < threshold ? run + 1 : 0;
    // Tried as the stillness begins, and every half second on (a slow walk may pass for still).
    if (run < stillSteps || (run - stillSteps) % RETRY_STEPS !== 0) continue;
    const start = i - stillSteps + 1;
    if ((start - rise) * STEP_S < MOVING_BEFORE_S) continue;
    const sit = dropInto(vertical, start, stillSteps, rise + Math.round(TOP_AFTER_RISE_S / STEP_S));
    if (sit && leanDuring(slow, sit.top, start) < MIN_LEAN) continue;
    if (sit) return { seatedAt: Math.max(0, timeAt(sit.index)), dropMetres: sit.drop };
  }
  return null;
}

/**
 * Integrates back from rest at `start`: where the chest came down from, how
 * far, and its lowest point (the hips on the seat). The velocity is pinned to
 * zero at both ends, at the stillness and at the top (averaged over a step,
 * as walking bobs it): while walking, the reading along gravity is a little
 * over gravity on average (the trunk's sideways and forward jolts tilt the
 * averaged direction), as is a slightly wrong gravity, and over seconds of
 * walking either would make a drop out of nothing; a straight line taken off
 * the velocity removes any steady error.
 */
/** The most the trunk turned (radians) from its direction at `from`, up to `to`. */
function leanDuring(direction: Float64Array[], from: number, to: number): number {
  const a = unit(direction, from);
  let most = 0;
  for (let i = from; i <= to; i++) {
    const b = unit(direction, i);
    most = Math.max(most, Math.acos(Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2])));
  }
  return most;
}

function dropInto(vertical: Float64Array, start: number, stillSteps: number, earliest: number): { index: number; top: number; drop: number } | null {
  const gravity = median(vertical.subarray(start, start + stillSteps));
  const steps = Math.min(start - earliest, Math.round(LOOK_BACK_S / STEP_S));
  if (steps <= AVERAGE_STEPS) return null;
  // k steps before `start`: velocity and height, integrated backwards from rest.
  const v = new Float64Array(steps + 1);
  const h = new Float64Array(steps + 1);
  for (let k = 1; k <= steps; k++) {
    const i = start - k;
    v[k] = v[k - 1]! - (0.5 * (vertical[i]! + vertical[i + 1]!) - gravity) * STEP_S;
    h[k] = h[k - 1]! - 0.5 * (v[k]! + v[k - 1]!) * STEP_S;
  }
  const stepMean = centredMean(v, AVERAGE_STEPS);
  // Height at k if the chest was at rest there too: a steady error's share taken off.
  const pinned = (k: number, top: number) => h[k]! + (stepMean[top]! * k * k * STEP_S) / (2 * top);
  // The top: the nearest height the chest came down from, where it was at rest (steady on average).
  let top = 0;
  for (let k = AVERAGE_STEPS; k <= steps; k++) {
    const height = pinned(k, k);
    if (height > pinned(top, top || 1)) top = k;
  }
  if (top === 0) return null;
  let fastest = 0;
  let fastestAt = 0;
  const speed = (k: number) => v[k]! - (stepMean[top]! * k) / top;
  for (let k = 0; k <= top; k++) {
    if (speed(k) < fastest) {
      fastest = speed(k);
      fastestAt = k;
    }
  }
  // Seated: where the way down ends, the chest all but stopped (after its fastest).
  let landed = fastestAt;
  while (landed > 0 && speed(landed) < LANDED_FRACTION * fastest) landed--;
  const drop = pinned(top, top) - pinned(landed, top);
  return drop >= DROP_M && drop <= MAX_DROP_M && fastest <= -DESCENT_SPEED ? { index: start - landed, top: start - top, drop } : null;
}
