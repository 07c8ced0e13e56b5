import { dailyTotals } from './daily-totals';
import { addDays, type LocalDate } from './dates';
import { median } from './statistics';
import { weekStart } from './weekly-aggregation';

// Today's "this week" strip: which days of the current week (Monday to Sunday)
// had sit-to-stands logged, the week's reps, and a typical day's steps. Sets
// and steps are summed per day (dailyTotals), as everywhere else in the app.

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
  const sunday = addDays(monday, 6);
  const inWeek = entries.filter((entry) => entry.day >= monday && entry.day <= sunday);
  const totalsOf = (kind: string, value: (entry: LoggedEntry) => number | undefined) =>
    new Map(dailyTotals(inWeek.filter((e) => e.kind === kind).map((e) => ({ day: e.day, value: value(e) ?? 0 }))).map((d) => [d.day, d.value]));
  const reps = totalsOf('sit-to-stand-count', (e) => e.reps);
  const steps = totalsOf('steps', (e) => e.steps);

  const days: WeekDaySummary[] = Array.from({ length: 7 }, (_, i) => {
    const day = addDays(monday, i);
    return { day, reps: reps.get(day) ?? 0, steps: steps.get(day) ?? null, future: day > today };
  });
  const typical = median([...steps.values()].sort((a, b) => a - b));
  return {
    days,
    daysWithReps: days.filter((d) => d.reps > 0).length,
    reps: days.reduce((sum, d) => sum + d.reps, 0),
    daysWithSteps: steps.size,
    typicalSteps: typical === null ? null : Math.round(typical),
  };
}
