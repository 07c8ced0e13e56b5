// When the phone on the chest stops the five-times clock (src/domain/stand-detector-five-times.ts): only when
// the whole recording also finds five stands, so that a landing's rebound the live count takes for a stand
// cannot stop the clock a stand early.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMotionCsv } from '../../src/domain/motion-csv';
import { countStands, createStandCounter, type MotionSample } from '../../src/domain/stand-detector';
import { fiveTimesStep } from '../../src/domain/stand-detector-five-times';
import { corpus } from '../support/sit-to-stand-simulator';

function recording(name: string): MotionSample[] {
  const parsed = parseMotionCsv(readFileSync(new URL(`../fixtures/motion/${name}`, import.meta.url), 'utf8'));
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.samples;
}

/** The live count alone, as the app had it: the moment (s) of the fifth stand it hears. */
function liveFifth(samples: MotionSample[]): number | null {
  const counter = createStandCounter('five-times');
  const heard: number[] = [];
  for (const sample of samples) heard.push(...counter.push(sample).filter((t) => t >= 0));
  return heard[4] ?? null;
}

// From the second simulator (written blind): a slow mover (20 Hz, iOS axes, landscape, with a tremor) whose
// chest rebounds after each landing on the seat; full standing at 2.77, 9.35, 15.78, 22.70 and 29.76 s.
const SLOW = 'second-simulator-slow-rebound-five-times.csv';

describe('the five-times clock with the phone on the chest', () => {
  it("does not stop a stand early on the rebound after a slow mover's landing", () => {
    const samples = recording(SLOW);
    // The live count alone took the rebound at 6.2 s for a stand, and stopped the clock at 22.7 s.
    expect(liveFifth(samples)!).toBeLessThan(23);
    const result = countStands(samples, 'five-times');
    expect(result.count).toBe(5);
    expect(Math.abs(result.fifthStandAt! - 29.76)).toBeLessThanOrEqual(0.3);
    [2.77, 9.35, 15.78, 22.7, 29.76].forEach((t, k) => expect(Math.abs(result.standTimes[k]! - t)).toBeLessThan(0.4));
  });

  it('takes the stands said back to those the whole recording finds, and says nothing new', () => {
    const samples = recording(SLOW);
    const counter = createStandCounter('five-times');
    let said: number[] = [];
    let heardSoFar = 0;
    const steps: { heard: number; said: number; stopped: boolean }[] = [];
    for (let i = 0; i < samples.length; i++) {
      const heard = counter.push(samples[i]!).filter((t) => t >= 0);
      if (!heard.length) continue;
      heardSoFar += heard.length;
      const step = fiveTimesStep(samples.slice(0, i + 1), counter, said, heard, samples[i]!.t);
      steps.push({ heard: heardSoFar, said: step.said.length, stopped: step.five !== null });
      said = step.said;
      if (step.five) break;
    }
    // At its fifth (the rebound among them) the live count is taken back to the four the whole recording
    // finds, and the clock runs on; it stops at the real fifth stand, the live count's sixth.
    expect(steps[4]).toEqual({ heard: 5, said: 4, stopped: false });
    expect(steps.at(-1)).toEqual({ heard: 6, said: 5, stopped: true });
  });

  it('stops at the same moment as the live count when both find five (our simulated five-times tests)', () => {
    for (const trace of corpus(20260, 40).filter((t) => t.truth.test === 'five-times')) {
      const result = countStands(trace.samples, 'five-times');
      expect(result.fifthStandAt, `seed ${trace.seed}`).toBe(liveFifth(trace.samples));
    }
  });
});
