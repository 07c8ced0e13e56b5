import { useLiveQuery } from './use-live-query';
import { entriesOfKind, latestOfKind } from './entries-reads';
import { addDays, type LocalDate } from '../domain/dates';
import { proteinForDay } from '../domain/protein-target';

export interface PlanInputs {
  latestWeightKg: number | null;
  proteinTodayGrams: number;
  /** Total steps of each logged day in the last two weeks, oldest first. */
  recentDailySteps: number[];
  latestChairStand: { reps: number; usedArms: boolean; day: LocalDate } | null;
}

/** What the plan's targets are computed from, read live from the logs. */
export function usePlanInputs(today: LocalDate): PlanInputs | undefined {
  return useLiveQuery(async () => {
    const latestWeight = await latestOfKind('weight');
    const protein = await entriesOfKind('protein', today, today).toArray();
    const steps = await entriesOfKind('steps', addDays(today, -14), today).toArray();
    const stepsByDay = new Map<string, number>();
    for (const e of steps) stepsByDay.set(e.day, (stepsByDay.get(e.day) ?? 0) + e.steps);
    const latestStand = await latestOfKind('chair-stand-30s');
    return {
      latestWeightKg: latestWeight?.kg ?? null,
      proteinTodayGrams: proteinForDay(protein),
      recentDailySteps: [...stepsByDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, total]) => total),
      latestChairStand: latestStand ? { reps: latestStand.usedArms ? 0 : latestStand.reps, usedArms: latestStand.usedArms, day: latestStand.day } : null,
    };
  }, [today]);
}
