// The signal half of the stand detector (the method is described at the top
// of stand-detector.ts): turns irregular accelerometer samples into a steady
// 50 Hz stream of vertical acceleration and vertical velocity, whatever the
// phone's orientation, axis signs or sampling rate.
import type { MotionSample } from './stand-detector-types';

/** The internal time step: 50 Hz, finer than any movement of the body. */
export const STEP_MS = 20;
const DT = STEP_MS / 1000;

/** Seconds of signal used for the first estimate of gravity. */
const INITIAL_SECONDS = 0.5;
/** Gravity's direction is followed with this time constant (s): quick enough to keep up with the trunk
 * tipping 30–45° in half a second, slow enough not to follow each jolt of the body. */
const GRAVITY_DIRECTION_S = 0.15;
/** The acceleration's own slow mean is removed with this time constant (s)… */
const ACCEL_MEAN_S = 4;
/** …and the velocity forgets with this one (s), so that errors cannot build up over 30 s of movement. */
const VELOCITY_LEAK_S = 2;
/** Smoothing used to decide whether the body is still, and to see braking (s). */
const STILL_SMOOTH_S = 0.25;
const BRAKE_SMOOTH_S = 0.06;
/** Still: over the last STILL_FOR_S the smoothed vertical reading moved less than this (m/s²)… A spread,
 * not a size: it does not need gravity's size, so a wrong first guess of it (the phone was being put on the
 * chest in the first half second) cannot stop stillness from being seen, and so from being corrected. */
const STILL_SPREAD = 0.2;
/** …and never more than this from gravity's size (m/s²): loose enough that a first guess kept within
 * GRAVITY_LOW–GRAVITY_HIGH can still be corrected, but the steady push of a slow rise is not stillness. */
const STILL_MOST = 0.8;
/** …and gravity's direction in the phone turning less than this over 0.3 s (radians, about 3.5°)… */
const STILL_TURN = 0.06;
/** …for at least this long (s). */
const STILL_FOR_S = 0.4;
/** While still, gravity's size is learnt with this time constant (s). */
const GRAVITY_LEARN_S = 0.5;
/** Phones report gravity as 9.7–9.9 m/s²: a first guess outside this band (the first half second was
 * movement) is pulled into it; the still moments then correct it. */
const GRAVITY_LOW = 9.4;
const GRAVITY_HIGH = 10.2;

export interface VerticalStep {
  /** ms from Go */
  t: number;
  /** Vertical acceleration, m/s², up positive (gravity removed). */
  a: number;
  /** The same, smoothed over about 0.06 s. */
  aSmooth: number;
  /** Vertical velocity, m/s, band-passed (slow drift removed, so it shows movements), 0 when the body is still. */
  v: number;
  /** The body has been still for a while (sitting or standing). */
  still: boolean;
}

export interface VerticalSignal {
  push(sample: MotionSample): void;
  /** Use what is buffered even if under INITIAL_SECONDS came in. */
  flush(): void;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const rate = (seconds: number) => 1 - Math.exp(-DT / seconds);

export function createVerticalSignal(onStep: (step: VerticalStep) => void): VerticalSignal {
  let prev: MotionSample | null = null;
  let nextT = NaN;
  // Before gravity is known, steps wait here.
  let pending: { t: number; x: number; y: number; z: number }[] | null = [];
  let g = NaN; // size of gravity on this phone
  let gx = 0; // gravity's direction (not normalised): a quickly smoothed copy of the signal
  let gy = 0;
  let gz = 0;
  let v = 0;
  let aStill = 0;
  let aBrake = 0;
  let aMean = 0;
  // Gravity's slowly smoothed direction 0.3 s ago, to see whether the trunk is turning.
  let sx = 0;
  let sy = 0;
  let sz = 0;
  const TURN_STEPS = Math.round(300 / STEP_MS);
  const turnHistory = new Float64Array(3 * TURN_STEPS);
  let steps = 0;
  let turnQuietFor = 0; // how long gravity's direction has not been turning (s)
  const STILL_STEPS = Math.round((STILL_FOR_S * 1000) / STEP_MS);
  const recentStill = new Float64Array(STILL_STEPS); // aStill over the last STILL_FOR_S
  const kGravity = rate(GRAVITY_DIRECTION_S);
  const kStill = rate(STILL_SMOOTH_S);
  const kBrake = rate(BRAKE_SMOOTH_S);
  const kMean = rate(ACCEL_MEAN_S);
  const leak = Math.exp(-DT / VELOCITY_LEAK_S);
  const zupt = Math.exp(-DT / 0.15);
  const meanReset = Math.exp(-DT / 0.5);

  const step = (t: number, x: number, y: number, z: number) => {
    const m = Math.sqrt(x * x + y * y + z * z);
    if (m === 0) return;
    gx += (x - gx) * kGravity;
    gy += (y - gy) * kGravity;
    gz += (z - gz) * kGravity;
    const gn = Math.sqrt(gx * gx + gy * gy + gz * gz) || 1;
    // Project on gravity's own (measured) direction: orientation and sign do not matter.
    const a = (x * gx + y * gy + z * gz) / gn - g;
    aStill += (a - aStill) * kStill;
    aBrake += (a - aBrake) * kBrake;

    sx += (x / m - sx) * kStill;
    sy += (y / m - sy) * kStill;
    sz += (z / m - sz) * kStill;
    const sn = Math.sqrt(sx * sx + sy * sy + sz * sz) || 1;
    const slot = (steps % TURN_STEPS) * 3;
    let turn = Infinity;
    if (steps >= TURN_STEPS) {
      const dot = (sx * turnHistory[slot]! + sy * turnHistory[slot + 1]! + sz * turnHistory[slot + 2]!) / sn;
      turn = Math.acos(Math.min(1, Math.max(-1, dot)));
    }
    turnHistory[slot] = sx / sn;
    turnHistory[slot + 1] = sy / sn;
    turnHistory[slot + 2] = sz / sn;
    steps++;

    recentStill[steps % STILL_STEPS] = aStill;
    let lo = Infinity;
    let hi = -Infinity;
    for (const value of recentStill) {
      lo = Math.min(lo, value);
      hi = Math.max(hi, value);
    }
    turnQuietFor = turn < STILL_TURN ? turnQuietFor + DT : 0;
    const still = turnQuietFor >= STILL_FOR_S && steps >= STILL_STEPS && hi - lo < STILL_SPREAD && Math.abs(aStill) < STILL_MOST;
    aMean += (a - aMean) * kMean;
    v = v * leak + (a - aMean) * DT;
    if (still) {
      // Zero-velocity update: a body at rest is not moving, whatever the integral says;
      // and at rest the measured size is gravity itself, so re-learn it.
      v *= zupt;
      g += (aStill * DT) / GRAVITY_LEARN_S;
      aMean *= meanReset;
    }
    onStep({ t, a, aSmooth: aBrake, v, still });
  };

  const start = () => {
    if (!pending || pending.length === 0) return;
    g = Math.min(GRAVITY_HIGH, Math.max(GRAVITY_LOW, median(pending.map((p) => Math.hypot(p.x, p.y, p.z)))));
    const queued = pending;
    pending = null;
    const first = queued[0]!;
    [gx, gy, gz] = [first.x, first.y, first.z];
    const fm = Math.hypot(first.x, first.y, first.z) || 1;
    [sx, sy, sz] = [first.x / fm, first.y / fm, first.z / fm];
    for (const p of queued) step(p.t, p.x, p.y, p.z);
  };

  const emit = (t: number, x: number, y: number, z: number) => {
    if (pending) {
      pending.push({ t, x, y, z });
      if (t - pending[0]!.t >= INITIAL_SECONDS * 1000) start();
    } else step(t, x, y, z);
  };

  return {
    push(sample) {
      const { t, x, y, z } = sample;
      if (!Number.isFinite(t) || !Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z)) return;
      if (prev === null) {
        prev = sample;
        nextT = Math.ceil(t / STEP_MS) * STEP_MS;
        if (nextT === t) {
          emit(t, x, y, z);
          nextT += STEP_MS;
        }
        return;
      }
      if (t <= prev.t) return; // out of order or repeated: the stream only goes forward
      // Linear interpolation onto the 50 Hz grid (which also bridges short gaps in the data).
      const p = prev;
      const span = t - p.t;
      while (nextT <= t) {
        const u = (nextT - p.t) / span;
        emit(nextT, p.x + (x - p.x) * u, p.y + (y - p.y) * u, p.z + (z - p.z) * u);
        nextT += STEP_MS;
      }
      prev = sample;
    },
    flush() {
      if (pending) start();
    },
  };
}
