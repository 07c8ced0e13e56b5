// Words and numbers for the Progress screen: "4 weeks ago", values in the
// person's units. Dates and plurals come from src/ui/format.ts.
import { weeksBetween } from '../../domain/weekly-aggregation';
import { CM_PER_IN, formatNumber, fromCanonicalLength, fromCanonicalMass, lengthUnitLabel, massUnitLabel, type UnitSystem } from '../../domain/units';
import { formatSpeed } from '../../ui/format-speed';

export { formatNumber };
import type { LocalDate } from '../../domain/dates';
import { formatDayMonth, formatMonthYear, formatShortDay } from '../../ui/format';

/** Short labels for a chart's time axis: "3 Mar", or "Mar 2025" over long periods. */
export function formatAxisDate(day: LocalDate, style: 'day-month' | 'month-year'): string {
  return style === 'day-month' ? formatDayMonth(day) : formatMonthYear(day);
}

/** How long ago a week was, counted from the current week: "last week", "4 weeks ago", "5 months ago". */
export function weeksAgo(weekStartDay: LocalDate, currentWeek: LocalDate): string {
  const weeks = weeksBetween(weekStartDay, currentWeek);
  if (weeks <= 0) return 'this week';
  if (weeks === 1) return 'last week';
  if (weeks <= 12) return `${weeks} weeks ago`;
  const months = Math.round((weeks * 7) / 30.44);
  if (months < 24) return `${months} months ago`;
  return `${Math.round(months / 12)} years ago`;
}

/** The week a result belongs to, in words: "This week so far", "Last week", "Week of 3 Mar 2025". */
export function weekName(weekStartDay: LocalDate, currentWeek: LocalDate): string {
  const weeks = weeksBetween(weekStartDay, currentWeek);
  if (weeks === 0) return 'This week so far';
  if (weeks === 1) return 'Last week';
  return `Week of ${formatShortDay(weekStartDay)}`;
}

/** What a measure is, for conversion and display. */
/** Speed is canonical in m/s; `points` are the SPPB's whole points out of 12. */
export type ChartQuantity = 'stands' | 'reps' | 'steps' | 'seconds' | 'mass' | 'length' | 'grams' | 'days' | 'percent' | 'speed' | 'points';

export function toDisplay(value: number, quantity: ChartQuantity, units: UnitSystem): number {
  if (quantity === 'mass') return fromCanonicalMass(value, units);
  if (quantity === 'length') return fromCanonicalLength(value, units);
  if (quantity === 'speed' && units === 'imperial') return value / ((12 * CM_PER_IN) / 100);
  return value;
}

export function chartUnitLabel(quantity: ChartQuantity, units: UnitSystem): string {
  switch (quantity) {
    case 'stands':
      return 'stands';
    case 'reps':
      return 'sit-to-stands';
    case 'steps':
      return 'steps';
    case 'seconds':
      return 's';
    case 'mass':
      return massUnitLabel(units);
    case 'length':
      return lengthUnitLabel(units);
    case 'grams':
      return 'g';
    case 'days':
      return 'days';
    case 'percent':
      return '%';
    case 'speed':
      return units === 'imperial' ? 'ft/s' : 'm/s';
    case 'points':
      return 'points';
  }
}

const WHOLE: ReadonlySet<ChartQuantity> = new Set(['grams', 'percent', 'reps', 'steps', 'points']);
/** Counted things, said in words after the number: one and many. */
const NOUNS: Partial<Record<ChartQuantity, readonly [string, string]>> = {
  stands: ['stand', 'stands'],
  reps: ['sit-to-stand', 'sit-to-stands'],
  steps: ['step', 'steps'],
  days: ['day', 'days'],
  points: ['point', 'points'],
};

/** A canonical value in the person's units with its unit: "150.2 lb", "12 stands", "11.4 s", "6,500 steps". */
export function formatValue(value: number, quantity: ChartQuantity, units: UnitSystem): string {
  // The same words as History: "0.85 m/s", "2.8 ft/s".
  if (quantity === 'speed') return formatSpeed(value, units);
  const shown = formatNumber(toDisplay(value, quantity, units), WHOLE.has(quantity) ? 0 : 1);
  const noun = NOUNS[quantity];
  if (noun) return `${shown} ${Math.abs(value) === 1 ? noun[0] : noun[1]}`;
  if (quantity === 'percent') return `${shown} %`;
  return `${shown} ${chartUnitLabel(quantity, units)}`;
}
