// A daily steps goal that starts where the person is. FACTS: 6,000–8,000 steps
// a day if tolerated, or any increase on the person's own baseline.
import { median } from './statistics';

export const DEFAULT_STEPS = { min: 6000, max: 8000 } as const;
// The fact sheet gives this as general advice without a single study behind it; say so.
export const STEPS_SOURCE = 'general daily-movement advice in Regain’s clinical fact sheet; no single study';

// Product choices: the baseline is the median of the last 7 logged days; the
// goal adds 500 steps (a gentle rise), rounded to 100, and stops rising at 8,000.
const STEP_UP = 500;

export type StepsTarget = { kind: 'default'; min: number; max: number } | { kind: 'personal'; baseline: number; goal: number };

/** `recentDailySteps`: each logged day's steps, newest last. */
export function stepsTarget(recentDailySteps: readonly number[]): StepsTarget {
  const recent = recentDailySteps.slice(-7);
  if (recent.length === 0) return { kind: 'default', ...DEFAULT_STEPS };
  const baseline = Math.round(median(recent)!);
  const goal = baseline >= DEFAULT_STEPS.max ? baseline : Math.min(DEFAULT_STEPS.max, Math.round((baseline + STEP_UP) / 100) * 100);
  return { kind: 'personal', baseline, goal };
}
