import Dexie from 'dexie';

/** A save that could not happen because the device is out of space. Nothing was written. */
export class StorageFullError extends Error {
  constructor() {
    super(
      'Your phone is out of storage space, so this entry was not saved. Your earlier entries are safe. Free some space (photos, videos or other apps), then try again.',
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

/**
 * The sentence to show when a save fails: our own errors (a full disk, a value
 * the record schema refused) already say what happened in plain words; any
 * other failure gets the screen's own fallback.
 */
export function saveFailureMessage(error: unknown, fallback: string): string {
  // By name, not instanceof: importing validation-error here would pull zod into the app shell.
  const readable = error instanceof StorageFullError || (error instanceof Error && error.name === 'InvalidRecordError');
  return readable ? (error as Error).message : fallback;
}
