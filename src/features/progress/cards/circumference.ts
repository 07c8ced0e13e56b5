// The limb size cards, one per site measured (calf, thigh, upper arm): left
// and right each week, with the weeks they differ by 2 cm or more hatched.
import { detectChange, detectGap, RELATIVE_CHANGE_RULE, weeklyGaps } from '../../../domain/change-detection';
import { LEFT_RIGHT_GAP_FLAG_CM } from '../../../domain/calf-norms';
import { formatValue, toDisplay, chartUnitLabel, weeksAgo } from '../progress-format';
import type { Context, ProgressCard } from '../card-types';
import { chartSpec, DASHED_ORANGE, drawnPeriods, round2, SOLID } from './chart-spec';
import { emptyState, MEASUREMENTS_LINK, medians, newestFirst, tableWeek, weekly } from './card-parts';
import { isRealDecline, SIDES, twoSidedSummary, type Side } from './change-words';

const SITES = [
  { site: 'calf', title: 'Calf size', noun: 'calf', gapFlag: true },
  { site: 'thigh', title: 'Thigh size', noun: 'thigh', gapFlag: true },
  { site: 'upper-arm', title: 'Upper arm size', noun: 'upper arm', gapFlag: false },
] as const;

export function circumferenceCards(ctx: Context): ProgressCard[] {
  const all = ctx.byKind.circumference;
  const gapText = formatValue(LEFT_RIGHT_GAP_FLAG_CM, 'length', ctx.units);
  if (all.length === 0) {
    return [
      {
        id: 'circumference',
        title: 'Limb size',
        hint: null,
        summary: null,
        chart: null,
        table: null,
        empty: emptyState(
          ctx,
          ['circumference'],
          'No limb measurements yet. Measure around your calves, thighs or upper arms, left and right, to see whether one side is shrinking.',
          MEASUREMENTS_LINK,
        ),
        notes: [],
        alerts: [],
      },
    ];
  }
  return SITES.filter(({ site }) => all.some((e) => e.site === site)).map(({ site, title, noun, gapFlag }) => {
    const bySide = (side: Side) =>
      weekly(ctx, all.filter((e) => e.site === site && e.side === side).map((e) => ({ day: e.day, value: e.cm })));
    const weeks = { left: bySide('left'), right: bySide('right') };
    const results = {
      left: detectChange(medians(weeks.left), 'higher', RELATIVE_CHANGE_RULE),
      right: detectChange(medians(weeks.right), 'higher', RELATIVE_CHANGE_RULE),
    };
    const pairs = weeks.left.map((w, i) => ({ start: w.start, left: w.median, right: weeks.right[i]!.median }));
    const gap = detectGap(pairs);
    const gaps = new Map(weeklyGaps(pairs).map((g) => [g.start, g]));
    // The shading uses the same periods the chart draws.
    const mergedLeft = drawnPeriods(weeks.left);
    const mergedRight = drawnPeriods(weeks.right);
    const bandRows = mergedLeft.map((l, i) => {
      const r = mergedRight[i]!;
      if (l.median === null || r.median === null) return null;
      if (Math.round(Math.abs(l.median - r.median) * 1e6) / 1e6 < LEFT_RIGHT_GAP_FLAG_CM) return null;
      const [lo, hi] = [toDisplay(Math.min(l.median, r.median), 'length', ctx.units), toDisplay(Math.max(l.median, r.median), 'length', ctx.units)];
      return [round2(lo), round2(hi)] as [number, number];
    });
    const notes: ProgressCard['notes'] = [];
    if (gap.status === 'checked' && gap.latest.flagged) {
      notes.push({
        text: gapFlag
          ? `Your left and right ${noun} differ by ${formatValue(gap.latest.gapCm, 'length', ctx.units)}. A difference of ${gapText} or more can mean one side is losing muscle: worth checking with a doctor or physiotherapist.`
          : `Your left and right upper arms differ by ${formatValue(gap.latest.gapCm, 'length', ctx.units)}. A small difference between arms is common: the arm you use most is often bigger.`,
      });
    }
    const alerts: string[] = [];
    for (const side of SIDES) {
      const r = results[side];
      if (isRealDecline(r)) {
        alerts.push(`${title}: ${side} down ${formatValue(-r.delta, 'length', ctx.units)} since ${weeksAgo(r.baseline.start, ctx.window.lastWeek)}.`);
      }
    }
    if (gapFlag && gap.status === 'checked' && gap.isNew) {
      alerts.push(`${title}: left and right now differ by ${formatValue(gap.latest.gapCm, 'length', ctx.units)}.`);
    }
    return {
      id: `circumference-${site}`,
      title,
      hint: `Left and right. The hatched area shows weeks when they differ by ${gapText} or more.`,
      summary: twoSidedSummary(ctx, results, weeks, 'length', `${noun} measurements`, 'median'),
      chart: chartSpec(
        ctx,
        `your left and right ${noun} size in ${chartUnitLabel('length', ctx.units)}`,
        'length',
        mergedLeft,
        [
          { style: { key: 'left', label: 'Left', kind: 'line', ...SOLID }, values: mergedLeft.map((w) => w.median) },
          { style: { key: 'right', label: 'Right', kind: 'line', ...DASHED_ORANGE }, values: mergedRight.map((w) => w.median) },
        ],
        [],
        { band: { key: 'gap', label: `left and right differ by ${gapText} or more`, rows: bandRows } },
      ),
      table: {
        caption: `${title} each week (median of the week), newest first.`,
        columns: ['Week of', 'Left', 'Right', 'Difference'],
        get rows() {
          return newestFirst(pairs.filter((p) => p.left !== null || p.right !== null)).map((p) => {
            const g = gaps.get(p.start);
            return [
              tableWeek(p.start, ctx),
              p.left === null ? '–' : formatValue(p.left, 'length', ctx.units),
              p.right === null ? '–' : formatValue(p.right, 'length', ctx.units),
              g ? `${formatValue(g.gapCm, 'length', ctx.units)}${g.flagged ? ` (${gapText} or more)` : ''}` : '–',
            ];
          });
        },
      },
      empty: null,
      notes,
      alerts,
    } satisfies ProgressCard;
  });
}
