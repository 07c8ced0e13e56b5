import { useSyncExternalStore } from 'react';
import { Link } from 'react-router';
import { backupReminderDismissedAt, dismissBackupReminder, lastBackupAt, subscribeToBackupStamp } from '../../db/backup-stamp';
import { useFirstLoggedDay } from '../../db/use-week-entries';
import { BACKUP_REMINDER_DAYS, isTodayReminderDue } from '../../domain/backup-reminder';
import { YOUR_DATA_PATH } from '../../ui/paths';

const readStamps = () => `${lastBackupAt() ?? ''}|${backupReminderDismissedAt() ?? ''}`;

/**
 * A browser may clear a website's data (Safari after weeks without a visit, any
 * browser when the phone is full), so Today says when a backup is due rather
 * than leave it to memory. "Not now" puts it off for another 30 days.
 */
export function BackupReminder() {
  const firstDataDay = useFirstLoggedDay();
  // Re-read when a backup is made or the reminder put off, here or in another tab.
  useSyncExternalStore(subscribeToBackupStamp, readStamps, () => '');
  if (firstDataDay === undefined) return null;
  const last = lastBackupAt();
  if (!isTodayReminderDue({ lastBackupAt: last, firstDataDay, dismissedAt: backupReminderDismissedAt() })) return null;
  return (
    <section className="backup-reminder" aria-labelledby="backup-reminder-heading">
      <h2 id="backup-reminder-heading">Time for a backup</h2>
      <p>
        {last === null
          ? `You have not made a backup yet.`
          : `Your last backup was more than ${BACKUP_REMINDER_DAYS} days ago.`}{' '}
        Your entries are kept only on this phone, and a browser can clear them. A backup file keeps them safe.
      </p>
      <div className="button-row">
        <Link to={YOUR_DATA_PATH} className="button">
          Back up now
        </Link>
        <button type="button" className="button-secondary" onClick={() => dismissBackupReminder()}>
          Not now
        </button>
      </div>
    </section>
  );
}
