// The plan card: the share of the plan's items ticked off each week.
import type { WeekStats } from '../../../domain/weekly-aggregation';
import { weekName } from '../progress-format';
import { plural } from '../../../ui/format';
import type { Context, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, sumOf } from './chart-spec';
import { emptyCard, newestFirst, tableWeek, weekly } from './card-parts';
import { PLAN_PATH } from '../../../ui/paths';

export function planCard(ctx: Context): ProgressCard {
  const base = { id: 'plan', title: 'Following your plan' };
  const link = { to: PLAN_PATH, label: 'Open your plan' };
  const ticks = ctx.data.planProgress;
  if (ticks.length === 0) {
    return emptyCard({ ...base, hint: null }, ctx.data.hasPlanProgress
      ? { text: 'Nothing ticked off in this period. Choose a longer period, or tick off what you do in your plan.', link }
      : { text: 'Nothing ticked off yet. Tick off your plan’s sessions as you do them to see how often you keep to it.', link });
  }
  const weeks = weekly(ctx, ticks.map((t) => ({ day: t.day, value: t.done ? 1 : 0 })));
  const share = (w: WeekStats) => (w.count ? Math.round(((sumOf(w) ?? 0) / w.count) * 100) : null);
  const latest = [...weeks].reverse().find((w) => w.count > 0)!;
  const merged = drawnPeriods(weeks);
  return {
    ...base,
    hint: 'The share of your plan’s items ticked off each week. Higher is better.',
    summary: `${weekName(latest.start, ctx.window.lastWeek)}: ${sumOf(latest)} of ${plural(latest.count, 'item', 'items')} ticked off (${share(latest)} %).`,
    chart: chartSpec(
      ctx,
      'the share of plan items ticked off, in percent',
      'percent',
      merged,
      [{ style: { key: 'share', label: 'Share ticked off', kind: 'bar', ...SOLID }, values: merged.map(share) }],
      [],
      { yScale: { domain: [0, 100], ticks: [0, 25, 50, 75, 100] } },
    ),
    table: {
      caption: 'Plan items ticked off each week, newest first.',
      columns: ['Week of', 'Ticked off', 'Items', 'Share'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), String(sumOf(w)), String(w.count), `${share(w)} %`]);
      },
    },
    empty: null,
    notes: [],
    alerts: [],
  };
}
