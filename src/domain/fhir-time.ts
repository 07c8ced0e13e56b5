// FHIR dateTimes with the person's own UTC offset. A clinic reading
// "2026-11-30T09:15:00+01:00" sees both the instant and the local time the
// person lived; "08:15Z" would hide that it was the morning.
import { toLocalDate, type LocalDate } from './dates';

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as local date and time with this device's offset for that date, to the second. */
export function withLocalOffset(at: Date): string {
  // getTimezoneOffset is minutes behind UTC (−60 in Paris in winter); FHIR wants +01:00.
  const ahead = -at.getTimezoneOffset();
  const sign = ahead < 0 ? '-' : '+';
  const offset = `${sign}${pad(Math.floor(Math.abs(ahead) / 60))}:${pad(Math.abs(ahead) % 60)}`;
  const time = `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
  return `${toLocalDate(at)}T${time}${offset}`;
}

/**
 * When a result was measured: the moment it was saved, in local time, if it
 * was saved on the day it is logged for; otherwise only that day (an entry
 * typed in later for yesterday has no known time, and its save time would say
 * the wrong day).
 */
export function effectiveDateTime(day: LocalDate, savedAt: string): string {
  const saved = new Date(savedAt);
  if (Number.isNaN(saved.getTime()) || toLocalDate(saved) !== day) return day;
  return withLocalOffset(saved);
}
