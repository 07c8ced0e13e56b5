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
