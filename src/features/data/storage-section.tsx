import { useEffect, useId, useState } from 'react';
import { storageStatus } from '../../db/storage-status';
import { formatBytes } from './format';

type Status = Awaited<ReturnType<typeof storageStatus>>;

export function StorageSection() {
  const id = useId();
  // Keyed by the check it answers: a new check (after asking) replaces the old answer.
  const [check, setCheck] = useState(0);
  const [result, setResult] = useState<{ check: number; status: Status } | null>(null);
  const [asked, setAsked] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    let live = true;
    storageStatus()
      .catch(() => null)
      .then((status) => {
        if (live) setResult({ check, status });
      });
    return () => {
      live = false;
    };
  }, [check]);

  const status = result?.status;
  const ask = async () => {
    setAsking(true);
    try {
      const granted = await navigator.storage.persist();
      setAsked(
        granted
          ? 'Done: the browser will keep Regain’s data.'
          : 'The browser did not agree this time. Browsers often agree once Regain is installed on your home screen and used for a while; keep making backups meanwhile.',
      );
    } catch {
      setAsked('The browser could not be asked. Keep making backups to be safe.');
    } finally {
      setAsking(false);
      setCheck((n) => n + 1);
    }
  };

  return (
    <section className="data-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Storage on this phone</h2>
      {result === null ? <p className="loading">Checking…</p> : null}
      {result !== null && status === null ? <p>This browser does not say how it stores Regain’s data. Keep making backups to be safe.</p> : null}
      {status ? (
        <>
          <p className="data-emphasis">
            {status.persisted
              ? 'Protected: the browser has agreed to keep Regain’s data, even when the phone is low on space.'
              : 'Not protected yet: the browser may clear Regain’s data when the phone is low on space, or after weeks without a visit.'}
          </p>
          <p>
            Regain and its offline files use about {formatBytes(status.usageBytes)}
            {status.quotaBytes > 0 ? ` of the ${formatBytes(status.quotaBytes)} this browser allows.` : '.'}
          </p>
          {!status.persisted && typeof navigator.storage?.persist === 'function' ? (
            <button type="button" onClick={() => void ask()} disabled={asking}>
              Ask the browser to keep my data
            </button>
          ) : null}
        </>
      ) : null}
      <p className="data-status" role="status">
        {asked ?? ''}
      </p>
    </section>
  );
}
