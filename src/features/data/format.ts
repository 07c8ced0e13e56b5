import type { LocalDate } from '../../domain/dates';
import { formatNumber } from '../../domain/units';

// Long, unambiguous dates ("5 January 2026"): a clinician in another country
// must not read 05/01 as May.
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortDayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayMonthFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A local calendar day, formatted as the calendar day it is (no time-zone shift). */
export function formatDay(day: LocalDate): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

export function formatShortDay(day: LocalDate): string {
  return shortDayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** "5 Jan": for rows under a heading that already gives the year. */
export function formatDayMonth(day: LocalDate): string {
  return dayMonthFormat.format(new Date(`${day}T00:00:00Z`));
}

/** An ISO timestamp in the phone's own time zone. */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}

/** A change with its sign: +2, −1.5, 0. */
export function signed(n: number): string {
  if (n > 0) return `+${formatNumber(n, 1)}`;
  if (n < 0) return `−${formatNumber(-n, 1)}`;
  return '0';
}
