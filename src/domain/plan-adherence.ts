import { addDays, type LocalDate } from './dates';
import type { PlanDay } from './plan-week';

export interface Adherence {
  planned: number;
  done: number;
  /** 0–1; 0 when nothing was planned yet. */
  ratio: number;
}

/**
 * Share of the week's items ticked off, counting only days up to `today`, so
 * a Tuesday is not judged on Friday's session.
 */
export function weekAdherence(days: readonly PlanDay[], isDone: (day: LocalDate, itemId: string) => boolean, today: LocalDate): Adherence {
  const counted = days.filter((d) => d.day <= today).flatMap((d) => d.items.map((item) => isDone(d.day, item.id)));
  const done = counted.filter(Boolean).length;
  return { planned: counted.length, done, ratio: counted.length ? done / counted.length : 0 };
}

// Product choices, not published figures: "meeting targets" is 80 % or more of
// a week's items, "falling short" under 50 %, each for two full weeks running.
export const MEETS_TARGETS = 0.8;
export const FALLS_SHORT = 0.5;
export const WEEKS_RUNNING = 2;

export type LevelSuggestion = { direction: 'up' | 'down'; level: number } | null;

/**
 * Suggests moving up after two complete weeks on target, or down after two
 * falling short. It only suggests: the level changes when the person says so.
 * `completeWeeks` are ratios of finished weeks on the current level, oldest first.
 */
export function suggestLevelChange(currentLevel: number, completeWeeks: readonly number[]): LevelSuggestion {
  const recent = completeWeeks.slice(-WEEKS_RUNNING);
  if (recent.length < WEEKS_RUNNING) return null;
  if (recent.every((r) => r >= MEETS_TARGETS) && currentLevel < 3) return { direction: 'up', level: currentLevel + 1 };
  if (recent.every((r) => r < FALLS_SHORT) && currentLevel > 0) return { direction: 'down', level: currentLevel - 1 };
  return null;
}

/**
 * The Mondays of the complete weeks to judge the level on, oldest first: the
 * last two, but only whole weeks since the level was chosen. Weeks before the
 * plan started were not missed, they were not planned. With no date known (a
 * level chosen before the app kept one) both weeks count, as they always did.
 */
export function weeksToJudge(thisMonday: LocalDate, chosenOn: LocalDate | undefined): LocalDate[] {
  const mondays = Array.from({ length: WEEKS_RUNNING }, (_, i) => addDays(thisMonday, -7 * (WEEKS_RUNNING - i)));
  return chosenOn ? mondays.filter((monday) => monday >= chosenOn) : mondays;
}
