import { addDays, toLocalDate, type LocalDate } from '../domain/dates';
import { formatLocale, monthFirst } from './format-country';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "Sunday 22 November 2026" ("Sunday, November 22, 2026" in the US): spelled
 * out in English like the rest of the app, in the chosen country's order,
 * and unambiguous in any country. Written out by hand on purpose: the first
 * Intl date format on a page costs a cheap phone about 20 ms of blocked main
 * thread (measured: 88 ms at Lighthouse's 4x CPU slowdown), and Today shows
 * this date the moment the app starts.
 */
export function longDate(day: LocalDate): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Built from local parts: new Date('2026-11-22') would be UTC midnight, the day before in the Americas.
  const weekday = new Date(year, month - 1, date).getDay();
  if (monthFirst()) return `${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${date}, ${year}`;
  return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
}

/** A day's heading: "Today", "Yesterday", or its long date. */
export function dayHeading(day: LocalDate, today: LocalDate): string {
  if (day === today) return 'Today';
  if (day === addDays(today, -1)) return 'Yesterday';
  return longDate(day);
}

let timeFormat: { locale: string; format: Intl.DateTimeFormat } | undefined;

/**
 * The time an entry was saved, as the chosen country writes it ("09:14",
 * "9:14 AM"), so two sets on one day can be told apart. Only when it was saved on
 * the day it is for: an entry added later for an earlier day has no time of its own.
 */
export function savedTime(entry: { day: LocalDate; createdAt: string }): string | null {
  const saved = new Date(entry.createdAt);
  if (Number.isNaN(saved.getTime()) || toLocalDate(saved) !== entry.day) return null;
  // Made on first use, not at start-up (see longDate on what the first Intl format costs).
  const locale = formatLocale();
  if (timeFormat?.locale !== locale) timeFormat = { locale, format: new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }) };
  return timeFormat.format.format(saved);
}
