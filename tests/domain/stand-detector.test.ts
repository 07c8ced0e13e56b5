import { describe, expect, it } from 'vitest';
import { countStands, createStandCounter, type MotionSample, type StandTest } from '../../src/domain/stand-detector';
import { corpus, CUBE_ROTATIONS, mulberry32, simulateTrace } from '../support/sit-to-stand-simulator';

// ---- hand-built traces, deliberately NOT from the simulator ------------------
// A chest point with height z(t) and trunk lean θ(t) (radians), in a fixed phone orientation:
// specific force = acceleration + 9.81 up, turned into the phone's frame by the lean.
// Different shapes from the simulator's (sinusoids instead of minimum-jerk pieces).
interface Pose { x: number; z: number; lean: number }
function render(pose: (t: number) => Pose, options: { seconds: number; rateHz?: number; noise?: number; seed?: number; rotation?: number; sign?: 1 | -1 }): MotionSample[] {
  const { seconds, rateHz = 40, noise = 0.05, seed = 1, rotation = 5, sign = 1 } = options;
  const rng = mulberry32(seed);
  const R = CUBE_ROTATIONS[rotation]!;
  const h = 0.002;
  const out: MotionSample[] = [];
  for (let t = 0; t <= seconds; t += 1 / rateHz) {
    const p0 = pose(t - h);
    const p1 = pose(t);
    const p2 = pose(t + h);
    const ax = (p0.x - 2 * p1.x + p2.x) / (h * h);
    const az = (p0.z - 2 * p1.z + p2.z) / (h * h) + 9.81;
    // Into the trunk's frame (rotated by the lean about the sideways axis), then the phone's.
    const c = Math.cos(p1.lean);
    const s = Math.sin(p1.lean);
    const trunk = [c * ax - s * az, 0, s * ax + c * az];
    const phone = [0, 1, 2].map((i) => R[i]! * trunk[0]! + R[3 + i]! * trunk[1]! + R[6 + i]! * trunk[2]! + noise * (rng() + rng() + rng() - 1.5));
    out.push({ t: Math.round(t * 1000), x: sign * phone[0]!, y: sign * phone[1]!, z: sign * phone[2]! });
  }
  return out;
}

const DEG = Math.PI / 180;
const R_CHEST = 0.42;
/** Chest position for hip height `hip` (m) and lean `lean` (radians). */
const chest = (hip: number, lean: number, hipX = 0): Pose => ({ x: hipX + R_CHEST * Math.sin(lean), z: hip + R_CHEST * Math.cos(lean), lean });
/** 0 → 1 → 0 over [t0, t0 + d] as a raised cosine; 0 outside. */
const bump = (t: number, t0: number, d: number) => (t < t0 || t > t0 + d ? 0 : 0.5 - 0.5 * Math.cos((2 * Math.PI * (t - t0)) / d));
/** 0 → 1 over [t0, t0 + d] as a half cosine. */
const ramp = (t: number, t0: number, d: number) => (t <= t0 ? 0 : t >= t0 + d ? 1 : 0.5 - 0.5 * Math.cos((Math.PI * (t - t0)) / d));

/** Sinusoidal stands: every `cycle` s the hips go up 0.42 m and down, leaning forward on the way up and down. */
function sinusoidalStands(cycle: number, first: number) {
  return (t: number): Pose => {
    if (t < first) return chest(0, 0);
    const phase = ((t - first) % cycle) / cycle; // 0: seated, 0.5: standing
    const hip = 0.42 * (0.5 - 0.5 * Math.cos(2 * Math.PI * phase));
    const lean = 32 * DEG * Math.sin(2 * Math.PI * phase) ** 2;
    return chest(hip, lean, 0.12 * hip);
  };
}

describe('countStands on hand-built traces (not from the simulator)', () => {
  it('counts sinusoidal stands: tops at first + cycle/2 + k·cycle', () => {
    const cycle = 2.5;
    const first = 1;
    const samples = render(sinusoidalStands(cycle, first), { seconds: 30 });
    const tops = Array.from({ length: 20 }, (_, k) => first + cycle / 2 + k * cycle).filter((t) => t <= 30);
    const result = countStands(samples, 'chair-stand-30');
    expect(result.count).toBe(tops.length); // 12, and the 13th is only 20 % up at 30 s
    result.standTimes.forEach((s, k) => expect(Math.abs(s - tops[k]!)).toBeLessThan(0.35));
  });

  it('gives 0 for quiet sitting', () => {
    const samples = render(() => chest(0, 3 * DEG), { seconds: 30, noise: 0.2 });
    expect(countStands(samples, 'chair-stand-30').count).toBe(0);
  });

  it('gives 0 for leaning forward and back without rising (the chest only goes down and up a few cm)', () => {
    const samples = render((t) => chest(0, 40 * DEG * [2, 6, 10, 14, 18, 22].reduce((sum, t0) => sum + bump(t, t0, 1.6), 0)), { seconds: 30 });
    expect(countStands(samples, 'chair-stand-30').count).toBe(0);
  });

  it('gives 0 for rises that stop half-way (hips 40 % up, trunk still leaning) and sit back', () => {
    const half = (t: number) => [2, 7, 12, 17, 22].reduce((sum, t0) => sum + bump(t, t0 + 0.5, 1.6), 0);
    const lean = (t: number) => [2, 7, 12, 17, 22].reduce((sum, t0) => sum + bump(t, t0, 2.6), 0);
    const samples = render((t) => chest(0.4 * 0.42 * half(t), 35 * DEG * lean(t)), { seconds: 30 });
    expect(countStands(samples, 'chair-stand-30').count).toBe(0);
  });

  it('counts only the stands when leans forward and back come between them (the chest dips a few cm, no seat-off)', () => {
    // A stand every 5 s (rise 1.2 s, hold 1 s, sit 1.2 s); in the seated pause a quick 40° lean and back.
    const starts = [1, 6, 11, 16, 21, 26];
    const pose = (t: number): Pose => {
      const hip = 0.42 * starts.reduce((sum, t0) => sum + ramp(t, t0, 1.2) - ramp(t, t0 + 2.2, 1.2), 0);
      const rising = starts.reduce((sum, t0) => sum + bump(t, t0 - 0.6, 1.8) + bump(t, t0 + 2.0, 1.6), 0);
      const leaning = starts.reduce((sum, t0) => sum + bump(t, t0 + 3.6, 0.75), 0);
      return chest(hip, 35 * DEG * rising + 40 * DEG * leaning, 0.12 * hip);
    };
    for (const seed of [1, 2, 3]) {
      const samples = render(pose, { seconds: 30, noise: 0.15, rateHz: 25, seed });
      const result = countStands(samples, 'chair-stand-30');
      expect(result.count, `seed ${seed}`).toBe(6);
      result.standTimes.forEach((s, k) => expect(Math.abs(s - (starts[k]! + 1.2))).toBeLessThan(0.35));
    }
  });

  it('does not count a stand finished before Go (up too early, then back down for the test)', () => {
    // Recorded from 3 s before Go: a quick rise that tops out 0.15 s before Go, sitting down just after it,
    // then five stands 5 s apart.
    const starts = [3, 8, 13, 18, 23];
    const pose = (t: number): Pose => {
      const fromGo = t - 3;
      const early = ramp(fromGo, -0.95, 0.8) - ramp(fromGo, 0.3, 1);
      const hip = 0.42 * (early + starts.reduce((sum, t0) => sum + ramp(fromGo, t0, 1.2) - ramp(fromGo, t0 + 2.2, 1.2), 0));
      const lean = 35 * DEG * (bump(fromGo, -1.4, 1.4) + starts.reduce((sum, t0) => sum + bump(fromGo, t0 - 0.6, 1.8) + bump(fromGo, t0 + 2, 1.6), 0));
      return chest(hip, lean, 0.12 * hip);
    };
    const samples = render(pose, { seconds: 33 }).map((sample) => ({ ...sample, t: sample.t - 3000 }));
    const result = countStands(samples, 'chair-stand-30');
    expect(result.count).toBe(5);
    expect(result.standTimes[0]).toBeGreaterThan(3);
  });

  // One clean stand (rise 1.2 s, hold, sit) then one rise under way at 30 s.
  const oneThenRising = (fractionAt30: number) => {
    const riseS = 1.2;
    // Solve ramp(30, start, riseS) = fraction for start.
    const start = 30 - (riseS * Math.acos(1 - 2 * fractionAt30)) / Math.PI;
    return (t: number): Pose => {
      const hip = 0.42 * (ramp(t, 3, riseS) - ramp(t, 6, riseS) + ramp(t, start, riseS));
      const lean = 35 * DEG * (bump(t, 2.4, 1.8) + bump(t, 5.8, 1.6) + bump(t, start - 0.6, 1.8));
      return chest(hip, lean, 0.12 * hip);
    };
  };
  it('counts a rise under way at 30 s that is past half-way up', () => {
    const samples = render(oneThenRising(0.75), { seconds: 30 });
    expect(countStands(samples, 'chair-stand-30').count).toBe(2);
  });
  it('does not count a rise under way at 30 s that is short of half-way', () => {
    const samples = render(oneThenRising(0.2), { seconds: 30 });
    expect(countStands(samples, 'chair-stand-30').count).toBe(1);
  });
});

describe('countStands does not depend on how the phone is held or sampled', () => {
  it('gives the same count in all 24 axis-aligned placements, with Android and iOS signs', () => {
    const seed = 4242;
    const want = simulateTrace(seed, { scenario: 'typical', mount: 0, tiltDeg: 0, sign: 1 }).truth.count30;
    const counts = new Set<number>();
    for (let mount = 0; mount < 24; mount++)
      for (const sign of [1, -1] as const) {
        const trace = simulateTrace(seed, { scenario: 'typical', mount, tiltDeg: 0, sign, gaps: false });
        counts.add(countStands(trace.samples, 'chair-stand-30').count);
      }
    expect([...counts]).toEqual([want]);
  });

  it('gives the same count sampled at 15 Hz and at 60 Hz (jittered)', () => {
    for (const seed of [11, 12, 13]) {
      const slow = simulateTrace(seed, { scenario: 'typical', rateHz: 15, gaps: false });
      const fast = simulateTrace(seed, { scenario: 'typical', rateHz: 60, gaps: false });
      expect(countStands(slow.samples, 'chair-stand-30').count).toBe(slow.truth.count30);
      expect(countStands(fast.samples, 'chair-stand-30').count).toBe(fast.truth.count30);
    }
  });

  it('neither creates nor loses a stand when 0.5 s of samples is missing while sitting or standing still', () => {
    // Stands at 3, 11 and 19 s (rise 1.2 s), each held 3 s, then 3 s seated.
    const starts = [3, 11, 19];
    const pose = (t: number): Pose => {
      const hip = 0.42 * starts.reduce((sum, t0) => sum + ramp(t, t0, 1.2) - ramp(t, t0 + 4.2, 1.2), 0);
      const lean = 35 * DEG * starts.reduce((sum, t0) => sum + bump(t, t0 - 0.6, 1.8) + bump(t, t0 + 4.0, 1.6), 0);
      return chest(hip, lean, 0.12 * hip);
    };
    const samples = render(pose, { seconds: 30, noise: 0.1 });
    expect(countStands(samples, 'chair-stand-30').count).toBe(3);
    for (const middle of [1.5, 5.8, 9.8, 14, 17.8, 22]) {
      const gapped = samples.filter((s) => Math.abs(s.t / 1000 - middle) > 0.25);
      expect(countStands(gapped, 'chair-stand-30').count, `gap at ${middle} s`).toBe(3);
    }
  });

  // Known limit: a gap in the middle of a movement hides part of it (the missing acceleration is
  // bridged by a straight line). Short stalls (0.2 s) rarely matter; 0.5 s during a rise can.
  it('keeps the count through a 0.2 s gap at any moment on at least 90 % of trials', () => {
    let same = 0;
    let trials = 0;
    for (const seed of [21, 22, 23]) {
      const trace = simulateTrace(seed, { scenario: 'typical', gaps: false, noise: 0.1 });
      const want = countStands(trace.samples, 'chair-stand-30').count;
      for (const top of trace.truth.standTimes.slice(0, -1))
        for (const offset of [-1.5, -1.1, -0.7, -0.3, 0.1, 0.5, 1]) {
          const gapped = trace.samples.filter((s) => Math.abs(s.t / 1000 - (top + offset)) > 0.1);
          trials++;
          if (countStands(gapped, 'chair-stand-30').count === want) same++;
        }
    }
    expect(same / trials).toBeGreaterThanOrEqual(0.9);
  });
});

describe('live counting', () => {
  // The live count is spoken as a guide while the test runs; the count the person confirms comes from
  // the whole recording (countStands pins the velocity on both sides of each rise, which live cannot),
  // so the two may differ on a rise whose height is borderline, but by at most one.
  it('push() reports each stand within 0.5 s of its moment, and ends within one of countStands()', () => {
    for (const [seed, test] of [[31, 'chair-stand-30'], [32, 'five-times'], [33, 'chair-stand-30']] as [number, StandTest][]) {
      const trace = simulateTrace(seed, test === 'five-times' ? 'five-times' : 'mixed');
      const counter = createStandCounter(test);
      const live: number[] = [];
      for (const sample of trace.samples) {
        for (const s of counter.push(sample)) {
          live.push(s);
          expect(sample.t / 1000 - s).toBeLessThanOrEqual(0.5 + 0.2); // plus one sample interval at 15 Hz or a gap
        }
      }
      const end = test === 'chair-stand-30' ? 30_000 : trace.samples.at(-1)!.t;
      const final = counter.finish(end);
      const batch = countStands(trace.samples, test);
      expect(Math.abs(final.count - batch.count)).toBeLessThanOrEqual(1);
      expect(live).toEqual(final.standTimes.slice(0, live.length));
    }
  });

  it('does not count a landing on the seat as a stand (a quick sit-down, the trunk snapping upright)', () => {
    // Five-times: rise 0.7 s after a 0.5 s lean; a quick 0.45 s sit-down leaning 40° forward, and on
    // landing the trunk straightens in 0.25 s. The live filter alone reads the landing as a rise.
    const starts = [1, 3.2, 5.4, 7.6, 9.8];
    const pose = (t: number): Pose => {
      let hip = 0;
      let lean = 0;
      starts.forEach((t0, k) => {
        const down = t0 + 1.25;
        hip += 0.42 * ramp(t, t0 + 0.5, 0.7) - (k < 4 ? 0.42 * ramp(t, down, 0.45) : 0);
        lean += 35 * DEG * (ramp(t, t0, 0.5) - ramp(t, t0 + 0.64, 0.56));
        if (k < 4) lean += 40 * DEG * (ramp(t, down, 0.27) - ramp(t, down + 0.45, 0.25));
      });
      return chest(hip, lean, 0.12 * hip);
    };
    for (const seed of [1, 2, 3])
      for (const rotation of [0, 13]) {
        const samples = render(pose, { seconds: 12, noise: 0.1, rateHz: 30, seed, rotation });
        const result = countStands(samples, 'five-times');
        expect(result.count, `seed ${seed}, rotation ${rotation}`).toBe(5);
        result.standTimes.forEach((s, k) => expect(Math.abs(s - (starts[k]! + 1.2))).toBeLessThan(0.3));
      }
  });

  it('says each stand once, in order, and never takes one back (push() agrees with finish())', () => {
    for (const seed of [51, 52, 53, 54]) {
      const trace = simulateTrace(seed, 'five-times');
      const counter = createStandCounter('five-times');
      const said: number[] = [];
      for (const sample of trace.samples) said.push(...counter.push(sample));
      const final = counter.finish(trace.samples.at(-1)!.t);
      expect(said).toEqual([...said].sort((a, b) => a - b));
      expect(final.standTimes.slice(0, said.length)).toEqual(said);
    }
  });

  it('ignores samples out of time order and values that are not numbers', () => {
    const trace = simulateTrace(41, 'typical');
    const messy = trace.samples.flatMap((s, i) => (i % 50 === 7 ? [s, { ...s, t: s.t - 500 }, { ...s, t: s.t + 1, x: NaN }] : [s]));
    expect(countStands(messy, 'chair-stand-30').count).toBe(countStands(trace.samples, 'chair-stand-30').count);
  });
});

describe('the simulated corpus', () => {
  // 320 traces from one seed: 240 chair-stand-30, 80 five-times. The goals of the issue are exact
  // count on 95 %, within one on 100 %, fifth stand within 0.3 s on 95 %. Exact / within one / fifth
  // within 0.3 s (`npm run bench:stands -- --seed=N`) are 97.2 / 100 / 100 % on seed 20260, and on seeds
  // not tuned on 98.8 / 100 / 100 % (7), 96.9 / 99.7 / 100 % (12345), 96.6 / 100 / 97.5 % (99),
  // 95.6 / 100 / 98.8 % (4242) and 97.2 / 100 / 100 % (31337). Most of the misses left are stands where the
  // readings stopped for 0.1–0.5 s (the page busy): without those gaps, the same 30-second tests on the six
  // seeds come out exact on 1,412 of 1,440, against 1,385 with them.
  // These floors catch it getting worse; see scripts/bench-stands.mjs for the numbers.
  const traces = corpus(20260, 320);
  const results = traces.map((trace) => ({ trace, result: countStands(trace.samples, trace.truth.test) }));
  const want = (t: (typeof traces)[number]) => (t.truth.test === 'chair-stand-30' ? t.truth.count30 : t.truth.standTimes.length);

  it('counts exactly on at least 95 % of traces, and within one on all of them', () => {
    const exact = results.filter(({ trace, result }) => result.count === want(trace)).length / results.length;
    const withinOne = results.filter(({ trace, result }) => Math.abs(result.count - want(trace)) <= 1).length / results.length;
    expect(exact).toBeGreaterThanOrEqual(0.95);
    expect(withinOne).toBe(1);
  });

  it('times the fifth stand within 0.3 s on at least 95 % of five-times traces', () => {
    const five = results.filter(({ trace }) => trace.truth.test === 'five-times');
    expect(five.length).toBe(80);
    const ok = five.filter(({ trace, result }) => result.fifthStandAt !== null && Math.abs(result.fifthStandAt - trace.truth.fifthStandAt!) <= 0.3);
    expect(ok.length / five.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never counts a stand in a trace of quiet sitting', () => {
    for (const { trace, result } of results.filter(({ trace }) => trace.scenario === 'quiet')) expect(result.count, `seed ${trace.seed}`).toBe(0);
  });
});
