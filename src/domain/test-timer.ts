// The guided tests' clock as pure functions of elapsed time. The screen reads
// Date.now() whenever it wakes and asks "where are we?", rather than counting
// setInterval ticks: ticks drift, and a background tab may stall them for seconds.

export interface TimerPlan {
  /** The 3-2-1 lead-in before "Go". */
  countdownSeconds: number;
  /** How long the test runs after "Go". */
  testSeconds: number;
}

/** 30-second chair stand (CDC STEADI): 3-2-1, then 30 seconds. */
export const CHAIR_STAND_TIMER: TimerPlan = { countdownSeconds: 3, testSeconds: 30 };

/**
 * Five-times sit-to-stand: 3-2-1, then a stopwatch the person stops. It gives up
 * at 120 s, the longest time a result may have (MEASUREMENT_LIMITS).
 */
export const FIVE_TIMES_TIMER: TimerPlan = { countdownSeconds: 3, testSeconds: 120 };

export type TimerPhase =
  | { phase: 'countdown'; /** 3, 2, 1 */ count: number }
  | {
      phase: 'running';
      /** Milliseconds since "Go". */
      runningMs: number;
      /** Whole seconds left, rounded up: 30 at "Go", 1 in the last second. */
      secondsLeft: number;
    }
  | { phase: 'finished' };

/** Where a test stands `elapsedMs` after the person pressed Start. */
export function timerPhase(plan: TimerPlan, elapsedMs: number): TimerPhase {
  if (Number.isNaN(elapsedMs)) throw new RangeError('Elapsed time must be a number');
  // A clock set back during the test must not produce a count of 4 or a negative time.
  const elapsed = Math.max(0, elapsedMs);
  const countdownMs = plan.countdownSeconds * 1000;
  if (elapsed < countdownMs) {
    return { phase: 'countdown', count: plan.countdownSeconds - Math.floor(elapsed / 1000) };
  }
  const runningMs = elapsed - countdownMs;
  const testMs = plan.testSeconds * 1000;
  if (runningMs >= testMs) return { phase: 'finished' };
  return { phase: 'running', runningMs, secondsLeft: Math.ceil((testMs - runningMs) / 1000) };
}

/**
 * How long to wait before the display next changes: until the next whole
 * `stepMs` of elapsed time (1000 for a countdown in seconds, 100 for a stopwatch
 * in tenths). A timer that fires a little early just gets a second, tiny wait.
 */
export function msUntilNextChange(elapsedMs: number, stepMs = 1000): number {
  const elapsed = Math.max(0, elapsedMs);
  return stepMs - (elapsed % stepMs);
}

/** A stopwatch reading in seconds, to the tenth (what is shown and saved). */
export function stopwatchSeconds(runningMs: number): number {
  return Math.round(Math.max(0, runningMs) / 100) / 10;
}
