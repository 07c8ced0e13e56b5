import { useLiveQuery } from './use-live-query';
import { db } from './database';
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
    const weights = await db.entries.where('[kind+day]').between(['weight', ''], ['weight', '\uffff']).toArray();
    const latestWeight = weights.sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt)).pop();
    const protein = await db.entries.where('[kind+day]').equals(['protein', today]).toArray();
    const steps = await db.entries.where('[kind+day]').between(['steps', addDays(today, -14)], ['steps', today], true, true).toArray();
    const stepsByDay = new Map<string, number>();
    for (const e of steps) if (e.kind === 'steps') stepsByDay.set(e.day, (stepsByDay.get(e.day) ?? 0) + e.steps);
    const stands = await db.entries.where('[kind+day]').between(['chair-stand-30s', ''], ['chair-stand-30s', '\uffff']).toArray();
    const latestStand = stands.sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt)).pop();
    return {
      latestWeightKg: latestWeight?.kind === 'weight' ? latestWeight.kg : null,
      proteinTodayGrams: proteinForDay(protein.flatMap((e) => (e.kind === 'protein' ? [e] : []))),
      recentDailySteps: [...stepsByDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, total]) => total),
      latestChairStand: latestStand?.kind === 'chair-stand-30s' ? { reps: latestStand.usedArms ? 0 : latestStand.reps, usedArms: latestStand.usedArms, day: latestStand.day } : null,
    };
  }, [today]);
}
