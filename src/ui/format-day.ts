import { addDays, toLocalDate, type LocalDate } from '../domain/dates';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "Sunday 22 November 2026": spelled out in English like the rest of the app,
 * and unambiguous in any country. Written out by hand on purpose: the first
 * Intl date format on a page costs a cheap phone about 20 ms of blocked main
 * thread (measured: 88 ms at Lighthouse's 4x CPU slowdown), and Today shows
 * this date the moment the app starts.
 */
export function longDate(day: LocalDate): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Built from local parts: new Date('2026-11-22') would be UTC midnight, the day before in the Americas.
  const weekday = new Date(year, month - 1, date).getDay();
  return `${WEEKDAYS[weekday]} ${date} ${MONTHS[month - 1]} ${year}`;
}

/** A day's heading: "Today", "Yesterday", or its long date. */
export function dayHeading(day: LocalDate, today: LocalDate): string {
  if (day === today) return 'Today';
  if (day === addDays(today, -1)) return 'Yesterday';
  return longDate(day);
}

let timeFormat: Intl.DateTimeFormat | undefined;

/**
 * The time an entry was saved, in the phone's own 12- or 24-hour style ("9:14 am",
 * "09:14"), so two sets on one day can be told apart. Only when it was saved on
 * the day it is for: an entry added later for an earlier day has no time of its own.
 */
export function savedTime(entry: { day: LocalDate; createdAt: string }): string | null {
  const saved = new Date(entry.createdAt);
  if (Number.isNaN(saved.getTime()) || toLocalDate(saved) !== entry.day) return null;
  // Made on first use, not at start-up (see longDate on what the first Intl format costs).
  timeFormat ??= new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });
  return timeFormat.format(saved);
}
