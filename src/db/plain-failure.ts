// Errors no screen expects, in words that say what to do. The browser's and
// Dexie's own words ("DatabaseClosedError Database has been closed", "Failed to
// fetch dynamically imported module: …") are for a "Details" line at most.
// It is loaded only when something has gone wrong (the error boundary and the
// storage banner fetch it then) or by the data screen: it stays off Today's path.

export interface PlainFailure {
  message: string;
  /** Reloading the app is what fixes it: offer a Reload button where one fits. */
  reload: boolean;
}

export const CONNECTION_LOST =
  'The app lost its connection to your saved data, usually because it was updated in another tab. Reload to carry on; nothing saved is lost.';
export const OUT_OF_SPACE =
  'Your phone is out of storage space, so the app cannot open your saved data. Free some space (delete photos or apps you do not need), then reload.';
export const CODE_NOT_LOADED = 'This part of the app could not be loaded. Reload the app to get the latest version.';

/**
 * The connection to the database closed under us (another tab's upgrade, the
 * browser ending it: Dexie's DatabaseClosedError and VersionChangeError, the
 * browser's InvalidStateError "the database connection is closing"), or it
 * could not be opened (blocked by a tab still on an older version): a reload
 * opens it again.
 */
const CLOSED = /^(DatabaseClosed|VersionChange|InvalidState|OpenFailed)Error$/;
/**
 * A code file that is no longer there, usually after an update: Chrome says
 * "Failed to fetch dynamically imported module", Firefox "error loading
 * dynamically imported module", Safari "Importing a module script failed",
 * Vite "Unable to preload CSS".
 */
const CODE_MISSING = /imported module|module script|preload/i;

/** Plain words for an error the person can act on, or null when the screen's own words are better. */
export function plainFailure(error: unknown, depth = 0): PlainFailure | null {
  const { name, message, inner } = (Object(error) as { name?: unknown; message?: unknown; inner?: unknown });
  // A database that cannot open for lack of space: reloading alone would fail the same way.
  if (String(name) === 'OpenFailedError' && String((Object(inner) as { name?: unknown }).name) === 'QuotaExceededError') {
    return { message: OUT_OF_SPACE, reload: true };
  }
  if (CLOSED.test(String(name))) return { message: CONNECTION_LOST, reload: true };
  if (CODE_MISSING.test(String(message))) return { message: CODE_NOT_LOADED, reload: true };
  // Dexie wraps the browser's error: look inside (not forever: a file could build a loop).
  return inner !== undefined && depth < 3 ? plainFailure(inner, depth + 1) : null;
}
