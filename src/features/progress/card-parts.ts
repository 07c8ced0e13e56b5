// What every Progress card is made of, and the builders the cards share: the
// card and chart types, the context a card is built from (the period, the
// units, the entries by kind), the chart spec with its words for screen
// readers, and the empty state. Pure, like the cards themselves.
import type { ProgressData, ProgressKind } from '../../db/progress-query';
import type { LogEntry } from '../../db/log-entry-schema';
import type { LocalDate } from '../../domain/dates';
import { aggregateByWeek, mergeWeeks, weeksBetween, type DayValue, type WeekStats } from '../../domain/weekly-aggregation';
import type { RangeWindow } from '../../domain/progress-range';
import type { UnitSystem } from '../../domain/units';
import { formatDate, formatValue, toDisplay, type Quantity } from './progress-format';
import { niceScale, type Scale } from './nice-scale';

/** More points than this are merged into longer periods before drawing (a phone is about 300 px wide). */
export const MAX_CHART_POINTS = 80;
/** A series with more points than this draws without dots and without animation. */
export const DENSE_POINTS = 30;

export type Marker = 'circle' | 'square' | 'triangle';

export interface SeriesStyle {
  key: string;
  label: string;
  /** At least 3:1 against white (WCAG 1.4.11); dash and marker tell series apart without colour. */
  colour: string;
  dash: string | null;
  marker: Marker;
  kind: 'line' | 'bar';
}

export const SOLID = { colour: '#0b5d4b', dash: null, marker: 'circle' } as const; // 7.8:1 on white
export const DASHED_BLUE = { colour: '#1d4ed8', dash: '9 5', marker: 'square' } as const; // 6.7:1
export const DASHED_ORANGE = { colour: '#a14a06', dash: '9 5', marker: 'triangle' } as const; // 6.0:1

export interface ReferenceMark {
  /** In display units. */
  y: number;
  label: string;
}

export type ChartValue = string | number | null | [number, number];
export type ChartRow = Record<string, ChartValue>;

export interface ChartSpec {
  /** One row per period, oldest first; `x` is the period's Monday. */
  rows: ChartRow[];
  series: SeriesStyle[];
  references: ReferenceMark[];
  /** A shaded range between two lines (the left–right gap). */
  band: { key: string; label: string } | null;
  /** The value axis: round-numbered ticks covering the data and the reference lines. */
  yDomain: [number, number];
  yTicks: number[];
  dense: boolean;
  xFormat: 'day-month' | 'month-year';
  /** What the chart shows, in words, for screen readers. */
  description: string;
}

export interface DataTable {
  caption: string;
  columns: string[];
  /**
   * Newest first; weeks with nothing logged are left out. Built when read
   * (a getter): three years of weeks, in nine tables, are only formatted when
   * someone opens "Show the numbers".
   */
  readonly rows: string[][];
}

export interface CardLink {
  to: string;
  label: string;
}

export const MEASUREMENTS_LINK: CardLink = { to: '/measurements', label: 'Add a measurement' };

export interface ProgressCard {
  id: string;
  title: string;
  /** How to read the chart: "Higher is better." */
  hint: string | null;
  /** The one line over the chart; null when there is nothing to chart. */
  summary: string | null;
  chart: ChartSpec | null;
  table: DataTable | null;
  /** What to log to see this chart; set when the period has no data. */
  empty: { text: string; link: CardLink } | null;
  notes: Array<{ text: string; link?: CardLink }>;
  /** Declines and new gaps: each becomes a line in the calm banner. */
  alerts: string[];
}

export type EntryOf<K extends ProgressKind> = Extract<LogEntry, { kind: K }>;

export interface Context {
  window: RangeWindow;
  units: UnitSystem;
  today: LocalDate;
  data: ProgressData;
  byKind: { [K in ProgressKind]: EntryOf<K>[] };
}

export function weekly(ctx: Context, points: readonly DayValue[]): WeekStats[] {
  return aggregateByWeek(points, ctx.window.firstWeek, ctx.window.lastWeek);
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
  return {
    text: `Nothing in this period. Your last one was on ${formatDate(older)}: choose a longer period to see it, or add a new one.`,
    link,
  };
}

// ----- Charts -----------------------------------------------------------------

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

function describeSeries(label: string, values: readonly (number | null)[], quantity: Quantity, units: UnitSystem): string | null {
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

function yScale(units: UnitSystem, quantity: Quantity, series: readonly DrawnSeries[], references: readonly ReferenceMark[], fixed?: Scale): Pick<ChartSpec, 'yDomain' | 'yTicks'> {
  if (fixed) return { yDomain: fixed.domain, yTicks: fixed.ticks };
  const values = series.flatMap((s) => s.values.flatMap((v) => (v === null ? [] : [round2(toDisplay(v, quantity, units))])));
  const { domain, ticks } = niceScale([...values, ...references.map((r) => r.y)], { integers: quantity === 'stands' || quantity === 'reps' || quantity === 'steps' });
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
  quantity: Quantity,
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
  const bandWeeks = options.band ? periods.filter((_, i) => options.band!.rows[i]).map((p) => formatDate(p.start)) : [];
  const description = [
    `${bars ? 'Bar chart' : 'Chart'} of ${what} ${span > 1 ? `for each ${span} weeks` : 'for each week'}, from the week of ${formatDate(first)} to the week of ${formatDate(last)}.`,
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

export function tableWeek(start: LocalDate, ctx: Context): string {
  return start === ctx.window.lastWeek ? `${formatDate(start)} (this week)` : formatDate(start);
}

export function newestFirst<T extends { start: LocalDate }>(rows: readonly T[]): T[] {
  return [...rows].reverse();
}
