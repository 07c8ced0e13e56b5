import { useEffect, useState } from 'react';
import { onDatabaseEvent } from '../db/database';
import { StorageFullError } from '../db/storage-errors';

/**
 * Database problems that are not any one screen's business: another tab has
 * upgraded the database, or a save somewhere hit a full disk without being caught.
 */
export function StorageAlerts() {
  const [message, setMessage] = useState<string | null>(null);
  const [needsReload, setNeedsReload] = useState(false);

  useEffect(() => {
    const stop = onDatabaseEvent(() => {
      setNeedsReload(true);
      setMessage('Regain was updated in another tab or window. Reload to keep saving your entries.');
    });
    const onRejection = (event: PromiseRejectionEvent) => {
      if (event.reason instanceof StorageFullError) {
        event.preventDefault();
        setMessage(event.reason.message);
      }
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      stop();
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);

  if (!message) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>{message}</p>
      {needsReload ? (
        <button type="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      ) : (
        <button type="button" onClick={() => setMessage(null)}>
          OK
        </button>
      )}
    </div>
  );
}
