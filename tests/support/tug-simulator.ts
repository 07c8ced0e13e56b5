// A physically based Timed Up and Go, as a phone held flat on the chest
// feels it (phone-on-chest.ts does the phone). Seeded, so every trace can be
// made again. The person sits with the back against the chair; after "Go"
// they react, lean forward and rise (hips up 0.3–0.5 m, moving forward),
// walk about 3 m with a step bounce at their step rate (0.9–2.2 Hz, with a
// heel-strike jolt and sideways sway at half the step rate), turn round at
// the line, walk back, turn to face away from the chair, lower themselves
// (leaning forward, hips down and back) and lean back against the chair.
// Some stop and stand at the line, or in front of the chair, before going on;
// some shift on the seat once sat. Speeds range from a slow walker with a
// stick (0.25 m/s, trunk bent forward) to a fast one (1.5 m/s).
//
// Ground truth: seated = the hips reach the seat; turned = the turn at the line begins.
import type { MotionSample } from '../../src/domain/stand-detector-types';
import { DEG, mulberry32, renderPhone, Track, uniform, wobble, type PhoneOptions, type Pose } from './phone-on-chest';

export type Walker = 'fast' | 'typical' | 'slow' | 'stick';
export const WALKERS: readonly Walker[] = ['fast', 'typical', 'slow', 'stick'];

export interface TugTrace {
  samples: MotionSample[];
  truth: { seatedAt: number; turnAt: number; riseAt: number };
  walker: Walker;
  seed: number;
  /** The chest's height (m) at t seconds from Go: for looking into the detector's errors. */
  chestHeight: (t: number) => number;
}

const GAIT: Record<Walker, { speed: [number, number]; stepHz: [number, number]; bounce: [number, number]; lean: [number, number]; slow: number }> = {
  fast: { speed: [1.1, 1.5], stepHz: [1.9, 2.2], bounce: [0.02, 0.035], lean: [0, 6], slow: 0.7 },
  typical: { speed: [0.7, 1.1], stepHz: [1.5, 2.0], bounce: [0.015, 0.03], lean: [2, 8], slow: 1 },
  slow: { speed: [0.45, 0.7], stepHz: [1.2, 1.6], bounce: [0.008, 0.02], lean: [4, 12], slow: 1.4 },
  stick: { speed: [0.25, 0.45], stepHz: [0.9, 1.3], bounce: [0.005, 0.012], lean: [8, 20], slow: 1.9 },
};

export function simulateTug(seed: number, options: PhoneOptions & { walker?: Walker } = {}): TugTrace {
  const rng = mulberry32(seed);
  const walker = options.walker ?? WALKERS[Math.floor(rng() * 4)]!;
  const g = GAIT[walker];
  const k = g.slow * uniform(rng, 0.85, 1.15); // how slowly this person does everything
  const r = uniform(rng, 0.35, 0.5); // hips to chest, m
  const H = uniform(rng, 0.3, 0.5); // hip rise, m
  const dx = uniform(rng, 0.2, 0.35); // hips move forward to stand over the feet
  const seatedPitch = uniform(rng, -15, -3) * DEG; // leaning back against the chair
  const walkPitch = uniform(rng, ...g.lean) * DEG;
  const flex = () => uniform(rng, 28, 45) * DEG;
  const D = uniform(rng, 3.1, 3.5); // from standing to the line
  const speed = uniform(rng, ...g.speed);
  const stepHz = uniform(rng, ...g.stepHz);
  const bounce = uniform(rng, ...g.bounce);

  const hipZ = new Track(0);
  const hipX = new Track(0);
  const pitch = new Track(seatedPitch);
  const yaw = new Track(0);
  /** Walking intervals: step bounce and heel strikes happen only inside these. */
  const walking: { t0: number; t1: number; gain: number }[] = [];

  // Rise.
  let c = uniform(rng, 0.2, 0.8) * k;
  const riseAt = c;
  const lean = uniform(rng, 0.4, 0.7) * k;
  pitch.move(c, c + lean, flex());
  const rise = uniform(rng, 0.8, 1.3) * k;
  hipZ.move(c + lean, c + lean + rise, H);
  hipX.move(c + lean, c + lean + rise, dx);
  pitch.move(c + lean + 0.2 * rise, c + lean + rise * 1.1, walkPitch);
  c += lean + rise * 1.1 + uniform(rng, 0, 0.6) * k;

  const walk = (to: number) => {
    const T = (D / speed) * 1.15;
    hipX.move(c, c + T, to);
    walking.push({ t0: c, t1: c + T, gain: 1 });
    c += T;
  };
  const turn = (to: number) => {
    const T = uniform(rng, 0.9, 1.4) * k;
    yaw.move(c, c + T, to);
    walking.push({ t0: c, t1: c + T, gain: 0.6 });
    c += T;
  };

  walk(dx + D);
  const turnAt = c;
  turn(Math.PI);
  if (rng() < 0.15) c += uniform(rng, 1, 3); // stops at the line to get steady
  walk(dx);
  turn(rng() < 0.5 ? 2 * Math.PI : 0);
  if (rng() < 0.4) c += uniform(rng, 0.2, 1.5); // stands in front of the chair first

  // Sit: lean forward while the hips go down and back; lean back once seated.
  const descent = uniform(rng, 0.9, 1.4) * k;
  pitch.move(c, c + 0.6 * descent, flex() * uniform(rng, 0.6, 0.9));
  hipZ.move(c, c + descent, 0);
  hipX.move(c, c + descent, 0);
  const seatedAt = c + descent;
  const back = uniform(rng, 0.4, 1.2) * k;
  pitch.move(seatedAt - 0.2 * descent, seatedAt + back, seatedPitch + uniform(rng, -2, 2) * DEG);
  c = seatedAt + back;
  if (rng() < 0.2) {
    // Shifts on the seat.
    const at = c + uniform(rng, 0.3, 1.5);
    pitch.move(at, at + 0.5, seatedPitch + uniform(rng, 3, 6) * DEG).move(at + 0.8, at + 1.3, seatedPitch);
    c = at + 1.3;
  }
  const end = c + uniform(rng, 2, 4);

  const breathHz = uniform(rng, 0.18, 0.35);
  const breath = uniform(rng, 0.3, 1.2) * DEG;
  const sway = wobble(rng, uniform(rng, 0.2, 1) * DEG, 0.1, 0.5);
  const stepJitter = wobble(rng, 0.08, 0.05, 0.3); // steps are not a metronome
  const heel = uniform(rng, 0.5, 2.5) * bounce * 40;
  /** How much of the walk is under way at t (0–1), ramping over the first and last half second. */
  // Steps go on from a walk into the turn after it: the ramps overlap.
  const gait = (t: number) => {
    let on = 0;
    for (const w of walking) {
      if (t > w.t0 - 0.3 && t < w.t1 + 0.3) on = Math.max(on, w.gain * Math.min(1, (t - w.t0 + 0.3) / 0.6, (w.t1 + 0.3 - t) / 0.6));
    }
    return on;
  };
  const phase = (t: number) => 2 * Math.PI * stepHz * (t + stepJitter(t) / stepHz);

  const pose = (t: number): Pose => {
    const th = pitch.at(t);
    const psi = yaw.at(t);
    const on = gait(t);
    const bob = on * bounce * 0.5 * (1 - Math.cos(phase(t)));
    const side = on * bounce * 1.2 * Math.sin(phase(t) / 2);
    const along = hipX.at(t) + r * Math.sin(th) * Math.cos(psi);
    return {
      chest: [along - side * Math.sin(psi), r * Math.sin(th) * Math.sin(psi) + side * Math.cos(psi), hipZ.at(t) + r * Math.cos(th) + bob],
      yaw: psi,
      pitch: th + breath * Math.sin(2 * Math.PI * breathHz * t) + on * 2 * DEG * Math.sin(phase(t)),
      roll: sway(t) + on * 2 * DEG * Math.sin(phase(t) / 2),
    };
  };
  // A short upward jolt at each heel strike (at the bottom of each bounce), with a wider dip of the
  // same area around it: a jolt moves the chest nowhere on average.
  const extra = (t: number): [number, number, number] => {
    const on = gait(t);
    if (!on) return [0, 0, 0];
    let p = phase(t) % (2 * Math.PI);
    if (p > Math.PI) p -= 2 * Math.PI;
    const w = 2 * Math.PI * stepHz * 0.03;
    return [0, 0, on * heel * (Math.exp(-((p / w) ** 2)) - 0.25 * Math.exp(-((p / (4 * w)) ** 2)))];
  };
  const preGo = uniform(rng, 1, 4);
  const samples = renderPhone(pose, -preGo, end, seed, options, extra);
  return { samples, truth: { seatedAt, turnAt, riseAt }, walker, seed, chestHeight: (t) => pose(t).chest[2] };
}

/** n traces, the walkers in turn. */
export function tugCorpus(seed: number, n: number): TugTrace[] {
  return Array.from({ length: n }, (_, i) => simulateTug((Math.imul(seed, 7919) + i * 104729) >>> 0, { walker: WALKERS[i % 4] }));
}
