// Dates, numbers and plurals, one way across the app. Words are English, like
// the rest of the app; the order of day and month and the clock follow the
// person's chosen country (format-country.ts): "2 December 2026, 14:05" in
// the UK, "December 2, 2026, 2:05 PM" in the US. Months are always words, so
// 03/04 is never read the wrong way round. The longest date, with its weekday,
// is in format-day.ts: Today shows it at start-up, where Intl costs too much.
import type { LocalDate } from '../domain/dates';
import { formatNumber } from '../domain/units';
import { formatLocale } from './format-country';

export { formatNumber };

const formats = new Map<string, Intl.DateTimeFormat>();

/** One Intl format per locale and style, made on first use (making one costs a phone milliseconds). */
function dateFormat(style: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${formatLocale()}|${style}`;
  let format = formats.get(key);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(formatLocale(), options);
    } catch {
      format = new Intl.DateTimeFormat('en-GB', options); // a country code Intl does not know
    }
    formats.set(key, format);
  }
  return format;
}

/** A calendar day as a Date at local noon: the same day in every time zone of the phone. */
function noonOf(day: LocalDate): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)), 12);
}

/** "2 December 2026" */
export function formatDay(day: LocalDate): string {
  return dateFormat('day', { day: 'numeric', month: 'long', year: 'numeric' }).format(noonOf(day));
}

/** "2 Dec 2026" */
export function formatShortDay(day: LocalDate): string {
  return dateFormat('short-day', { day: 'numeric', month: 'short', year: 'numeric' }).format(noonOf(day));
}

/** "2 Dec": for rows under a heading that already gives the year, and chart axes. */
export function formatDayMonth(day: LocalDate): string {
  return dateFormat('day-month', { day: 'numeric', month: 'short' }).format(noonOf(day));
}

/** "Thursday 3 Dec": a day of this week. */
export function formatWeekday(day: LocalDate): string {
  return dateFormat('weekday', { weekday: 'long', day: 'numeric', month: 'short' }).format(noonOf(day));
}

/** "Dec 2026": chart axes over long periods. */
export function formatMonthYear(day: LocalDate): string {
  return dateFormat('month-year', { month: 'short', year: 'numeric' }).format(noonOf(day));
}

/** "14:05" or "2:05 PM", as the country writes the time. */
export function formatTime(at: Date): string {
  return dateFormat('time', { hour: 'numeric', minute: '2-digit' }).format(at);
}

/** A moment (an ISO timestamp) on the phone's clock: "2 December 2026, 14:05". */
export function formatDateTime(iso: string): string {
  const at = new Date(iso);
  return `${dateFormat('day', { day: 'numeric', month: 'long', year: 'numeric' }).format(at)}, ${formatTime(at)}`;
}

/** "1 record", "2,500 records", "1.5 days". */
export function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n, 1)} ${Math.abs(n) === 1 ? one : many}`;
}
