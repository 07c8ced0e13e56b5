import { addDays, type LocalDate } from './dates';
import { median, weekStart } from './weekly-aggregation';

// Today's "this week" strip: which days of the current week (Monday to Sunday)
// had sit-to-stands logged, the week's reps, and a typical day's steps. Sets
// and steps are summed per day, as everywhere else in the app.

export interface WeekDaySummary {
  day: LocalDate;
  reps: number;
  steps: number | null;
  /** After today: not a missed day, just not here yet. */
  future: boolean;
}

export interface WeekSummary {
  days: WeekDaySummary[];
  /** Days with at least one set of sit-to-stands. */
  daysWithReps: number;
  reps: number;
  /** Days with steps logged, and the median of their totals (null when none). */
  daysWithSteps: number;
  typicalSteps: number | null;
}

type LoggedEntry = { kind: string; day: LocalDate; reps?: number; steps?: number };

export function summariseWeek(entries: readonly LoggedEntry[], today: LocalDate): WeekSummary {
  const monday = weekStart(today);
  const days: WeekDaySummary[] = Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    return { day, reps: 0, steps: null, future: day > today };
  });
  const byDay = new Map(days.map((d) => [d.day, d]));
  for (const entry of entries) {
    const summary = byDay.get(entry.day);
    if (!summary) continue;
    if (entry.kind === 'sit-to-stand-count') summary.reps += entry.reps ?? 0;
    if (entry.kind === 'steps') summary.steps = (summary.steps ?? 0) + (entry.steps ?? 0);
  }
  const stepTotals = days.flatMap((d) => (d.steps === null ? [] : [d.steps])).sort((a, b) => a - b);
  const typical = median(stepTotals);
  return {
    days,
    daysWithReps: days.filter((d) => d.reps > 0).length,
    reps: days.reduce((sum, d) => sum + d.reps, 0),
    daysWithSteps: stepTotals.length,
    typicalSteps: typical === null ? null : Math.round(typical),
  };
}
