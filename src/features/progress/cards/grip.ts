// The grip strength card: the strongest grip of each week, left and right
// hand, against the EWGSOP2 line for low grip.
import { detectChange, RELATIVE_CHANGE_RULE } from '../../../domain/change-detection';
import { GRIP_NORMS } from '../../../domain/grip-norms';
import { formatValue, toDisplay, chartUnitLabel, weeksAgo } from '../progress-format';
import type { Context, ProgressCard } from '../card-types';
import { chartSpec, DASHED_ORANGE, drawnPeriods, round2, SOLID, statOf } from './chart-spec';
import { emptyCard, emptyState, MEASUREMENTS_LINK, medians, newestFirst, tableWeek, weekly } from './card-parts';
import { isRealDecline, normSexes, SEX_WORDS, SIDES, twoSidedSummary, type Side } from './change-words';

export function gripCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind.grip;
  const base = { id: 'grip', title: 'Grip strength', hint: 'Your strongest grip each week, left and right hand. Higher is better.' };
  if (entries.length === 0) {
    return emptyCard(base, emptyState(ctx, ['grip'], 'No grip strength results yet. If you have a grip dynamometer, log left and right hand to see this chart.', MEASUREMENTS_LINK));
  }
  const bySide = (side: Side) => weekly(ctx, entries.filter((e) => e.side === side).map((e) => ({ day: e.day, value: e.kg })));
  const weeks = { left: bySide('left'), right: bySide('right') };
  // Change is judged on weekly medians (the rule); the chart shows the best, which the cut-offs use.
  const results = {
    left: detectChange(medians(weeks.left), 'higher', RELATIVE_CHANGE_RULE),
    right: detectChange(medians(weeks.right), 'higher', RELATIVE_CHANGE_RULE),
  };
  const ewgsop2 = GRIP_NORMS.find((n) => n.standard === 'EWGSOP2')!;
  const references = normSexes(ctx.data.profile.sex).map((s) => ({
    y: round2(toDisplay(ewgsop2.lowIfUnderKg[s], 'mass', ctx.units)),
    label: `low grip for ${SEX_WORDS[s]} is under ${formatValue(ewgsop2.lowIfUnderKg[s], 'mass', ctx.units)} (EWGSOP2)`,
  }));
  const alerts = SIDES.flatMap((side) => {
    const r = results[side];
    return isRealDecline(r)
      ? [`Grip strength: ${side} hand down ${formatValue(-r.delta, 'mass', ctx.units)} since ${weeksAgo(r.baseline.start, ctx.window.lastWeek)}.`]
      : [];
  });
  const table = weeks.left
    .map((l, i) => ({ start: l.start, left: l.max, right: weeks.right[i]!.max }))
    .filter((w) => w.left !== null || w.right !== null);
  return {
    ...base,
    summary: twoSidedSummary(ctx, results, weeks, 'mass', 'grip results', 'max'),
    chart: chartSpec(
      ctx,
      `your best grip strength in ${chartUnitLabel('mass', ctx.units)}`,
      'mass',
      drawnPeriods(weeks.left),
      [
        { style: { key: 'left', label: 'Left hand', kind: 'line', ...SOLID }, values: statOf(weeks.left, 'max') },
        { style: { key: 'right', label: 'Right hand', kind: 'line', ...DASHED_ORANGE }, values: statOf(weeks.right, 'max') },
      ],
      references,
    ),
    table: {
      caption: 'Best grip strength each week, newest first.',
      columns: ['Week of', 'Left hand', 'Right hand'],
      get rows() {
        return newestFirst(table).map((w) => [
          tableWeek(w.start, ctx),
          w.left === null ? '–' : formatValue(w.left, 'mass', ctx.units),
          w.right === null ? '–' : formatValue(w.right, 'mass', ctx.units),
        ]);
      },
    },
    empty: null,
    notes: [],
    alerts,
  };
}
