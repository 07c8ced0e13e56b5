import type { LocalDate } from './dates';

/**
 * An iCalendar file with one daily repeating event: the reminder works on
 * every phone's calendar, offline, with no server. The time is "floating"
 * (no time zone), so it stays at, say, 09:00 wherever the person is.
 */
export function dailyReminderCalendar(options: { time: string; startDay: LocalDate; uid: string; title: string; description: string; now: Date }): string {
  const [hours, minutes] = options.time.split(':');
  const start = `${options.startDay.replace(/-/g, '')}T${hours}${minutes}00`;
  const stamp = options.now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const escape = (text: string) => text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Regain//Daily reminder//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${options.uid}`,
    `DTSTAMP:${stamp}`,
    `DTSTART:${start}`,
    'DURATION:PT15M',
    'RRULE:FREQ=DAILY',
    `SUMMARY:${escape(options.title)}`,
    `DESCRIPTION:${escape(options.description)}`,
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escape(options.title)}`,
    'TRIGGER:PT0M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
