// Signal helpers for the whole-recording stand counter (stand-detector-batch.ts): a steady 50 Hz grid,
// centred means, turning points of height, velocity pinned at anchors, still moments.
import type { MotionSample } from './stand-detector-types';

export const STEP_MS = 20;
export const DT = STEP_MS / 1000;

export interface Grid {
  t0: number;
  n: number;
  x: Float64Array;
  y: Float64Array;
  z: Float64Array;
}

/** Linear interpolation onto a steady 50 Hz grid (bridging gaps), dropping bad and out-of-order samples. */
export function resample(samples: MotionSample[]): Grid | null {
  const clean: MotionSample[] = [];
  for (const s of samples) {
    if (!Number.isFinite(s.t) || !Number.isFinite(s.x) || !Number.isFinite(s.y) || !Number.isFinite(s.z)) continue;
    if (clean.length && s.t <= clean[clean.length - 1]!.t) continue;
    clean.push(s);
  }
  if (clean.length < 2) return null;
  const t0 = Math.ceil(clean[0]!.t / STEP_MS) * STEP_MS;
  const n = Math.floor((clean[clean.length - 1]!.t - t0) / STEP_MS) + 1;
  if (n < 2) return null;
  const x = new Float64Array(n);
  const y = new Float64Array(n);
  const z = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < n; i++) {
    const t = t0 + i * STEP_MS;
    while (j < clean.length - 2 && clean[j + 1]!.t < t) j++;
    const p = clean[j]!;
    const q = clean[j + 1]!;
    const u = Math.min(1, Math.max(0, (t - p.t) / (q.t - p.t)));
    x[i] = p.x + (q.x - p.x) * u;
    y[i] = p.y + (q.y - p.y) * u;
    z[i] = p.z + (q.z - p.z) * u;
  }
  return { t0, n, x, y, z };
}

/** Centred moving average over 2·half+1 steps (shorter at the ends). */
export function centredMean(values: Float64Array, half: number): Float64Array {
  const n = values.length;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - half);
    const hi = Math.min(n, i + half + 1);
    out[i] = (prefix[hi]! - prefix[lo]!) / (hi - lo);
  }
  return out;
}

export const median = (values: ArrayLike<number>) => {
  const sorted = Array.from(values).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Alternating turning points of h: a point is a maximum (minimum) once h has since fallen (risen) by
 * more than `hysteresis`. The last, unconfirmed extreme is included (kind at the end of the list).
 */
export function turningPoints(h: Float64Array, hysteresis: number): { index: number; max: boolean }[] {
  const out: { index: number; max: boolean }[] = [];
  const n = h.length;
  let hiI = 0;
  let loI = 0;
  let dir = 0; // 0 unknown, 1 going up (looking for a max), -1 going down
  for (let i = 1; i < n; i++) {
    const v = h[i]!;
    if (dir >= 0 && v > h[hiI]!) hiI = i;
    if (dir <= 0 && v < h[loI]!) loI = i;
    if (dir === 0) {
      if (h[hiI]! - h[loI]! > hysteresis) {
        if (hiI > loI) {
          out.push({ index: loI, max: false });
          dir = 1;
        } else {
          out.push({ index: hiI, max: true });
          dir = -1;
        }
      }
    } else if (dir === 1 && h[hiI]! - v > hysteresis) {
      out.push({ index: hiI, max: true });
      dir = -1;
      loI = i;
    } else if (dir === -1 && v - h[loI]! > hysteresis) {
      out.push({ index: loI, max: false });
      dir = 1;
      hiI = i;
    }
  }
  if (dir === 1) out.push({ index: hiI, max: true });
  if (dir === -1) out.push({ index: loI, max: false });
  return out;
}

/** v0 minus the straight line through its values at the anchors (flat before the first and after the last). */
export function anchored(v0: Float64Array, anchors: number[]): Float64Array {
  const n = v0.length;
  const out = new Float64Array(n);
  if (!anchors.length) {
    const m = median(v0);
    for (let i = 0; i < n; i++) out[i] = v0[i]! - m;
    return out;
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < anchors.length && anchors[k]! < i) k++;
    let base: number;
    if (k === 0) base = v0[anchors[0]!]!;
    else if (k === anchors.length) base = v0[anchors[k - 1]!]!;
    else {
      const a = anchors[k - 1]!;
      const b = anchors[k]!;
      base = v0[a]! + ((v0[b]! - v0[a]!) * (i - a)) / (b - a);
    }
    out[i] = v0[i]! - base;
  }
  return out;
}

/** Steps where, over the centred window, the values stay within `range` of each other. */
export function stillMask(values: Float64Array, half: number, range: number): Uint8Array {
  const n = values.length;
  const out = new Uint8Array(n);
  // Sliding max and min with monotone deques.
  const maxQ: number[] = [];
  const minQ: number[] = [];
  let mh = 0;
  let nh = 0;
  for (let j = 0; j < n + half; j++) {
    if (j < n) {
      while (maxQ.length > mh && values[maxQ[maxQ.length - 1]!]! <= values[j]!) maxQ.pop();
      maxQ.push(j);
      while (minQ.length > nh && values[minQ[minQ.length - 1]!]! >= values[j]!) minQ.pop();
      minQ.push(j);
    }
    const i = j - half;
    if (i < 0) continue;
    while (maxQ[mh]! < i - half) mh++;
    while (minQ[nh]! < i - half) nh++;
    if (i - half >= 0 && i + half < n) out[i] = values[maxQ[mh]!]! - values[minQ[nh]!]! < range ? 1 : 0;
  }
  return out;
}

export function mergeSorted(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (!out.length || out[out.length - 1]! !== next) out.push(next);
  }
  return out;
}

/** The first step from i0 to i1 at which h has risen `fraction` of the way from h[i0] to h[i1] (the moment
 * of full standing of a climb). */
export function risenTo(h: Float64Array, i0: number, i1: number, fraction: number): number {
  const target = h[i0]! + fraction * (h[i1]! - h[i0]!);
  for (let i = i0; i <= i1; i++) if (h[i]! >= target) return i;
  return i1;
}

export const integrate = (v: Float64Array) => {
  const h = new Float64Array(v.length);
  for (let i = 1; i < v.length; i++) h[i] = h[i - 1]! + 0.5 * (v[i]! + v[i - 1]!) * DT;
  return h;
};
