import { useEffect, useId, useRef, useState } from 'react';
import { deleteEverything } from '../../db/delete-everything';
import type { DataOverview } from '../../db/use-data-overview';
import { ConfirmPanel } from './confirm-panel';
import { plural } from '../../ui/format';
import { useBackupAction } from './use-backup-action';
import { ActionStatus, ReloadButton } from './action-status';
import { plainFailure, type PlainFailure } from '../../db/plain-failure';
import { formatNumber } from '../../ui/format';

/** "your profile", "4,512 entries: …" — named in the words the rest of the app uses. */
function whatWillBeLost(overview: DataOverview): string[] {
  const lines: string[] = [];
  for (const table of overview.tables) {
    if (table.count === 0) continue;
    if (table.name === 'profile') {
      lines.push('Your profile: year of birth, sex, height, units and region');
    } else if (table.name === 'entries') {
      const kinds = overview.entriesByKind.map((k) => `${k.label.toLowerCase()} ${formatNumber(k.count, 0)}`).join(', ');
      lines.push(`${plural(table.count, 'entry', 'entries')} (${kinds})`);
    } else {
      lines.push(`${table.label}: ${formatNumber(table.count, 0)}`);
    }
  }
  return lines;
}

export function DeleteSection({ overview }: { overview: DataOverview | undefined }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<'idle' | 'deleting' | 'deleted' | 'failed'>('idle');
  const [failure, setFailure] = useState<PlainFailure | null>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const backupFirst = useBackupAction();
  const lost = overview ? whatWillBeLost(overview) : [];

  // Focus follows what appears when the confirmation closes: the result after
  // deleting, else the button that opened it (both exist only after the render).
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) (state === 'deleted' ? doneRef : openerRef).current?.focus();
    wasConfirming.current = confirming;
  }, [confirming, state]);

  const close = () => setConfirming(false);

  const remove = async () => {
    setState('deleting');
    try {
      await deleteEverything();
      setState('deleted');
      setConfirming(false);
    } catch (error) {
      setFailure(plainFailure(error));
      setState('failed');
    }
  };

  return (
    <section className="data-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Delete everything</h2>
      <p>Remove all of your Regain data from this phone, for example before you give the phone to someone else.</p>
      {confirming ? (
        <ConfirmPanel
          title="Delete everything?"
          onCancel={close}
          actions={
            <>
              <button type="button" onClick={() => void backupFirst.backUp('share-if-possible')}>
                Back up first
              </button>
              <button type="button" className="data-danger" onClick={() => void remove()} disabled={state === 'deleting'}>
                {state === 'deleting' ? 'Deleting…' : 'Delete everything'}
              </button>
              <button type="button" className="data-secondary" onClick={close}>
                Cancel
              </button>
            </>
          }
        >
          {lost.length > 0 ? (
            <>
              <p>This will delete from this phone:</p>
              <ul className="data-counts">
                {lost.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>There are no records on this phone. Settings kept in this browser will be removed.</p>
          )}
          <p className="data-emphasis">It cannot be undone. Unless you have a backup, these records are gone for good.</p>
          <ActionStatus state={backupFirst.state} />
          {state === 'failed' ? (
            <>
              <p className="data-status-failed" role="alert">
                {failure?.message ?? 'Sorry, nothing could be deleted. Please try again.'}
              </p>
              {failure?.reload ? <ReloadButton /> : null}
            </>
          ) : null}
        </ConfirmPanel>
      ) : (
        <button
          ref={openerRef}
          type="button"
          className="data-danger"
          onClick={() => {
            setState('idle');
            setConfirming(true);
          }}
        >
          Delete everything…
        </button>
      )}
      <p ref={doneRef} tabIndex={-1} className="data-status" role="status">
        {state === 'deleted' ? 'Everything is deleted. Regain is empty, as on the first day.' : ''}
      </p>
    </section>
  );
}
