// The protein card: the days of each week that reached the person's protein
// target (PROT-AGE, ESPEN), or the grams a day when there is no target.
import type { LocalDate } from '../../../domain/dates';
import { proteinForDay, proteinTarget } from '../../../domain/protein-target';
import { formatNumber, weekName } from '../progress-format';
import { plural } from '../../../ui/format';
import type { Scale } from '../nice-scale';
import type { Context, EntryOf, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, statOf, sumOf } from './chart-spec';
import { emptyCard, emptyState, MEASUREMENTS_LINK, newestFirst, tableWeek, weekly } from './card-parts';

/** 0 to 7 days a week (14 for fortnights…), a tick for each day or period step. */
function daysScale(weeksPerPeriod: number): Scale {
  const max = 7 * weeksPerPeriod;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += weeksPerPeriod * (max > 7 ? 2 : 1)) ticks.push(t);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return { domain: [0, max], ticks };
}

export function proteinCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind.protein;
  const { profile, latestWeightKg } = ctx.data;
  const target = proteinTarget({
    weightKg: latestWeightKg,
    kidneyDisease: profile.kidneyDisease,
    exercisingOrRecovering: profile.exercisingOrRecovering ?? false,
  });
  const base = { id: 'protein', title: 'Protein' };
  const notes: ProgressCard['notes'] = [];
  if (target.status === 'kidney-caution') {
    notes.push({ text: 'You told Regain you have kidney disease, so it sets no protein target. Ask your doctor or dietitian how much protein is right for you.' });
  } else if (target.status === 'no-weight') {
    if (entries.length > 0) {
      notes.push({ text: 'Your protein target comes from your weight. Log your weight to see the days you reach it.', link: MEASUREMENTS_LINK });
    }
  } else {
    notes.push({
      text: `Your target: at least ${target.minGrams} g a day (${formatNumber(target.gramsPerKg.min, 1)} g for each kg you weigh; PROT-AGE, ESPEN).`,
    });
  }
  if (entries.length === 0) {
    return emptyCard({ ...base, hint: null }, emptyState(ctx, ['protein'], 'No protein logged yet. Note the protein in your meals to see how many days you reach your target.', MEASUREMENTS_LINK), notes);
  }
  const byDay = new Map<LocalDate, EntryOf<'protein'>[]>();
  for (const e of entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  const days = [...byDay].map(([day, list]) => ({ day, value: proteinForDay(list) }));
  const perDay = weekly(ctx, days);
  const latest = [...perDay].reverse().find((w) => w.count > 0)!;
  const when = weekName(latest.start, ctx.window.lastWeek);
  if (target.status !== 'target') {
    return {
      ...base,
      hint: null,
      summary: `${when}: about ${formatNumber(latest.median!, 0)} g a day on the days you logged.`,
      chart: chartSpec(
        ctx,
        'protein a day in grams (median of the days logged)',
        'grams',
        drawnPeriods(perDay),
        [{ style: { key: 'grams', label: 'Protein a day', kind: 'line', ...SOLID }, values: statOf(perDay, 'median') }],
        [],
      ),
      table: {
        caption: 'Protein each week, newest first.',
        columns: ['Week of', 'Days logged', 'Median a day'],
        get rows() {
          return newestFirst(perDay.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), String(w.count), `${formatNumber(w.median!, 0)} g`]);
        },
      },
      empty: null,
      notes,
      alerts: [],
    };
  }
  // 1 for a day on target, 0 for a logged day short of it: a period's sum is its days on target.
  const flags = weekly(ctx, days.map((d) => ({ day: d.day, value: d.value >= target.minGrams ? 1 : 0 })));
  const onTargetOf = new Map(flags.map((w) => [w.start, sumOf(w)]));
  const merged = drawnPeriods(flags);
  return {
    ...base,
    hint: 'Days each week that reached your protein target. Higher is better.',
    summary: `${when}: ${onTargetOf.get(latest.start)} of ${plural(latest.count, 'logged day', 'logged days')} reached ${target.minGrams} g.`,
    chart: chartSpec(
      ctx,
      'days that reached your protein target',
      'days',
      merged,
      [{ style: { key: 'days', label: 'Days on target', kind: 'bar', ...SOLID }, values: merged.map(sumOf) }],
      [],
      { yScale: daysScale(merged[merged.length - 1]?.weeks ?? 1) },
    ),
    table: {
      caption: 'Protein each week, newest first.',
      columns: ['Week of', 'Days logged', 'Days on target', 'Median a day'],
      get rows() {
        return newestFirst(perDay.filter((w) => w.count > 0)).map((w) => [
          tableWeek(w.start, ctx),
          String(w.count),
          String(onTargetOf.get(w.start) ?? 0),
          `${formatNumber(w.median!, 0)} g`,
        ]);
      },
    },
    empty: null,
    notes,
    alerts: [],
  };
}
