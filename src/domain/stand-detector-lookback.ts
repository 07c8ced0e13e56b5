// The live counter's second look at each stand, and its scan for slow climbs (steps 8 and 9 at the top of
// stand-detector.ts). The live velocity is band-passed and its gravity lags the trunk's turning, so right
// after landing on the seat (the trunk straightening while the chest stops) it can show a burst of upward
// speed that looks like a rise, and it reads a frail person's slow rise at a fraction of its height. Half a
// second later the last few seconds can be measured the way the whole-recording counter does: gravity's
// direction from a centred window (no lag) and velocity pinned at still moments and at the chest's turning
// points, which are physical facts (the chest is not moving there) rather than zero crossings of a
// filtered signal.
import { pinnedHeight } from './stand-detector-batch-height';
import { risenTo, STEP_MS } from './stand-detector-batch-signal';
import type { MotionSample } from './stand-detector-types';

/** Samples further apart than this (ms) leave a gap in the data (the page was busy): 15 Hz with 20 %
 * jitter puts them at most 80 ms apart. */
const NO_READINGS_MS = 150;

/** Seconds of recording before a stand's end looked at: at least one whole sit-stand cycle of a slow
 * mover (about 2.5–4 s), so that the turning points and still moments before the rise are in view. */
const LOOK_BACK_MS = 5000;
/** Seconds of recording scanned for slow climbs (ms): a frail person's whole sit-stand cycle (5–6 s). */
const SCAN_MS = 6000;
/** The lowest point before a rise is looked for from this long before the live detector saw it start (ms):
 * the live start is where its filtered velocity turned upward, which can be a little late. */
const LOW_BEFORE_MS = 500;
/** The top is looked for up to this long after the live detector saw the rise end (ms). */
const TOP_AFTER_MS = 300;

/** The top must come at least this many steps before the end of the search to count as the chest having stopped. */
const TOPPED_STEPS = 5;

export interface Lookback {
  push(sample: MotionSample): void;
  /** How far the chest rose (m) from its lowest point around startMs to its highest near endMs, and when
   * it was at those two points (ms), using the samples received so far; topped: the chest had stopped
   * rising before the end of the search (else the top is only where the search stopped). */
  rise(startMs: number, endMs: number): { rise: number; lowMs: number; topMs: number; topped: boolean };
  /** Climbs over the last SCAN_MS that began after afterMs and whose top is pinned (a still moment or a
   * confirmed turning point follows it): low and top times (ms), height (m), and when the chest had risen
   * topFraction of it (ms). */
  climbs(afterMs: number, topFraction: number): { lowMs: number; topMs: number; standMs: number; rise: number }[];
  /** The part of fromMs–toMs (0–1) that fell in gaps of the data: stretches of over NO_READINGS_MS with no sample. */
  missingShare(fromMs: number, toMs: number): number;
}

export function createLookback(): Lookback {
  let samples: MotionSample[] = [];
  return {
    push(sample) {
      samples.push(sample);
      // Keep a little more than is ever looked at (cheap to trim now and then).
      if (samples.length > 4096) samples = samples.filter((s) => s.t >= sample.t - 2 * LOOK_BACK_MS);
    },
    rise(startMs, endMs) {
      const from = Math.min(startMs - LOW_BEFORE_MS, endMs - LOOK_BACK_MS);
      let k = samples.length;
      while (k > 0 && samples[k - 1]!.t >= from) k--;
      const p = pinnedHeight(samples.slice(k));
      if (!p) return { rise: 0, lowMs: startMs, topMs: endMs, topped: false };
      const at = (t: number) => Math.max(0, Math.min(p.n - 1, Math.round((t - p.t0) / STEP_MS)));
      let top = at(startMs);
      const last = at(endMs + TOP_AFTER_MS);
      for (let i = top; i <= last; i++) if (p.h[i]! > p.h[top]!) top = i;
      let low = top;
      for (let i = at(startMs - LOW_BEFORE_MS); i <= top; i++) if (p.h[i]! < p.h[low]!) low = i;
      return { rise: p.h[top]! - p.h[low]!, lowMs: p.t0 + low * STEP_MS, topMs: p.t0 + top * STEP_MS, topped: top < last - TOPPED_STEPS };
    },
    climbs(afterMs, topFraction) {
      const end = samples.length ? samples[samples.length - 1]!.t : 0;
      let k = samples.length;
      while (k > 0 && samples[k - 1]!.t >= end - SCAN_MS) k--;
      const p = pinnedHeight(samples.slice(k));
      if (!p) return [];
      const tOf = (i: number) => p.t0 + i * STEP_MS;
      const lastPin = p.anchors.length ? p.anchors[p.anchors.length - 1]! : -1;
      const out: { lowMs: number; topMs: number; standMs: number; rise: number }[] = [];
      for (let j = 0; j + 1 < p.turns.length; j++) {
        const a = p.turns[j]!;
        const b = p.turns[j + 1]!;
        if (a.max || !b.max || tOf(a.index) < afterMs || b.index >= lastPin) continue;
        const stand = risenTo(p.h, a.index, b.index, topFraction);
        out.push({ lowMs: tOf(a.index), topMs: tOf(b.index), standMs: tOf(stand), rise: p.h[b.index]! - p.h[a.index]! });
      }
      return out;
    },
    missingShare(fromMs, toMs) {
      if (toMs <= fromMs) return 0;
      let missing = 0;
      let prev = -Infinity;
      for (const { t } of samples) {
        if (!Number.isFinite(t)) continue;
        if (t > fromMs && t - prev > NO_READINGS_MS) missing += Math.max(0, Math.min(t, toMs) - Math.max(prev, fromMs));
        prev = t;
        if (t >= toMs) break;
      }
      if (prev < toMs && toMs - prev > NO_READINGS_MS) missing += toMs - Math.max(prev, fromMs);
      return missing / (toMs - fromMs);
    },
  };
}
