// What the balance, walking speed, Timed Up and Go and SPPB cards share:
// their results (read whatever the period, so a card shows once there is one),
// a table's dates, and one sentence placing a result against its lines.
import type { MobilityTest, MobilityTestKind, MobilityTestOf } from '../../../db/mobility-schema';
import { addDays, type LocalDate } from '../../../domain/dates';
import { formatShortDay } from '../../../ui/format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { nothingInPeriod } from './card-parts';

const newestFirst = (a: MobilityTest, b: MobilityTest) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0);

export interface Results<K extends MobilityTestKind> {
  /** Every result of these kinds up to today, newest first. */
  all: Array<MobilityTestOf<K>>;
  /** Those in the period's weeks, newest first. */
  shown: Array<MobilityTestOf<K>>;
}

export function resultsOf<K extends MobilityTestKind>(ctx: Context, kinds: readonly K[]): Results<K> {
  const all = ctx.data.mobilityTests.filter((t): t is MobilityTestOf<K> => (kinds as readonly MobilityTestKind[]).includes(t.kind)).sort(newestFirst);
  const last = addDays(ctx.window.lastWeek, 6);
  return { all, shown: all.filter((t) => t.day >= ctx.window.firstWeek && t.day <= last) };
}

/** The card when the period has none of its results but an older one exists. */
export function olderOnly(base: Pick<ProgressCard, 'id' | 'title' | 'hint'>, newest: LocalDate, link: CardLink): ProgressCard {
  return { ...base, summary: null, chart: null, table: null, empty: nothingInPeriod(newest, link), notes: [], alerts: [] };
}

/** "18 Nov 2026", and "18 Nov 2026 (2)" for a second result that day: a table's rows need distinct first cells. */
export function resultDays(tests: ReadonlyArray<{ day: LocalDate }>): string[] {
  return tests.map((t, i) => {
    const sameDayOlder = tests.slice(i + 1).filter((o) => o.day === t.day).length;
    return sameDayOlder === 0 ? formatShortDay(t.day) : `${formatShortDay(t.day)} (${sameDayOlder + 1})`;
  });
}

/**
 * Where a result sits against its lines, in words: "That is at or under 9
 * points but over 8 points, the lines for low physical performance."
 */
export function againstLines(lines: ReadonlyArray<{ value: string; flagged: boolean }>, words: { worse: string; better: string; meaning: string }): string {
  const list = (flagged: boolean) => lines.filter((l) => l.flagged === flagged).map((l) => l.value).join(' and ');
  const parts = [list(true) && `${words.worse} ${list(true)}`, list(false) && `${words.better} ${list(false)}`].filter((p) => p);
  return `That is ${parts.join(' but ')}, the ${lines.length > 1 ? 'lines' : 'line'} for ${words.meaning}.`;
}

/** "EWGSOP2" from "EWGSOP2: Cruz-Jentoft AJ et al., …": the guideline's short name, beside a line. */
export function guidelineName(source: string): string {
  return source.split(':')[0]!.replace(/,.*$/, '');
}
