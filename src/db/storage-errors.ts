import Dexie from 'dexie';

/** A save that could not happen because the device is out of space. Nothing was written. */
export class StorageFullError extends Error {
  constructor() {
    super(
      // Said for an entry, a tick, a setting or a check alike, so it names none of them.
      'Your phone is out of storage space, so this was not saved. Everything saved before is safe. Free some space (photos, videos or other apps), then try again.',
    );
    this.name = 'StorageFullError';
  }
}

function isQuotaError(error: unknown): boolean {
  if (error instanceof Dexie.QuotaExceededError) return true;
  // Dexie may wrap the browser's DOMException; look inside.
  const inner = (error as { inner?: unknown } | null)?.inner;
  const name = (error as { name?: string } | null)?.name;
  return name === 'QuotaExceededError' || (inner !== undefined && isQuotaError(inner));
}

/**
 * Runs a write and turns a full disk into a clear StorageFullError. Dexie runs
 * each write in a transaction, so a failed write leaves earlier data untouched.
 */
export async function guardedWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError();
    throw error;
  }
}

/** Sent on window for a failure no screen explains; the shell's banner (src/app/storage-alerts.tsx) says what to do. */
export const UNEXPLAINED_FAILURE = 'regain:unexplained-failure';

/**
 * The sentence to show when a save fails: a full disk says so in plain words;
 * a value the record schema refused gives its sentence (never the field's
 * name in the code, such as "planLevel"); any other failure gets the screen's
 * own fallback, and is passed to the shell, whose banner says what to do when
 * there is something to do (a lost connection, code that did not load: reload).
 * The error's own words never reach the screen.
 */
export function saveFailureMessage(error: unknown, fallback: string): string {
  if (error instanceof StorageFullError) return error.message;
  // By name, not instanceof: importing validation-error here would pull zod into the app shell.
  if (error instanceof Error && error.name === 'InvalidRecordError') {
    const { sentence } = error as Error & { sentence?: string };
    // zod/mini's bare "Invalid input" (a check with no sentence of its own) says nothing a person can act on.
    return sentence && sentence !== 'Invalid input' ? sentence : fallback;
  }
  // The words for these live off Today's path (src/db/plain-failure.ts), loaded by the shell when needed.
  if (typeof dispatchEvent === 'function') dispatchEvent(new CustomEvent(UNEXPLAINED_FAILURE, { detail: error }));
  return fallback;
}
