import type { CompiledPlan, PlanSession, Weekday } from '../content/content-types';
import { addDays, type LocalDate } from './dates';
import { isoDayOfWeek } from './weekly-aggregation';

export const WEEKDAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

export function weekdayOf(day: LocalDate): Weekday {
  return WEEKDAYS[isoDayOfWeek(day) - 1]!;
}

/** One thing to tick off on a day: a session, the day's movement, or the protein target. */
export interface PlanItem {
  id: string;
  label: string;
  kind: 'session' | 'movement' | 'protein';
  session?: PlanSession;
}

export interface PlanDay {
  day: LocalDate;
  weekday: Weekday;
  items: PlanItem[];
  /** No strength session: a day for rest from hard exercise. */
  restDay: boolean;
}

/**
 * The week of a plan starting on `monday`. Every day carries daily movement;
 * the protein item appears only when there is a target to meet (never for
 * someone with kidney disease, who is told to ask first).
 */
export function planWeek(plan: Pick<CompiledPlan, 'sessions' | 'week'>, monday: LocalDate, options: { proteinTarget: boolean }): PlanDay[] {
  return WEEKDAYS.map((weekday, index) => {
    const sessions = plan.week[weekday].map((id) => plan.sessions.find((s) => s.id === id)!);
    const items: PlanItem[] = [
      ...sessions.map((session) => ({ id: `session:${session.id}`, label: session.title, kind: 'session' as const, session })),
      { id: 'movement', label: 'Daily movement', kind: 'movement' },
      ...(options.proteinTarget ? [{ id: 'protein', label: 'Protein target', kind: 'protein' as const }] : []),
    ];
    return {
      day: addDays(monday, index),
      weekday,
      items,
      restDay: !sessions.some((s) => s.focus.startsWith('strength')),
    };
  });
}
