import { useEffect, useState } from 'react';
import { onDatabaseEvent } from '../db/database';
import { StorageFullError, UNEXPLAINED_FAILURE } from '../db/storage-errors';
import { plainFailure } from '../db/plain-failure';

/**
 * Database problems that are not any one screen's business: another tab has
 * upgraded the database, or a save somewhere hit a full disk without being
 * caught, or lost its connection or could not load its code (not caught: a
 * plan tick is saved that way; or caught, and passed on by saveFailureMessage).
 * Loaded after the first paint (see layout.tsx): it is on no screen's path.
 */
export function StorageAlerts() {
  const [message, setMessage] = useState<string | null>(null);
  const [needsReload, setNeedsReload] = useState(false);

  useEffect(() => {
    const stop = onDatabaseEvent(() => {
      setNeedsReload(true);
      setMessage('Regain was updated in another tab or window. Reload to keep saving your entries.');
    });
    // An unhandled rejection, or a failure a screen passed on (UNEXPLAINED_FAILURE).
    const onFailure = (event: Event) => {
      const error = (event as PromiseRejectionEvent).reason ?? (event as CustomEvent).detail;
      const failure = error instanceof StorageFullError ? { message: error.message, reload: false } : plainFailure(error);
      if (!failure) return; // not ours to explain: left to the browser
      event.preventDefault();
      if (failure.reload) setNeedsReload(true);
      setMessage(failure.message);
    };
    window.addEventListener('unhandledrejection', onFailure);
    window.addEventListener(UNEXPLAINED_FAILURE, onFailure);
    return () => {
      stop();
      window.removeEventListener('unhandledrejection', onFailure);
      window.removeEventListener(UNEXPLAINED_FAILURE, onFailure);
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
