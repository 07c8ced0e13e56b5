// What a Progress card is, shared by the builders in ./cards and the
// components that draw a card: the card, its chart and table, and the context
// a builder works from (the period, the units, the entries by kind). Types
// only, so the lazy chart code pulls in nothing with them.
import type { ProgressData, ProgressKind } from '../../db/progress-reads';
import type { LogEntry } from '../../db/log-entry-schema';
import type { LocalDate } from '../../domain/dates';
import type { RangeWindow } from '../../domain/progress-range';
import type { UnitSystem } from '../../domain/units';

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

/** What a card builder works from: the period, the units, today, and the period's entries by kind. */
export interface Context {
  window: RangeWindow;
  units: UnitSystem;
  today: LocalDate;
  data: ProgressData;
  byKind: { [K in ProgressKind]: EntryOf<K>[] };
}
