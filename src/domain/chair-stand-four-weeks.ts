// The person's 30-second chair stand results over the four weeks up to a day,
// summed up for "what to tell the doctor". It states the numbers and the
// change from the first to the latest result; it does not judge whether the
// change matters (that is the clinician's call, and the fact sheet's
// minimal-change figures are for weekly medians, which a few results cannot give).
import { addDays, type LocalDate } from './dates';

export const WINDOW_DAYS = 28;

export interface ChairStandResult {
  day: LocalDate;
  /** When it was saved (ISO timestamp): orders two results on one day. */
  at: string;
  reps: number;
  /** STEADI: needing the arms ends the test with a score of 0. */
  usedArms: boolean;
}

export interface FourWeekWindow {
  /** First day inside the window. */
  from: LocalDate;
  /** Last day inside the window (the day of the summary). */
  to: LocalDate;
}

export type ChairStandSummary =
  | { kind: 'none'; count: 0; window: FourWeekWindow }
  | { kind: 'one'; count: 1; window: FourWeekWindow; latest: ChairStandResult }
  | {
      kind: 'several';
      count: number;
      window: FourWeekWindow;
      first: ChairStandResult;
      latest: ChairStandResult;
      /** latest − first, in stands. */
      change: number;
      lowest: number;
      highest: number;
    };

/** The 28 days ending on `asOf`, both ends included. */
export function fourWeekWindow(asOf: LocalDate): FourWeekWindow {
  return { from: addDays(asOf, -(WINDOW_DAYS - 1)), to: asOf };
}

export function summariseChairStands(results: readonly ChairStandResult[], asOf: LocalDate): ChairStandSummary {
  const window = fourWeekWindow(asOf);
  const inside = results
    .filter((r) => r.day >= window.from && r.day <= window.to)
    .sort((a, b) => a.day.localeCompare(b.day) || a.at.localeCompare(b.at));
  const first = inside[0];
  const latest = inside[inside.length - 1];
  if (!first || !latest) return { kind: 'none', count: 0, window };
  if (inside.length === 1) return { kind: 'one', count: 1, window, latest };
  const reps = inside.map((r) => r.reps);
  return {
    kind: 'several',
    count: inside.length,
    window,
    first,
    latest,
    change: latest.reps - first.reps,
    lowest: Math.min(...reps),
    highest: Math.max(...reps),
  };
}
