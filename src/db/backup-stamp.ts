// When the person last made a backup on this device. Kept in localStorage, not
// in the profile: it describes this device, not the person, and a profile
// record would travel inside the backup and be set back in time by a restore.

const KEY = 'regain-last-backup-at';
const listeners = new Set<() => void>();

export function lastBackupAt(): string | null {
  try {
    const value = globalThis.localStorage?.getItem(KEY) ?? null;
    return value !== null && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null; // storage blocked: treat as never backed up
  }
}

export function recordBackup(now = new Date()): void {
  try {
    globalThis.localStorage?.setItem(KEY, now.toISOString());
  } catch {
    // Storage blocked or full: the reminder will simply show again.
  }
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: changes in this tab and in others. */
export function subscribeToBackupStamp(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === null) listener();
  };
  globalThis.addEventListener?.('storage', onStorage);
  return () => {
    listeners.delete(listener);
    globalThis.removeEventListener?.('storage', onStorage);
  };
}

/** Tell subscribers the stamp may have gone (delete everything clears it). */
export function notifyBackupStampChanged(): void {
  listeners.forEach((listener) => listener());
}
