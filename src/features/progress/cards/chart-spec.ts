// A card's chart, worked out without drawing it: one row per period in display
// units, the value axis, and the chart told in words for screen readers.
import { mergeWeeks, weeksBetween, type WeekStats } from '../../../domain/weekly-aggregation';
import type { UnitSystem } from '../../../domain/units';
import { formatValue, toDisplay, type ChartQuantity } from '../progress-format';
import { formatShortDay } from '../../../ui/format';
import { niceScale, type Scale } from '../nice-scale';
import type { ChartRow, ChartSpec, Context, ReferenceMark, SeriesStyle } from '../card-types';

/** More points than this are merged into longer periods before drawing (a phone is about 300 px wide). */
export const MAX_CHART_POINTS = 80;
/** A series with more points than this draws without dots and without animation. */
export const DENSE_POINTS = 30;

export const SOLID = { colour: '#0b5d4b', dash: null, marker: 'circle' } as const; // 7.8:1 on white
export const DASHED_BLUE = { colour: '#1d4ed8', dash: '9 5', marker: 'square' } as const; // 6.7:1
export const DASHED_ORANGE = { colour: '#a14a06', dash: '9 5', marker: 'triangle' } as const; // 6.0:1

interface DrawnSeries {
  style: SeriesStyle;
  /** One value per drawn period, in canonical units, or null for a gap. */
  values: ReadonlyArray<number | null>;
}

/** The periods a chart draws: the weeks, or longer periods when there are too many weeks. */
export function drawnPeriods(weeks: readonly WeekStats[]): WeekStats[] {
  return mergeWeeks(weeks, MAX_CHART_POINTS);
}

export function statOf(weeks: readonly WeekStats[], stat: 'max' | 'min' | 'median'): Array<number | null> {
  return drawnPeriods(weeks).map((w) => w[stat]);
}

export function sumOf(w: WeekStats): number | null {
  return w.count ? w.values.reduce((a, b) => a + b, 0) : null;
}

function describeSeries(label: string, values: readonly (number | null)[], quantity: ChartQuantity, units: UnitSystem): string | null {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return null;
  const fmt = (v: number) => formatValue(v, quantity, units);
  const low = Math.min(...present);
  const high = Math.max(...present);
  const latest = present[present.length - 1]!;
  return low === high
    ? `${label}: ${fmt(latest)}.`
    : `${label}: lowest ${fmt(low)}, highest ${fmt(high)}, latest ${fmt(latest)}.`;
}

function describeStyle(style: SeriesStyle): string {
  if (style.kind === 'bar') return 'bars';
  return `${style.dash ? 'dashed line' : 'solid line'} with ${style.marker}s`;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function yScale(units: UnitSystem, quantity: ChartQuantity, series: readonly DrawnSeries[], references: readonly ReferenceMark[], fixed?: Scale): Pick<ChartSpec, 'yDomain' | 'yTicks'> {
  if (fixed) return { yDomain: fixed.domain, yTicks: fixed.ticks };
  const values = series.flatMap((s) => s.values.flatMap((v) => (v === null ? [] : [round2(toDisplay(v, quantity, units))])));
  const { domain, ticks } = niceScale([...values, ...references.map((r) => r.y)], { integers: quantity === 'stands' || quantity === 'reps' || quantity === 'steps' || quantity === 'points' });
  return { yDomain: domain, yTicks: ticks };
}

interface Band {
  key: string;
  label: string;
  /** Per drawn period, in display units. */
  rows: ReadonlyArray<[number, number] | null>;
}

export function chartSpec(
  ctx: Context,
  what: string,
  quantity: ChartQuantity,
  periods: readonly WeekStats[],
  series: readonly DrawnSeries[],
  references: readonly ReferenceMark[],
  options: { band?: Band; yScale?: Scale } = {},
): ChartSpec {
  const rows: ChartRow[] = periods.map((period, i) => {
    const row: ChartRow = { x: period.start };
    for (const { style, values } of series) {
      const value = values[i] ?? null;
      row[style.key] = value === null ? null : round2(toDisplay(value, quantity, ctx.units));
    }
    if (options.band) row[options.band.key] = options.band.rows[i] ?? null;
    return row;
  });
  const span = periods[periods.length - 1]?.weeks ?? 1;
  const first = periods[0]?.start ?? ctx.window.firstWeek;
  const last = periods[periods.length - 1]?.start ?? ctx.window.lastWeek;
  const bars = series.every((s) => s.style.kind === 'bar');
  const bandWeeks = options.band ? periods.filter((_, i) => options.band!.rows[i]).map((p) => formatShortDay(p.start)) : [];
  const description = [
    `${bars ? 'Bar chart' : 'Chart'} of ${what} ${span > 1 ? `for each ${span} weeks` : 'for each week'}, from the week of ${formatShortDay(first)} to the week of ${formatShortDay(last)}.`,
    ...series.map(({ style, values }) =>
      describeSeries(series.length > 1 ? `${style.label} (${describeStyle(style)})` : style.label, values, quantity, ctx.units),
    ),
    ...references.map((r) => `Grey dotted line: ${r.label}.`),
    options.band && bandWeeks.length > 0 ? `Hatched area where ${options.band.label}: ${bandWeeks.join(', ')}.` : null,
  ];
  const mostPoints = Math.max(0, ...series.map((s) => s.values.filter((v) => v !== null).length));
  return {
    rows,
    series: series.map((s) => s.style),
    references: [...references],
    band: options.band ? { key: options.band.key, label: options.band.label } : null,
    ...yScale(ctx.units, quantity, series, references, options.yScale),
    dense: mostPoints > DENSE_POINTS,
    // Over more than about six months, label the axis by month.
    xFormat: weeksBetween(ctx.window.firstWeek, ctx.window.lastWeek) > 26 ? 'month-year' : 'day-month',
    description: description.filter((p): p is string => p !== null).join(' '),
  };
}
