import { isLocalDate, type LocalDate } from './dates';

// Apart from dates.ts, which every screen loads: only saving and checking
// records (validation code, off Today's path) needs these.

// What counts as "in the future" for a saved record (one rule, two halves):
//
// - A day (YYYY-MM-DD) is in the future when it has not yet begun anywhere on
//   Earth: it is later than the date in UTC+14, the zone furthest ahead. A day
//   the app wrote on one phone has begun somewhere, so it is never refused on
//   another phone, in any zone, at any moment after it was written (saved in
//   Tokyo on 22 November, restored in Los Angeles on 21 November).
// - A timestamp is in the future when it is more than CLOCK_TOLERANCE_MS (24 h,
//   src/db/backup-format.ts) after this phone's clock: instants have no time
//   zone, and the tolerance is only for two phones' clocks that disagree.

/** The furthest ahead of UTC any local clock is set: UTC+14 (Line Islands, Kiribati). */
export const LATEST_UTC_OFFSET_MINUTES = 14 * 60;

/** The latest calendar date anywhere on Earth at this instant: the date in UTC+14. */
export function latestDayAnywhere(now: Date = new Date()): LocalDate {
  // toISOString gives the UTC date; shifted by 14 hours, the date in UTC+14 (years 0–9999).
  return new Date(now.getTime() + LATEST_UTC_OFFSET_MINUTES * 60_000).toISOString().slice(0, 10);
}

/**
 * True when the day has begun somewhere on Earth by now (it is not later than
 * the date in UTC+14): the test for a day in a saved, restored or edited record.
 */
export function hasBegunAnywhere(day: LocalDate, now: Date = new Date()): boolean {
  if (!isLocalDate(day)) throw new RangeError(`Not a valid local date (YYYY-MM-DD): "${day}"`);
  return day <= latestDayAnywhere(now);
}
