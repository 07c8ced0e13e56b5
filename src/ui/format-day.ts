import { addDays, type LocalDate } from '../domain/dates';

/** "Sunday 22 November 2026" in the person's own language and order. */
export function longDate(day: LocalDate): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Built from local parts: new Date('2026-11-22') would be UTC midnight, the day before in the Americas.
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(year, month - 1, date),
  );
}

/** A day's heading: "Today", "Yesterday", or its long date. */
export function dayHeading(day: LocalDate, today: LocalDate): string {
  if (day === today) return 'Today';
  if (day === addDays(today, -1)) return 'Yesterday';
  return longDate(day);
}
