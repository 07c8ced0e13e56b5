import type { LocalDate } from '../../domain/dates';
import { formatNumber } from '../../domain/units';

/** "12 November 2026", in the person's own language settings. */
export function formatDay(day: LocalDate): string {
  const [year, month, date] = day.split('-').map(Number);
  // Local noon: the calendar day itself, whatever the time zone.
  return new Date(year!, month! - 1, date!, 12).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
}

export function formatSeconds(seconds: number): string {
  return formatNumber(seconds, 1);
}

/** '65-69' → '65–69' (an en dash reads as "to"). */
export function formatBand(band: string): string {
  return band.replace('-', '–');
}

export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n, 1)} ${Math.abs(n) === 1 ? one : many}`;
}
