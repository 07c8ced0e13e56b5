// The small steps every card builder shares: its weeks, its empty state and
// the weeks of its table. Pure, like the cards themselves.
import type { ProgressKind } from '../../../db/progress-reads';
import type { LocalDate } from '../../../domain/dates';
import { aggregateByWeek, type DayValue, type WeekStats } from '../../../domain/weekly-aggregation';
import { formatShortDay } from '../../../ui/format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { MEASUREMENTS_PATH } from '../../../ui/paths';

export const MEASUREMENTS_LINK: CardLink = { to: MEASUREMENTS_PATH, label: 'Add a measurement' };

/** Statistics of the card's values for each week of the period, oldest first. */
export function weekly(ctx: Context, points: readonly DayValue[]): WeekStats[] {
  return aggregateByWeek(points, ctx.window.firstWeek, ctx.window.lastWeek);
}

/** Each week's median, the value src/domain/change-detection compares. */
export function medians(weeks: readonly WeekStats[]) {
  return weeks.map((w) => ({ start: w.start, value: w.median }));
}

/** The newest week with something logged, and the week before it when the newest is the current one. */
export function latestWeeks(ctx: Context, weeks: readonly WeekStats[]): { latest: WeekStats; previous: WeekStats | null } {
  const latest = [...weeks].reverse().find((w) => w.count > 0)!;
  const before = weeks[weeks.indexOf(latest) - 1];
  const previous = latest.start === ctx.window.lastWeek && before && before.count > 0 ? before : null;
  return { latest, previous };
}

/** A card with nothing to chart yet: what to do to fill it, and any notes. */
export function emptyCard(
  base: Pick<ProgressCard, 'id' | 'title' | 'hint'>,
  empty: ProgressCard['empty'],
  notes: ProgressCard['notes'] = [],
): ProgressCard {
  return { ...base, summary: null, chart: null, table: null, empty, notes, alerts: [] };
}

export function emptyState(ctx: Context, kinds: ProgressKind[], never: string, link: CardLink): ProgressCard['empty'] {
  const older = kinds
    .map((k) => ctx.data.lastDayBefore[k])
    .filter((d): d is LocalDate => d !== undefined)
    .sort()
    .pop();
  if (!older) return { text: never, link };
  return nothingInPeriod(older, link);
}

/** The period has none, but there is an older one: say when, and how to see it. */
export function nothingInPeriod(older: LocalDate, link: CardLink): NonNullable<ProgressCard['empty']> {
  return {
    text: `Nothing in this period. Your last one was on ${formatShortDay(older)}: choose a longer period to see it, or add a new one.`,
    link,
  };
}

export function tableWeek(start: LocalDate, ctx: Context): string {
  return start === ctx.window.lastWeek ? `${formatShortDay(start)} (this week)` : formatShortDay(start);
}

export function newestFirst<T extends { start: LocalDate }>(rows: readonly T[]): T[] {
  return [...rows].reverse();
}
