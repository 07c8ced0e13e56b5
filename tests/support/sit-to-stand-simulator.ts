// A physically based simulator of a phone held flat on the chest, under
// crossed arms, during the 30-second chair stand or the five-times
// sit-to-stand. Seeded, so every trace can be made again from its seed.
//
// The body is two rigid pieces in the sagittal plane: the hips (x forward,
// z up) and the trunk, pitched forward by θ from upright. The phone sits on
// the breastbone, r metres up the trunk from the hips:
//   chest = hip + r·(sin θ, 0, cos θ)
// Each movement (lean forward, seat-off and rise, trunk extension, descent)
// is a smooth transition of hip height, hip x and θ (minimum-jerk, skewed a
// little so that not every curve has the same shape). The accelerometer
// reports specific force: the chest's acceleration (by differentiating its
// position twice, finely) plus 9.81 m/s² "up". That world vector is turned
// into the phone's frame by the trunk's pitch (the phone is attached to the
// chest), breathing and sway, and the phone's own mounting: any of the 24
// axis-aligned placements (portrait, landscape, upside down, screen in or
// out) plus a tilt of up to 30°, and on "iOS" every axis negated. Then
// sensor errors: per-axis bias and scale, white noise, a small 4–8 Hz
// tremor, irregular sampling (15–60 Hz, ±20 % jitter) with gaps.
//
// Ground truth: a stand is "full standing" when the hips reach standing
// height and the trunk is upright again (the later of the two).
import type { MotionSample, StandTest } from '../../src/domain/stand-detector';

export type Scenario =
  | 'typical'
  | 'fast'
  | 'slow'
  | 'tiring'
  | 'resting'
  | 'false-starts'
  | 'half-rises'
  | 'early-stop'
  | 'in-progress-past'
  | 'in-progress-before'
  | 'mixed'
  | 'quiet'
  | 'five-times';

export const CHAIR_STAND_SCENARIOS: readonly Scenario[] = [
  'typical', 'fast', 'slow', 'tiring', 'resting', 'false-starts', 'half-rises', 'early-stop',
  'in-progress-past', 'in-progress-before', 'mixed', 'quiet',
];

export interface SimulationOptions {
  scenario?: Scenario;
  /** 0–23: which axis-aligned placement of the phone on the chest. */
  mount?: number;
  /** Extra tilt of the phone on the chest, degrees (random up to 30 if not given). */
  tiltDeg?: number;
  /** 1 (Android) or -1 (iOS: all three axes negated). */
  sign?: 1 | -1;
  /** Mean sampling rate, Hz. */
  rateHz?: number;
  /** Jitter of the sampling interval, as a fraction (0.2 = ±20 %). */
  jitter?: number;
  /** Whether samples are sometimes dropped for 0.1–0.5 s (about once every 20–60 s). */
  gaps?: boolean;
  /** White noise on each axis, m/s². */
  noise?: number;
  /** Seconds of quiet sitting recorded before Go (t < 0). */
  preGoSeconds?: number;
  /** No per-axis bias or scale error (a perfectly calibrated phone). */
  calibrated?: boolean;
  /** Where the trace ends, seconds from Go (chair-stand-30 only). */
  endSeconds?: number;
}

export interface SimulatedTruth {
  /** Full stands reached by 30 s, plus one still rising at 30 s if past half-way (chair-stand-30). */
  count30: number;
  /** Seconds from Go of each full stand in the trace (chair-stand-30: only those by 30 s). */
  standTimes: number[];
  fifthStandAt: number | null;
  test: StandTest;
}

export interface SimulatedTrace {
  samples: MotionSample[];
  truth: SimulatedTruth;
  scenario: Scenario;
  seed: number;
  /** The chest's height (m, relative) at t seconds from Go: for looking into the detector's errors. */
  chestHeight: (t: number) => number;
}

/** mulberry32: a tiny, good-enough seeded generator. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const uniform = (rng: Rng, lo: number, hi: number) => lo + (hi - lo) * rng();
const gauss = (rng: Rng) => {
  const u = Math.max(rng(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
};
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;

// ---- smooth transitions -------------------------------------------------

const minJerk = (u: number) => u * u * u * (10 - 15 * u + 6 * u * u);

interface Transition { t0: number; t1: number; to: number; skew: number }

/** A quantity that moves by smooth transitions; between them it holds still. */
class Track {
  private readonly moves: Transition[] = [];
  constructor(private readonly initial: number) {}
  /** Move to `to` between t0 and t1 (seconds). Moves must be added in time order and not overlap. */
  move(t0: number, t1: number, to: number, skew = 0): void {
    this.moves.push({ t0, t1, to, skew });
  }
  at(t: number): number {
    let from = this.initial;
    for (const m of this.moves) {
      if (t < m.t0) return from;
      if (t < m.t1) {
        const u = (t - m.t0) / (m.t1 - m.t0);
        const w = u + m.skew * u * (1 - u); // monotone for |skew| < 1: shifts the speed peak
        return from + (m.to - from) * minJerk(w);
      }
      from = m.to;
    }
    return from;
  }
  /** Fraction of the transition covering t that is done (for the half-way rule). */
  progressAt(t: number): number | null {
    for (const m of this.moves) {
      if (t >= m.t0 && t < m.t1) {
        const u = (t - m.t0) / (m.t1 - m.t0);
        return minJerk(u + m.skew * u * (1 - u));
      }
    }
    return null;
  }
}

// ---- the person ---------------------------------------------------------

interface Body {
  hipZ: Track; // metres above the seated hip height
  hipX: Track;
  pitch: Track; // radians, forward flexion of the trunk
  r: number;
  breathAmp: number;
  breathHz: number;
  swayAmp: number;
  swayHz: number;
}

interface Person {
  H: number; // hip rise, metres
  r: number;
  seatedPitch: number;
  standPitch: number;
  flexPitch: number;
  dx: number;
  skew: () => number;
}

interface Plan {
  body: Body;
  stands: number[]; // seconds of full standing
  rising: { t0: number; t1: number }[]; // hip rises (full or in progress) used for the half-way rule
  end: number;
}

const DEG = Math.PI / 180;

function makePerson(rng: Rng): Person {
  return {
    H: uniform(rng, 0.3, 0.5),
    r: uniform(rng, 0.35, 0.5),
    seatedPitch: uniform(rng, -8, 10) * DEG,
    standPitch: uniform(rng, -5, 5) * DEG,
    flexPitch: uniform(rng, 25, 45) * DEG,
    dx: uniform(rng, 0.08, 0.2),
    skew: () => uniform(rng, -0.4, 0.4),
  };
}

class Planner {
  readonly hipZ = new Track(0);
  readonly hipX = new Track(0);
  readonly pitch: Track;
  readonly stands: number[] = [];
  readonly rising: { t0: number; t1: number }[] = [];
  cursor: number;
  constructor(private readonly rng: Rng, readonly p: Person, start: number) {
    this.pitch = new Track(p.seatedPitch);
    this.cursor = start;
  }
  /** How far the trunk leans in `seconds`: trunk flexion peaks at about 150°/s even in fast movers. */
  flexFor(seconds: number): number {
    return Math.min(this.p.flexPitch * uniform(this.rng, 0.9, 1.1), 80 * DEG * seconds);
  }
  /** Durations of one full cycle lasting about `cycle` seconds. */
  phases(cycle: number) {
    const j = () => uniform(this.rng, 0.85, 1.15);
    return { flex: 0.25 * cycle * j(), rise: 0.33 * cycle * j(), descent: 0.35 * cycle * j(), settle: 0.15 * cycle * j() };
  }
  /** Lean forward, seat-off, rise to full standing. Returns the moment of full standing. */
  rise(flex: number, rise: number, startAt = this.cursor, hipSkew = this.p.skew()): number {
    const { p, rng } = this;
    const a = startAt;
    const b = a + flex; // seat-off at the deepest lean
    const flexPitch = this.flexFor(flex);
    this.pitch.move(a, b, flexPitch, p.skew());
    this.hipZ.move(b, b + rise, p.H * uniform(rng, 0.97, 1.03), hipSkew);
    this.hipX.move(b, b + rise, p.dx, p.skew());
    const trunkStart = b + rise * uniform(rng, 0.05, 0.2);
    const trunkEnd = b + rise * uniform(rng, 0.95, 1.12);
    this.pitch.move(trunkStart, trunkEnd, p.standPitch + uniform(rng, -2, 2) * DEG, p.skew());
    this.rising.push({ t0: b, t1: b + rise });
    const full = Math.max(b + rise, trunkEnd);
    this.cursor = full;
    return full;
  }
  /** Sit back down from standing (flexing while descending, extending once seated). */
  sit(descent: number, settle: number): void {
    const { p, rng } = this;
    const c = this.cursor;
    this.hipZ.move(c, c + descent, 0, p.skew());
    this.hipX.move(c, c + descent, 0, p.skew());
    this.pitch.move(c, c + 0.6 * descent, this.flexFor(0.6 * descent) * uniform(rng, 0.6, 0.9), p.skew());
    this.pitch.move(c + 0.7 * descent, c + descent + settle, p.seatedPitch + uniform(rng, -2, 2) * DEG, p.skew());
    this.cursor = c + descent + settle;
  }
  fullCycle(cycle: number, standHold: number, sitHold: number): void {
    const ph = this.phases(cycle);
    this.stands.push(this.rise(ph.flex, ph.rise));
    this.cursor += standHold;
    this.sit(ph.descent, ph.settle);
    this.cursor += sitHold;
  }
  /** Lean forward and back without the hips leaving the seat. */
  lean(cycle: number): void {
    const { p, rng } = this;
    const a = this.cursor;
    const dur = 0.2 * cycle * uniform(rng, 0.8, 1.3);
    this.pitch.move(a, a + dur, this.flexFor(dur) * uniform(rng, 0.6, 1.05), p.skew());
    const hold = uniform(rng, 0.1, 0.6);
    this.pitch.move(a + dur + hold, a + 2 * dur + hold, p.seatedPitch, p.skew());
    this.cursor = a + 2 * dur + hold + uniform(rng, 0.3, 1.0);
  }
  /** Start to rise, get 30–50 % of the way up, and sit back. */
  halfRise(cycle: number, fraction = uniform(this.rng, 0.3, 0.5)): void {
    const { p, rng } = this;
    const ph = this.phases(cycle);
    const a = this.cursor;
    const b = a + ph.flex;
    this.pitch.move(a, b, this.flexFor(ph.flex), p.skew());
    const up = ph.rise * uniform(rng, 0.4, 0.6);
    this.hipZ.move(b, b + up, p.H * fraction, p.skew());
    this.hipX.move(b, b + up, p.dx * fraction, p.skew());
    const hold = uniform(rng, 0.1, 0.5);
    const c = b + up + hold;
    const down = up * uniform(rng, 0.9, 1.3);
    this.hipZ.move(c, c + down, 0, p.skew());
    this.hipX.move(c, c + down, 0, p.skew());
    this.pitch.move(c + down * 0.5, c + down + ph.settle, p.seatedPitch, p.skew());
    this.cursor = c + down + ph.settle + uniform(rng, 0.3, 1);
  }
}

// ---- the phone ----------------------------------------------------------

type Mat = [number, number, number, number, number, number, number, number, number];

const mul = (a: Mat, b: Mat): Mat => {
  const out = new Array<number>(9) as Mat;
  for (let i = 0; i < 3; i++)
    for (let j = 0; j < 3; j++) out[i * 3 + j] = a[i * 3]! * b[j]! + a[i * 3 + 1]! * b[3 + j]! + a[i * 3 + 2]! * b[6 + j]!;
  return out;
};
const rotY = (a: number): Mat => [Math.cos(a), 0, Math.sin(a), 0, 1, 0, -Math.sin(a), 0, Math.cos(a)];
const rotX = (a: number): Mat => [1, 0, 0, 0, Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a)];
const axisAngle = (axis: [number, number, number], angle: number): Mat => {
  const [x, y, z] = axis;
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  const C = 1 - c;
  return [x * x * C + c, x * y * C - z * s, x * z * C + y * s, y * x * C + z * s, y * y * C + c, y * z * C - x * s, z * x * C - y * s, z * y * C + x * s, z * z * C + c];
};

/** The 24 rotations that map the cube onto itself: every axis-aligned way to hold the phone. */
export const CUBE_ROTATIONS: readonly Mat[] = (() => {
  const out: Mat[] = [];
  const perms = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
  for (const perm of perms)
    for (let signs = 0; signs < 8; signs++) {
      const m = new Array<number>(9).fill(0) as Mat;
      perm.forEach((col, row) => (m[row * 3 + col] = signs & (1 << row) ? -1 : 1));
      const det = m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6]) + m[2] * (m[3] * m[7] - m[4] * m[6]);
      if (det > 0) out.push(m);
    }
  return out;
})();

// ---- scenarios -------------------------------------------------------------

const isFive = (s: Scenario) => s === 'five-times';

function planTrace(rng: Rng, scenario: Scenario, endSeconds: number): Plan & { test: StandTest; halfwayCounts: boolean } {
  const p = makePerson(rng);
  const reaction = uniform(rng, 0.2, 0.8);
  const pl = new Planner(rng, p, reaction);
  const older = rng() < 0.6;
  let cycle = older ? uniform(rng, 2.1, 3.2) : uniform(rng, 1.4, 2.2);
  if (scenario === 'fast') cycle = uniform(rng, 1.2, 1.6);
  if (scenario === 'slow') cycle = uniform(rng, 3.2, 4);
  if (isFive(scenario)) cycle = older ? uniform(rng, 1.8, 3) : uniform(rng, 1.2, 1.9);
  const sitHold = () => (scenario === 'fast' || isFive(scenario) ? uniform(rng, 0, 0.15) : uniform(rng, 0.05, 0.5));
  const standHold = () => (scenario === 'fast' || isFive(scenario) ? uniform(rng, 0, 0.1) : uniform(rng, 0.05, 0.4));
  let end = endSeconds;
  let halfwayCounts = false;

  if (scenario === 'quiet') return { ...finishPlan(pl, p, rng, end), test: 'chair-stand-30', halfwayCounts };

  if (isFive(scenario)) {
    if (rng() < 0.15) pl.lean(cycle);
    for (let i = 0; i < 5; i++) {
      const ph = pl.phases(cycle);
      pl.stands.push(pl.rise(ph.flex, ph.rise));
      if (i < 4) {
        pl.cursor += standHold();
        pl.sit(ph.descent, ph.settle);
        pl.cursor += sitHold();
      }
    }
    const fifth = pl.stands[4]!;
    if (rng() < 0.5) end = fifth + uniform(rng, 0.3, 1.5);
    else {
      pl.cursor += uniform(rng, 0.2, 1);
      const ph = pl.phases(cycle);
      pl.sit(ph.descent, ph.settle);
      end = pl.cursor + uniform(rng, 0.5, 2);
    }
    return { ...finishPlan(pl, p, rng, end), test: 'five-times', halfwayCounts };
  }

  const stopAt = scenario === 'early-stop' ? uniform(rng, 8, 24) : Infinity;
  const inProgress = scenario === 'in-progress-past' || scenario === 'in-progress-before';
  // Fraction of the hips' rise done at 30 s: clearly past or clearly short of half-way.
  const target = scenario === 'in-progress-past' ? uniform(rng, 0.6, 0.85) : uniform(rng, 0.12, 0.38);
  let riseAt30Start = Infinity;
  let fixedPhases: ReturnType<Planner['phases']> | null = null;
  if (inProgress) {
    fixedPhases = pl.phases(cycle);
    // Solve minJerk(u) = target by bisection (skew is 0 for this rise).
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 40; i++) {
      const mid = (lo + hi) / 2;
      if (minJerk(mid) < target) lo = mid;
      else hi = mid;
    }
    riseAt30Start = 30 - lo * fixedPhases.rise - fixedPhases.flex;
  }
  const hazards = scenario === 'mixed' ? new Set(['false-starts', 'half-rises', 'resting', 'tiring'].filter(() => rng() < 0.5)) : new Set([scenario]);
  while (pl.cursor < Math.min(end, stopAt)) {
    const c = hazards.has('tiring') ? cycle * (1 + (0.6 * pl.cursor) / 30) : cycle;
    if (inProgress && pl.cursor + c * 1.2 > riseAt30Start) break;
    const roll = rng();
    if (hazards.has('false-starts') && roll < 0.2) pl.lean(c);
    else if (hazards.has('half-rises') && roll < 0.2) pl.halfRise(c);
    else {
      const rest = hazards.has('resting') && rng() < 0.25;
      const restStanding = rest && rng() < 0.5;
      pl.fullCycle(c, restStanding ? uniform(rng, 1, 5) : standHold(), rest && !restStanding ? uniform(rng, 1, 5) : sitHold());
    }
  }
  if (inProgress && fixedPhases) {
    const start = Math.max(pl.cursor, riseAt30Start);
    // The hips' rise must be at `target` at 30 s: rebuild its timing if the cursor forced a later start.
    const planned = pl.rise(fixedPhases.flex, fixedPhases.rise, start, 0);
    if (planned <= 30) pl.stands.push(planned);
    else {
      const last = pl.rising[pl.rising.length - 1]!;
      const frac = pl.hipZ.progressAt(30) ?? (30 >= last.t1 ? 1 : 0);
      halfwayCounts = frac >= 0.5;
    }
  } else {
    // Any rise in progress at 30 s counts if the hips are past half-way.
    const at30 = pl.rising.find((r) => r.t0 <= 30 && r.t1 > 30);
    if (at30) halfwayCounts = (pl.hipZ.progressAt(30) ?? 0) >= 0.5;
  }
  return { ...finishPlan(pl, p, rng, end), test: 'chair-stand-30', halfwayCounts };
}

function finishPlan(pl: Planner, p: Person, rng: Rng, end: number): Plan {
  return {
    body: {
      hipZ: pl.hipZ,
      hipX: pl.hipX,
      pitch: pl.pitch,
      r: p.r,
      breathAmp: uniform(rng, 0.3, 1.5) * DEG,
      breathHz: uniform(rng, 0.18, 0.35),
      swayAmp: uniform(rng, 0.3, 2) * DEG,
      swayHz: uniform(rng, 0.1, 0.4),
    },
    stands: pl.stands,
    rising: pl.rising,
    end,
  };
}

// ---- rendering the samples ----------------------------------------------

function chestAt(body: Body, t: number): [number, number, number] {
  const th = body.pitch.at(t);
  const breath = 0.003 * Math.sin(2 * Math.PI * body.breathHz * t);
  return [body.hipX.at(t) + body.r * Math.sin(th), 0, body.hipZ.at(t) + body.r * Math.cos(th) + breath];
}

function orientationAt(body: Body, t: number, mount: Mat): Mat {
  const pitch = body.pitch.at(t) + body.breathAmp * Math.sin(2 * Math.PI * body.breathHz * t);
  const roll = body.swayAmp * Math.sin(2 * Math.PI * body.swayHz * t + 1);
  return mul(mul(rotY(pitch), rotX(roll)), mount);
}

export function simulateTrace(seed: number, scenarioOrOptions: Scenario | SimulationOptions = {}): SimulatedTrace {
  const options: SimulationOptions = typeof scenarioOrOptions === 'string' ? { scenario: scenarioOrOptions } : scenarioOrOptions;
  // Separate streams: the same seed gives the same movement whatever the phone settings.
  const motionRng = mulberry32(seed);
  const phoneRng = mulberry32(seed ^ 0x9e3779b9);
  const sampleRng = mulberry32(seed ^ 0x85ebca6b);
  const scenario = options.scenario ?? pick(motionRng, [...CHAIR_STAND_SCENARIOS, 'five-times'] as Scenario[]);
  const endSeconds = options.endSeconds ?? (motionRng() < 0.5 ? 30 : uniform(motionRng, 30, 32));
  const plan = planTrace(motionRng, scenario, endSeconds);
  const preGo = options.preGoSeconds ?? (motionRng() < 0.5 ? 0 : uniform(motionRng, 2, 5));

  const mountIndex = options.mount ?? Math.floor(phoneRng() * 24);
  const tilt = (options.tiltDeg ?? uniform(phoneRng, 0, 30)) * DEG;
  const axisRaw: [number, number, number] = [gauss(phoneRng), gauss(phoneRng), gauss(phoneRng)];
  const norm = Math.hypot(...axisRaw) || 1;
  const mount = mul(CUBE_ROTATIONS[mountIndex % 24]!, axisAngle([axisRaw[0] / norm, axisRaw[1] / norm, axisRaw[2] / norm], tilt));
  const sign = options.sign ?? (phoneRng() < 0.5 ? 1 : -1);
  const bias = [0, 1, 2].map(() => (options.calibrated ? 0 : 0.06) * gauss(phoneRng));
  const scale = [0, 1, 2].map(() => 1 + (options.calibrated ? 0 : 0.01) * gauss(phoneRng));
  const noise = options.noise ?? uniform(phoneRng, 0.05, 0.3);
  const tremorAmp = uniform(phoneRng, 0.01, 0.12);
  const tremorHz = uniform(phoneRng, 4, 8);
  const tremorDir = [gauss(phoneRng), gauss(phoneRng), gauss(phoneRng)];
  const tdn = Math.hypot(...tremorDir) || 1;

  const rateHz = options.rateHz ?? uniform(sampleRng, 15, 60);
  const jitter = options.jitter ?? 0.2;
  const gaps = options.gaps ?? true;
  // Occasional stalls of the page's main thread: about one every 20–60 s, 0.1–0.5 s long.
  const gapChancePerSample = gaps ? 1 / (rateHz * uniform(sampleRng, 20, 60)) : 0;

  const samples: MotionSample[] = [];
  const h = 0.002;
  let t = -preGo + sampleRng() * 0.02;
  if (preGo === 0) t = sampleRng() * 0.03;
  while (t <= plan.end) {
    const p0 = chestAt(plan.body, t - h);
    const p1 = chestAt(plan.body, t);
    const p2 = chestAt(plan.body, t + h);
    const acc = [0, 1, 2].map((i) => (p0[i]! - 2 * p1[i]! + p2[i]!) / (h * h));
    const f = [acc[0]!, acc[1]!, acc[2]! + 9.81];
    const R = orientationAt(plan.body, t, mount);
    // Phone frame = Rᵀ · world.
    const tremor = tremorAmp * Math.sin(2 * Math.PI * tremorHz * t) * (0.6 + 0.4 * Math.sin(0.7 * t));
    const out = [0, 1, 2].map((i) => {
      const v = R[i]! * f[0]! + R[3 + i]! * f[1]! + R[6 + i]! * f[2]!;
      return sign * (v * scale[i]! + bias[i]! + noise * gauss(sampleRng) + (tremor * tremorDir[i]!) / tdn);
    });
    samples.push({ t: Math.round(t * 10000) / 10, x: out[0]!, y: out[1]!, z: out[2]! });
    t += (1 / rateHz) * (1 + jitter * (2 * sampleRng() - 1));
    if (sampleRng() < gapChancePerSample) t += uniform(sampleRng, 0.1, 0.5);
  }

  const test = plan.test;
  const round = (s: number) => Math.round(s * 1000) / 1000;
  const allStands = plan.stands.filter((s) => s <= plan.end).map(round);
  const standTimes = test === 'chair-stand-30' ? allStands.filter((s) => s <= 30) : allStands;
  const count30 = allStands.filter((s) => s <= 30).length + (plan.halfwayCounts ? 1 : 0);
  const chestHeight = (at: number) => chestAt(plan.body, at)[2];
  return { samples, truth: { count30, standTimes, fifthStandAt: allStands[4] ?? null, test }, scenario, seed, chestHeight };
}

/** n traces from one seed: three chair-stand-30 traces for each five-times trace. */
export function corpus(seed: number, n: number): SimulatedTrace[] {
  const out: SimulatedTrace[] = [];
  for (let i = 0; i < n; i++) {
    const s = (Math.imul(seed, 7919) + i * 104729) >>> 0;
    const scenario: Scenario = i % 4 === 3 ? 'five-times' : CHAIR_STAND_SCENARIOS[(i - Math.floor(i / 4)) % CHAIR_STAND_SCENARIOS.length]!;
    out.push(simulateTrace(s, { scenario }));
  }
  return out;
}

/**
 * What comes before Go in the app: the recording starts at Start, while the person is still putting the
 * phone on the chest. `secondsBefore` seconds before the trace's first sample, the phone is lifted 0.3 m
 * from the lap in 1.2 s while it turns from a random direction to the way it then lies on the chest; then
 * it is still until the trace begins.
 */
export function putOnChestBeforeGo(samples: MotionSample[], seed: number, secondsBefore = 8): MotionSample[] {
  const rng = mulberry32(seed);
  const first = samples[0]!;
  const size = Math.hypot(first.x, first.y, first.z);
  const onChest = [first.x / size, first.y / size, first.z / size];
  const raw = [rng() - 0.5, rng() - 0.5, rng() - 0.5];
  const inHand = raw.map((c) => c / Math.hypot(...raw));
  const start = first.t - secondsBefore * 1000;
  const liftS = 1.2;
  const before: MotionSample[] = [];
  for (let t = start; t < first.t - 20; t += 20 + 10 * rng()) {
    const u = Math.min(1, (t - start) / 1000 / liftS);
    // Minimum-jerk lift: its acceleration, and how far the phone has turned.
    const up = u < 1 ? (0.3 * (60 * u - 180 * u * u + 120 * u ** 3)) / liftS ** 2 : 0;
    const turned = 10 * u ** 3 - 15 * u ** 4 + 6 * u ** 5;
    const dir = inHand.map((c, i) => (1 - turned) * c + turned * onChest[i]!);
    const n = Math.hypot(...dir);
    const noise = () => 0.1 * (rng() - 0.5);
    const t0 = Math.round(t * 10) / 10;
    before.push({ t: t0, x: ((9.81 + up) * dir[0]!) / n + noise(), y: ((9.81 + up) * dir[1]!) / n + noise(), z: ((9.81 + up) * dir[2]!) / n + noise() });
  }
  return [...before, ...samples];
}

/**
 * A recording up to endMs, then the person sitting still for 9 s (waiting for a beep that does not come):
 * the phone reports what it did over the last 0.2 s, with a little sensor noise, at the recording's own rate.
 */
export function thenSitsStill(samples: MotionSample[], endMs = Infinity): MotionSample[] {
  const kept = samples.filter((s) => s.t <= endMs);
  const last = kept[kept.length - 1]!;
  const tail = kept.filter((s) => s.t > last.t - 200);
  const mean = (axis: 'x' | 'y' | 'z') => tail.reduce((sum, s) => sum + s[axis], 0) / tail.length;
  const [x, y, z] = [mean('x'), mean('y'), mean('z')];
  const step = (last.t - kept[0]!.t) / (kept.length - 1);
  const rng = mulberry32(7);
  const noise = () => (rng() - 0.5) * 0.1;
  const still: MotionSample[] = [];
  for (let t = last.t + step; t < last.t + 9000; t += step) still.push({ t, x: x + noise(), y: y + noise(), z: z + noise() });
  return [...kept, ...still];
}
