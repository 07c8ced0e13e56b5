import { useId, useSyncExternalStore } from 'react';
import { lastBackupAt, subscribeToBackupStamp } from '../../db/backup-stamp';
import { daysSinceBackup, isBackupDue, BACKUP_REMINDER_DAYS } from '../../domain/backup-reminder';
import { formatDateTime, plural } from '../../ui/format';
import { useBackupAction } from './use-backup-action';
import { ActionStatus } from './action-status';

export function useLastBackupAt(): string | null {
  return useSyncExternalStore(subscribeToBackupStamp, lastBackupAt, () => null);
}

function describeLastBackup(last: string | null): string {
  const days = daysSinceBackup(last);
  if (last === null || days === null) return 'You have not made a backup on this phone yet.';
  const when = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${plural(days, 'day', 'days')} ago`;
  return `Your last backup on this phone was ${when} (${formatDateTime(last)}).`;
}

export function BackupSection({ hasData, canShare }: { hasData: boolean; canShare: boolean }) {
  const id = useId();
  const last = useLastBackupAt();
  const { state, backUp } = useBackupAction();
  const due = isBackupDue(last, hasData);
  return (
    <section className="data-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Back up</h2>
      <p>
        A backup is one file with everything you have entered. Keep it somewhere safe, off this phone: email it to
        yourself, or save it to your files or cloud storage. You can restore it on this phone or a new one.
      </p>
      <p className="data-emphasis">{describeLastBackup(last)}</p>
      {due ? (
        <div className="data-reminder">
          <p>
            {last === null
              ? 'It is a good idea to make a backup now.'
              : `It has been more than ${BACKUP_REMINDER_DAYS} days. It is a good idea to make a new backup.`}
          </p>
        </div>
      ) : null}
      <p className="small">
        Why it matters: your entries are kept only in this browser. Browsers can clear the data of websites that are not
        installed, Safari on iPhone and iPad especially, after a few weeks without a visit, or when the phone is low on
        space. Installing Regain on your home screen helps; a backup file keeps your entries safe whatever happens.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void backUp('share-if-possible')} disabled={state.status === 'working'}>
          {state.status === 'working' ? 'Making the backup…' : 'Back up now'}
        </button>
        {canShare ? (
          <button type="button" className="data-secondary" onClick={() => void backUp('download')} disabled={state.status === 'working'}>
            Download the file instead
          </button>
        ) : null}
      </div>
      <ActionStatus state={state} />
    </section>
  );
}
