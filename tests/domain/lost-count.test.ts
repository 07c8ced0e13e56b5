import { describe, expect, it } from 'vitest';
import { hasLostCount } from '../../src/domain/lost-count';
import { createStandCounter, type MotionSample, type StandTest } from '../../src/domain/stand-detector';
import { corpus, simulateTrace } from '../support/sit-to-stand-simulator';

/** Plays a recording through the live counter as the app does; the moment (s from Go) the phone gives up, or null. */
function givesUpAt(samples: MotionSample[], test: StandTest): number | null {
  const counter = createStandCounter(test);
  let lastStandMs = 0;
  for (const sample of samples) {
    for (const at of counter.push(sample)) lastStandMs = Math.max(lastStandMs, at * 1000);
    if (sample.t > 0 && hasLostCount(counter, sample.t, lastStandMs)) return sample.t / 1000;
  }
  return null;
}

describe('giving up on a count (five-times clock)', () => {
  it('never gives up while the person is still doing stands, even resting between them', () => {
    // 320 simulated recordings: 30-second tests with rests, false starts and half rises, and five-times.
    for (const trace of corpus(20260, 320)) {
      const at = givesUpAt(trace.samples, trace.truth.test);
      const lastStand = trace.truth.standTimes.at(-1) ?? 0;
      if (at !== null) expect(at, `${trace.scenario} ${trace.seed}`).toBeGreaterThan(lastStand);
    }
  });

  it('gives up 6–8 s after the last stand when the person stops and sits still', () => {
    const delays: number[] = [];
    for (let seed = 300; seed < 320; seed++) {
      const trace = simulateTrace(seed, { scenario: 'early-stop', endSeconds: 30 });
      const at = givesUpAt(trace.samples, 'five-times');
      const lastStand = trace.truth.standTimes.at(-1)!;
      if (at !== null) delays.push(at - lastStand);
    }
    expect(delays.length).toBeGreaterThanOrEqual(18);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(6);
      expect(delay).toBeLessThanOrEqual(8);
    }
  });

  it('does not give up in the first 6 s after Go, however still the person sits', () => {
    // Ten seconds of sitting still before Go, and the same ten seconds again after it.
    const before = simulateTrace(321, { scenario: 'early-stop', preGoSeconds: 10 }).samples.filter((s) => s.t < 0);
    const samples = [...before, ...before.map((s) => ({ ...s, t: s.t + 10_000 }))];
    const at = givesUpAt(samples, 'five-times');
    expect(at).not.toBeNull();
    expect(at!).toBeGreaterThanOrEqual(6);
  });
});
