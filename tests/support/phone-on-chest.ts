// What a phone held flat on the chest reports while the body moves: shared by
// the Timed Up and Go and balance simulators. The body is given as the
// chest's position (m; x forward at the start, y left, z up) and the trunk's
// heading, lean and sideways tilt. The accelerometer reports specific force
// (the chest's acceleration, by differentiating its position twice, plus
// 9.81 m/s² up), turned into the phone's frame: trunk orientation times one
// of the 24 axis-aligned ways to hold the phone plus a tilt of up to 30°, and
// on "iOS" every axis negated. Then sensor errors: per-axis bias and scale,
// white noise, a little tremor, sampling at 15–60 Hz with ±20 % jitter and
// occasional stalls of the page.
import type { MotionSample } from '../../src/domain/stand-detector-types';
import { CUBE_ROTATIONS, mulberry32 } from './sit-to-stand-simulator';

export { mulberry32 };
export type Rng = () => number;
export const DEG = Math.PI / 180;
export const uniform = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
export const gauss = (rng: Rng) => Math.sqrt(-2 * Math.log(Math.max(rng(), 1e-12))) * Math.cos(2 * Math.PI * rng());

const minJerk = (u: number) => u * u * u * (10 - 15 * u + 6 * u * u);

/** A quantity that holds still between smooth (minimum-jerk) moves, added in time order. */
export class Track {
  private readonly moves: { t0: number; t1: number; to: number }[] = [];
  constructor(private readonly initial: number) {}
  move(t0: number, t1: number, to: number): this {
    this.moves.push({ t0, t1, to });
    return this;
  }
  at(t: number): number {
    let from = this.initial;
    for (const m of this.moves) {
      if (t < m.t0) return from;
      if (t < m.t1) return from + (m.to - from) * minJerk((t - m.t0) / (m.t1 - m.t0));
      from = m.to;
    }
    return from;
  }
}

/** A smooth random wobble: a few sinusoids in [loHz, hiHz], peak about `amplitude`. */
export function wobble(rng: Rng, amplitude: number, loHz: number, hiHz: number): (t: number) => number {
  const parts = Array.from({ length: 4 }, () => ({ f: uniform(rng, loHz, hiHz), p: uniform(rng, 0, 2 * Math.PI), a: uniform(rng, 0.5, 1) }));
  const total = parts.reduce((s, q) => s + q.a, 0);
  return (t) => (amplitude / total) * 1.6 * parts.reduce((s, q) => s + q.a * Math.sin(2 * Math.PI * q.f * t + q.p), 0);
}

export interface Pose {
  chest: [number, number, number];
  /** Radians: heading (about up), forward lean (positive: chest forward), sideways tilt. */
  yaw: number;
  pitch: number;
  roll: number;
}

export interface PhoneOptions {
  /** 0–23: which axis-aligned placement on the chest. */
  mount?: number;
  tiltDeg?: number;
  sign?: 1 | -1;
  rateHz?: number;
  jitter?: number;
  noise?: number;
  gaps?: boolean;
  /** No per-axis bias or scale error. */
  calibrated?: boolean;
}

type Mat = readonly number[];
const mul = (a: Mat, b: Mat): number[] => {
  const out = new Array<number>(9).fill(0);
  for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 3; k++) out[i * 3 + j]! += a[i * 3 + k]! * b[k * 3 + j]!;
  return out;
};
const rotZ = (a: number): Mat => [Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1];
const rotY = (a: number): Mat => [Math.cos(a), 0, Math.sin(a), 0, 1, 0, -Math.sin(a), 0, Math.cos(a)];
const rotX = (a: number): Mat => [1, 0, 0, 0, Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a)];
function axisAngle([x, y, z]: number[], angle: number): Mat {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const C = 1 - c;
  return [x! * x! * C + c, x! * y! * C - z! * s, x! * z! * C + y! * s, y! * x! * C + z! * s, y! * y! * C + c, y! * z! * C - x! * s, z! * x! * C - y! * s, z! * y! * C + x! * s, z! * z! * C + c];
}

/**
 * Samples from `from` to `to` seconds (t in ms in the result). `extra`: world
 * acceleration not in the position (the jolt of each heel strike).
 */
export function renderPhone(
  pose: (t: number) => Pose,
  from: number,
  to: number,
  seed: number,
  options: PhoneOptions = {},
  extra: (t: number) => [number, number, number] = () => [0, 0, 0],
): MotionSample[] {
  const rng = mulberry32(seed ^ 0x5bd1e995);
  const axis = [gauss(rng), gauss(rng), gauss(rng)];
  const n = Math.hypot(...axis) || 1;
  const mount = mul(CUBE_ROTATIONS[(options.mount ?? Math.floor(rng() * 24)) % 24]!, axisAngle(axis.map((v) => v / n), (options.tiltDeg ?? uniform(rng, 0, 30)) * DEG));
  const sign = options.sign ?? (rng() < 0.5 ? 1 : -1);
  const bias = [0, 1, 2].map(() => (options.calibrated ? 0 : 0.06) * gauss(rng));
  const scale = [0, 1, 2].map(() => 1 + (options.calibrated ? 0 : 0.01) * gauss(rng));
  const noise = options.noise ?? uniform(rng, 0.05, 0.3);
  const tremorAmp = uniform(rng, 0.01, 0.1);
  const tremorHz = uniform(rng, 4, 8);
  const rateHz = options.rateHz ?? uniform(rng, 15, 60);
  const jitter = options.jitter ?? 0.2;
  const stall = options.gaps === false ? 0 : 1 / (rateHz * uniform(rng, 20, 60));

  const samples: MotionSample[] = [];
  const h = 0.002;
  for (let t = from + rng() * 0.03; t <= to; ) {
    const p0 = pose(t - h).chest;
    const p = pose(t);
    const p2 = pose(t + h).chest;
    const e = extra(t);
    const f = [0, 1, 2].map((i) => (p0[i]! - 2 * p.chest[i]! + p2[i]!) / (h * h) + e[i]! + (i === 2 ? 9.81 : 0));
    const R = mul(mul(mul(rotZ(p.yaw), rotY(p.pitch)), rotX(p.roll)), mount);
    const tremor = tremorAmp * Math.sin(2 * Math.PI * tremorHz * t);
    // Phone frame = Rᵀ · world.
    const out = [0, 1, 2].map((i) => {
      const v = R[i]! * f[0]! + R[3 + i]! * f[1]! + R[6 + i]! * f[2]!;
      return sign * (v * scale[i]! + bias[i]! + noise * gauss(rng) + tremor);
    });
    samples.push({ t: Math.round(t * 10000) / 10, x: out[0]!, y: out[1]!, z: out[2]! });
    t += (1 / rateHz) * (1 + jitter * (2 * rng() - 1));
    if (rng() < stall) t += uniform(rng, 0.1, 0.4);
  }
  return samples;
}
