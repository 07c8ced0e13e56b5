import { addDays, type LocalDate } from '../domain/dates';

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
