import { useEffect, useId, useRef, useState, useSyncExternalStore } from 'react';
import { checkBackupFile } from '../../db/check-backup';
import { restoreBackup, type RestoreMode, type RestoreOutcome } from '../../db/restore-backup';
import { canUndoRestore, onUndoRestoreChange, undoRestore } from '../../db/restore-undo';
import type { BackupProblem, CheckedBackup } from '../../db/backup-format';
import type { DataOverview } from '../../db/use-data-overview';
import { previewBackup, type BackupPreview } from './backup-preview';
import { ConfirmPanel } from './confirm-panel';
import { formatDateTime, formatDay, formatNumber, plural } from '../../ui/format';
import { timed } from './timing';
import { useBackupAction } from './use-backup-action';
import { ActionStatus } from './action-status';
import { PersonText } from '../../ui/person-text';
import type { Progress } from '../../db/pace';
import { ProgressBar } from './progress-bar';

type Step =
  | { step: 'choose' }
  | { step: 'checking'; fileName: string; progress?: Progress }
  | { step: 'refused'; fileName: string; problem: BackupProblem }
  | { step: 'preview'; fileName: string; backup: CheckedBackup; preview: BackupPreview }
  | { step: 'restoring'; fileName: string; progress?: Progress }
  | { step: 'failed'; message: string }
  | { step: 'done'; mode: RestoreMode; outcome: RestoreOutcome }
  | { step: 'undone' };

function describeOutcome(mode: RestoreMode, outcome: RestoreOutcome): string {
  if (mode === 'replace') {
    const records = outcome.added + outcome.updated;
    return `Restored. This phone now holds exactly what the backup holds: ${plural(records, 'record', 'records')}.`;
  }
  const parts = [
    `${plural(outcome.added, 'new record was', 'new records were')} added`,
    `${plural(outcome.updated, 'record was', 'records were')} updated to the backup's newer edit`,
    `${plural(outcome.kept, 'record', 'records')} on this phone ${outcome.kept === 1 ? 'was' : 'were'} already up to date and kept`,
  ];
  return `Restored. ${parts.join('; ')}.`;
}

/** Where in the file the fault is, as the file names it: for someone helping, folded away. */
function ProblemDetails({ problem }: { problem: BackupProblem }) {
  const { table, row, field } = problem;
  if (table === undefined && field === undefined) return null;
  return (
    <details className="data-details">
      <summary>Details</summary>
      {table !== undefined ? (
        <>
          table <PersonText text={table} />
        </>
      ) : null}
      {row !== undefined ? `, row ${row}` : null}
      {field !== undefined ? (
        <>
          {table !== undefined ? ', ' : ''}field <PersonText text={field} />
        </>
      ) : null}
    </details>
  );
}

export function RestoreSection({ overview }: { overview: DataOverview | undefined }) {
  const id = useId();
  const [current, setCurrent] = useState<Step>({ step: 'choose' });
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [confirming, setConfirming] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const restoreButtonRef = useRef<HTMLButtonElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const backupFirst = useBackupAction();
  // When the confirmation closes without restoring, focus goes back to the button that opened it
  // (it is only in the page again after the render, hence an effect).
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (wasConfirming.current && !confirming) restoreButtonRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  // Move focus to what just appeared: the preview, or the result of checking or restoring.
  useEffect(() => {
    if (current.step === 'preview') previewHeadingRef.current?.focus();
    if (current.step === 'refused' || current.step === 'done' || current.step === 'failed' || current.step === 'undone') resultRef.current?.focus();
  }, [current.step]);

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setConfirming(false);
    setMode('merge');
    setCurrent({ step: 'checking', fileName: file.name });
    const result = await timed('regain:restore-check', async () => {
      const checked = await checkBackupFile(file, new Date(), (progress) => setCurrent({ step: 'checking', fileName: file.name, progress }));
      return checked.ok ? { ...checked, preview: await previewBackup(checked.backup) } : checked;
    });
    if (inputRef.current) inputRef.current.value = ''; // so choosing the same file again works
    setCurrent(
      result.ok
        ? { step: 'preview', fileName: file.name, backup: result.backup, preview: result.preview }
        : { step: 'refused', fileName: file.name, problem: result.problem },
    );
  };

  const apply = async () => {
    if (current.step !== 'preview') return;
    setConfirming(false);
    const { fileName } = current;
    setCurrent({ step: 'restoring', fileName });
    const result = await timed('regain:restore-apply', () =>
      restoreBackup(current.backup, mode, (progress) => setCurrent({ step: 'restoring', fileName, progress })),
    );
    setCurrent(result.ok ? { step: 'done', mode, outcome: result.outcome } : { step: 'failed', message: result.message });
  };

  // Offered until the next change to the data (src/db/restore-undo.ts).
  const undoOffered = useSyncExternalStore(onUndoRestoreChange, canUndoRestore);
  const undo = async () => {
    try {
      const result = await undoRestore();
      setCurrent(
        result === 'undone'
          ? { step: 'undone' }
          : { step: 'failed', message: 'The restore was not undone: something has been saved or changed since (here or in another tab), and undoing would lose it. Nothing was changed.' },
      );
    } catch {
      setCurrent({ step: 'failed', message: 'The restore could not be undone, and nothing was changed. Reload the app and check your data.' });
    }
  };

  const cancelPreview = () => {
    setConfirming(false);
    setCurrent({ step: 'choose' });
    inputRef.current?.focus();
  };

  return (
    <section className="data-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Restore from a backup</h2>
      <p>Choose a Regain backup file. You will see what it holds before anything is changed.</p>
      <label htmlFor={`${id}-file`} className="data-label">
        Choose a backup file
      </label>
      <input
        ref={inputRef}
        id={`${id}-file`}
        className="data-file"
        type="file"
        accept=".json,application/json"
        disabled={current.step === 'checking' || current.step === 'restoring'}
        onChange={(event) => void choose(event.target.files?.[0])}
      />

      <div ref={resultRef} tabIndex={-1} className="data-result" role="status">
        {/* A file's name, and anything read from the file, is shown isolated (see PersonText). */}
        {current.step === 'checking' ? (
          <ProgressBar progress={current.progress}>
            Checking <PersonText text={current.fileName} />…
          </ProgressBar>
        ) : null}
        {current.step === 'restoring' ? (
          <ProgressBar progress={current.progress}>
            Restoring <PersonText text={current.fileName} />… Keep the app open until it is done.
          </ProgressBar>
        ) : null}
        {current.step === 'refused' ? (
          <div className="data-problem">
            <p className="data-emphasis">
              This backup was not restored:{' '}
              <span className="data-file-name">
                <PersonText text={current.fileName} />
              </span>
            </p>
            <p>{current.problem.message}</p>
            <ProblemDetails problem={current.problem} />
          </div>
        ) : null}
        {current.step === 'failed' ? (
          <div className="data-problem">
            <p className="data-emphasis">{current.message}</p>
          </div>
        ) : null}
        {current.step === 'done' ? <p className="data-success">{describeOutcome(current.mode, current.outcome)}</p> : null}
        {current.step === 'undone' ? <p className="data-success">The restore was undone: this phone holds exactly what it had before.</p> : null}
      </div>
      {current.step === 'done' && undoOffered ? (
        <div className="data-undo">
          <button type="button" className="data-secondary" onClick={() => void undo()}>
            Undo this restore
          </button>
          <p className="data-hint">Until you next save or change something, this puts back exactly what the phone had before.</p>
        </div>
      ) : null}

      {current.step === 'preview' ? (
        <section className="data-preview" aria-labelledby={`${id}-preview-heading`}>
          <h3 id={`${id}-preview-heading`} ref={previewHeadingRef} tabIndex={-1}>
            What this backup holds
          </h3>
          <p>
            <span className="data-file-name">
              <PersonText text={current.fileName} />
            </span>{' '}
            was made with Regain <PersonText text={current.preview.appVersion} /> on{' '}
            {formatDateTime(current.preview.exportedAt)} (data version {current.preview.schemaVersion}).
          </p>
          {current.preview.total === 0 ? (
            <p>It is empty: it holds no records.</p>
          ) : (
            <>
              <ul className="data-counts">
                {current.preview.hasProfile ? <li>Your profile (year of birth, sex, height, units)</li> : null}
                {current.preview.lines.map((line) => (
                  <li key={line.label}>
                    {line.label}: {formatNumber(line.count, 0)}
                  </li>
                ))}
              </ul>
              {current.preview.firstDay && current.preview.lastDay ? (
                <p>
                  From {formatDay(current.preview.firstDay)} to {formatDay(current.preview.lastDay)}.
                </p>
              ) : null}
            </>
          )}

          <fieldset className="data-choice">
            <legend>How should it be restored?</legend>
            <label>
              <input type="radio" name={`${id}-mode`} value="merge" checked={mode === 'merge'} onChange={() => setMode('merge')} />
              <span>
                <span className="data-emphasis">Add to what is on this phone</span>
                <span className="data-hint">
                  Nothing is deleted. Where the phone and the backup both have a record, the most recent edit is kept.
                  Your profile is combined answer by answer: an answer only one of them has is kept, and where both have
                  one, the more recently changed profile&apos;s answer is kept.
                </span>
              </span>
            </label>
            <label>
              <input type="radio" name={`${id}-mode`} value="replace" checked={mode === 'replace'} onChange={() => setMode('replace')} />
              <span>
                <span className="data-emphasis">Replace everything on this phone</span>
                <span className="data-hint">Everything on this phone now is deleted and the backup is put in its place.</span>
              </span>
            </label>
          </fieldset>

          {confirming ? (
            <ConfirmPanel
              title="Replace everything on this phone?"
              onCancel={() => setConfirming(false)}
              actions={
                <>
                  <button type="button" className="data-danger" onClick={() => void apply()}>
                    Yes, replace everything
                  </button>
                  <button type="button" className="data-secondary" onClick={() => void backupFirst.backUp('share-if-possible')}>
                    Back up this phone first
                  </button>
                  <button
                    type="button"
                    className="data-secondary"
                    onClick={() => setConfirming(false)}
                  >
                    Cancel
                  </button>
                </>
              }
            >
              {overview && overview.total === 0 ? (
                <p>
                  There is nothing on this phone yet. The backup&apos;s {plural(current.preview.total, 'record', 'records')} will be
                  put in place.
                </p>
              ) : (
                <p>
                  {/* Until the count is read, no number: "the 0 records" would say there is nothing to lose. */}
                  This deletes {overview ? `the ${plural(overview.total, 'record', 'records')}` : 'everything'} on this phone now, which the backup may
                  not have, and puts the backup&apos;s {plural(current.preview.total, 'record', 'records')} in their place. You
                  can undo it straight after, until you next save or change something.
                </p>
              )}
              <ActionStatus state={backupFirst.state} />
            </ConfirmPanel>
          ) : (
            <div className="button-row">
              <button
                ref={restoreButtonRef}
                type="button"
                className={mode === 'replace' ? 'data-danger' : undefined}
                onClick={() => (mode === 'replace' ? setConfirming(true) : void apply())}
              >
                {mode === 'replace' ? 'Replace with this backup…' : 'Restore this backup'}
              </button>
              <button type="button" className="data-secondary" onClick={cancelPreview}>
                Cancel
              </button>
            </div>
          )}
        </section>
      ) : null}
    </section>
  );
}
