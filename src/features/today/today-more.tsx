import type { LocalDate } from '../../domain/dates';
import type { LogEntry } from '../../db/log-entry-schema';
import { BackupReminder } from './backup-reminder';
import { ThisWeek } from './this-week';
import { TodayEntries } from './today-entries';

/**
 * The parts of Today below the count: what was logged today, this week at a
 * glance and the backup reminder. In a chunk of their own, fetched after the
 * first paint, so the code that paints Today and logs a set stays small on a
 * slow phone. They show data read from the database, which arrives after the
 * first paint anyway.
 */
export default function TodayMore({ today, entries }: { today: LocalDate | null; entries: LogEntry[] | undefined }) {
  return (
    <>
      <TodayEntries entries={entries} />
      <ThisWeek today={today} />
      <BackupReminder />
    </>
  );
}
