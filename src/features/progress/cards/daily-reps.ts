// The daily sit-to-stands card: the sit-to-stands logged on Today, added up
// week by week. It shows whether the everyday work is being done.
import { dailyTotals } from '../../../domain/daily-totals';
import { niceScale } from '../nice-scale';
import { formatNumber, weekName } from '../progress-format';
import { plural } from '../../../ui/format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, sumOf } from './chart-spec';
import { emptyCard, emptyState, latestWeeks, newestFirst, tableWeek, weekly } from './card-parts';
import { TODAY_PATH } from '../../../ui/paths';

const TODAY_LINK: CardLink = { to: TODAY_PATH, label: 'Log sit-to-stands on Today' };

const whole = (n: number) => formatNumber(n, 0);

/**
 * Sit-to-stands: each week's total and the number of days it came from
 * ("95 sit-to-stands on 5 days"). Both are counts a person can check against
 * their own memory of the week, and both grow by doing a few more on more
 * days. A weekly median of daily sums would be a number nobody actually did,
 * and would need explaining to someone who does not read charts.
 */
export function dailyRepsCard(ctx: Context): ProgressCard {
  const base = {
    id: 'daily-reps',
    title: 'Daily sit-to-stands',
    hint: 'Each bar adds up the sit-to-stands you logged in one week. More is better.',
  };
  // A day's sets add up. A logged 0 adds nothing, and is not a day of sit-to-stands.
  const days = dailyTotals(ctx.byKind['sit-to-stand-count'].map((e) => ({ day: e.day, value: e.reps }))).filter((d) => d.value > 0);
  if (days.length === 0) {
    return emptyCard(
      base,
      emptyState(ctx, ['sit-to-stand-count'], 'No sit-to-stands logged yet. Log your sit-to-stands on Today to see them here, week by week.', TODAY_LINK),
    );
  }
  const weeks = weekly(ctx, days);
  const { latest, previous } = latestWeeks(ctx, weeks);
  const summary = [
    `${weekName(latest.start, ctx.window.lastWeek)}: ${plural(sumOf(latest)!, 'sit-to-stand', 'sit-to-stands')} on ${plural(latest.count, 'day', 'days')}.`,
    previous ? `Last week: ${whole(sumOf(previous)!)} on ${plural(previous.count, 'day', 'days')}.` : null,
  ];
  const merged = drawnPeriods(weeks);
  const totals = merged.map(sumOf);
  return {
    ...base,
    summary: summary.filter((s) => s !== null).join(' '),
    chart: chartSpec(
      ctx,
      'the sit-to-stands you logged, in total',
      'reps',
      merged,
      [{ style: { key: 'total', label: 'Total for the week', kind: 'bar', ...SOLID }, values: totals }],
      [],
      // Bars start at 0: a bar cut off at 40 would make 60 look like three times 45.
      { yScale: niceScale([0, ...totals.filter((t): t is number => t !== null)], { integers: true }) },
    ),
    table: {
      caption: 'Sit-to-stands each week, newest first.',
      columns: ['Week of', 'Days', 'Total', 'Most in a day'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), String(w.count), whole(sumOf(w)!), whole(w.max!)]);
      },
    },
    empty: null,
    notes: [],
    alerts: [],
  };
}
