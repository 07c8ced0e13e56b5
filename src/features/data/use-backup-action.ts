import { useState } from 'react';
import { exportBackup } from '../../db/export-backup';
import { recordBackup } from '../../db/backup-stamp';
import { shareOrDownload } from '../../ui/share-or-download';
import { timed } from './timing';
import { plural } from '../../ui/format';
import { plainFailure } from '../../db/plain-failure';

export interface ActionState {
  status: 'idle' | 'working' | 'done' | 'failed';
  message: string;
  /** The failure is one a reload fixes (a lost connection, code that did not load): offer Reload. */
  reload?: boolean;
}

/** A failed action in plain words: the error's own words never reach the screen. */
export function failedState(error: unknown, fallback: string): ActionState {
  const failure = plainFailure(error);
  return failure ? { status: 'failed', message: failure.message, reload: failure.reload } : { status: 'failed', message: fallback };
}

const IDLE: ActionState = { status: 'idle', message: '' };

/** "Back up now": the whole database as one JSON file, shared or downloaded. */
export function useBackupAction() {
  const [state, setState] = useState<ActionState>(IDLE);

  const backUp = async (how: 'share-if-possible' | 'download') => {
    setState({ status: 'working', message: 'Making your backup…' });
    try {
      const { handed, fileName, records } = await timed('regain:export', async () => {
        const backup = await exportBackup();
        const file = new File([backup.file], backup.fileName, { type: 'application/json' });
        const records = Object.values(backup.counts).reduce((sum, n) => sum + n, 0);
        return { handed: await shareOrDownload(file, how), fileName: backup.fileName, records };
      });
      if (handed === 'cancelled') {
        setState({ status: 'failed', message: 'The backup was not shared, so it was not saved. Try again when you are ready.' });
        return;
      }
      recordBackup();
      setState({
        status: 'done',
        message:
          handed === 'shared'
            ? `Backup made: ${fileName}, with ${plural(records, 'record', 'records')}. Keep it somewhere safe, off this phone.`
            : `Backup saved to your downloads: ${fileName}, with ${plural(records, 'record', 'records')}. Keep a copy somewhere safe, off this phone.`,
      });
    } catch (error) {
      setState(failedState(error, 'Sorry, the backup could not be made. Please try again.'));
    }
  };

  return { state, backUp };
}
