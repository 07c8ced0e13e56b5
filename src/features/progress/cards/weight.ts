// The weight card: the median weight of each week. It states a change and
// does not judge it.
import { detectChange, RELATIVE_CHANGE_RULE } from '../../../domain/change-detection';
import { formatValue, chartUnitLabel, weeksAgo } from '../progress-format';
import type { Context, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, statOf } from './chart-spec';
import { emptyCard, emptyState, MEASUREMENTS_LINK, medians, newestFirst, tableWeek, weekly } from './card-parts';

export function weightCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind.weight;
  const base = { id: 'weight', title: 'Weight', hint: null };
  if (entries.length === 0) {
    return emptyCard(base, emptyState(ctx, ['weight'], 'No weight logged yet. Weigh yourself now and then to see this chart; it also sets your protein target.', MEASUREMENTS_LINK));
  }
  const weeks = weekly(ctx, entries.map((e) => ({ day: e.day, value: e.kg })));
  // No threshold in the fact sheet says when a weight change is "real", so the
  // summary states the change and does not judge it.
  const result = detectChange(medians(weeks), 'higher', RELATIVE_CHANGE_RULE);
  const fmt = (n: number) => formatValue(n, 'mass', ctx.units);
  let summary: string;
  if (result.status === 'compared') {
    const when = weeksAgo(result.baseline.start, ctx.window.lastWeek);
    summary =
      result.direction === 'same'
        ? `The same as ${when}: ${fmt(result.latest.value)}.`
        : `${result.delta > 0 ? 'Up' : 'Down'} ${fmt(Math.abs(result.delta))} since ${when}, to ${fmt(result.latest.value)}.`;
  } else {
    summary = `Latest weight: ${fmt([...weeks].reverse().find((w) => w.count > 0)!.median!)}.`;
  }
  return {
    ...base,
    summary,
    chart: chartSpec(
      ctx,
      `your weight in ${chartUnitLabel('mass', ctx.units)}`,
      'mass',
      drawnPeriods(weeks),
      [{ style: { key: 'weight', label: 'Weight', kind: 'line', ...SOLID }, values: statOf(weeks, 'median') }],
      [],
    ),
    table: {
      caption: 'Weight each week (median of the week), newest first.',
      columns: ['Week of', 'Weight', 'Times weighed'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), fmt(w.median!), String(w.count)]);
      },
    },
    empty: null,
    notes: [],
    alerts: [],
  };
}
