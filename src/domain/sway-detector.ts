// Did the person lose their balance during a stance of the 4-Stage Balance
// Test? From the phone held flat on the chest, live, sample by sample. Pure:
// no browser.
//
// Quiet standing moves the chest little: the body sways slowly at the ankles
// (a degree or two), the hips correct it, the chest rises and falls with each
// breath. A step or a grab for support is different: within half a second the
// trunk tips several degrees and the chest is thrown sideways, so the phone's
// reading (gravity plus the chest's acceleration) swings away from where it
// has been over the last seconds. So:
// 1. Two time-aware averages of the reading (any rate, any jitter): a quick
//    one (0.15 s, to quiet the sensor's noise) and a slow one (2.5 s, where
//    the reading has been). Before Go the slow one follows faster (0.5 s), as
//    the person is still stepping into the stance.
// 2. Their difference, in m/s², has no orientation in it: any way of holding
//    the phone, and iOS's negated axes, give the same. A 6° tip alone moves it
//    by about 1 m/s²; quiet sway and breathing by a few tenths.
// 3. It fires when the difference stays over 1.0 m/s² for 0.1 s (a cough or a
//    knock on the phone is shorter), after Go, once. The moment reported is
//    when the difference last rose through 0.45 m/s² before that (at most
//    0.6 s before): when the movement began, not when it was recognised.
import type { MotionSample } from './stand-detector-types';

const QUICK_S = 0.15;
const SLOW_S = 2.5;
const SLOW_BEFORE_GO_S = 0.5;
/** m/s² of swing that is a loss of balance... */
const FIRE = 1.0;
/** ...held this long (ms). */
const HOLD_MS = 100;
/** The movement began when the swing last rose through this (m/s²)... */
const ONSET = 0.45;
/** ...at most this long (ms) before it was recognised: a swing that lingered near the line began later. */
const ONSET_WITHIN_MS = 600;
/** A gap this long (ms) between samples starts the averages afresh: the phone stopped sending. */
const GAP_MS = 1000;

export interface SwayDetector {
  /** Feed samples in time order (t in ms from Go). Returns the ms from Go at which balance was lost, once; else null. */
  push(sample: MotionSample): number | null;
}

export function createSwayDetector(): SwayDetector {
  let quick: number[] | null = null;
  let slow: number[] = [];
  let last = 0;
  let onset = 0;
  let overSince: number | null = null;
  let fired = false;

  return {
    push({ t, x, y, z }) {
      if (fired || !Number.isFinite(t + x + y + z)) return null;
      const reading = [x, y, z];
      if (!quick || t - last > GAP_MS || t <= last) {
        if (quick && t <= last) return null;
        quick = reading;
        slow = reading;
        last = t;
        onset = t;
        overSince = null;
        return null;
      }
      const dt = (t - last) / 1000;
      last = t;
      const a = 1 - Math.exp(-dt / QUICK_S);
      const b = 1 - Math.exp(-dt / (t < 0 ? SLOW_BEFORE_GO_S : SLOW_S));
      quick = quick.map((q, i) => q + a * (reading[i]! - q));
      const swing = Math.hypot(quick[0]! - slow[0]!, quick[1]! - slow[1]!, quick[2]! - slow[2]!);
      // The slow average is not pulled along by the movement it is judging.
      if (swing < FIRE) slow = slow.map((s, i) => s + b * (quick![i]! - s));
      if (swing < ONSET) onset = t;
      if (swing < FIRE || t < 0) {
        overSince = null;
        return null;
      }
      overSince ??= t;
      if (t - overSince < HOLD_MS) return null;
      fired = true;
      return Math.max(0, onset, t - ONSET_WITHIN_MS);
    },
  };
}

/** The whole recording at once: ms from Go at which balance was lost, or null. */
export function findSway(samples: readonly MotionSample[]): number | null {
  const detector = createSwayDetector();
  for (const sample of samples) {
    const at = detector.push(sample);
    if (at !== null) return at;
  }
  return null;
}
