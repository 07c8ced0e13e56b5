// When the person last made a backup on this device. Kept in localStorage, not
// in the profile: it describes this device, not the person, and a profile
// record would travel inside the backup and be set back in time by a restore.

const KEY = 'regain-last-backup-at';
const DISMISSED_KEY = 'regain-backup-reminder-dismissed-at';
const listeners = new Set<() => void>();

export function lastBackupAt(): string | null {
  return readStamp(KEY);
}

/** When the backup reminder on Today was last put off ("Not now"). */
export function backupReminderDismissedAt(): string | null {
  return readStamp(DISMISSED_KEY);
}

export function dismissBackupReminder(now = new Date()): void {
  writeStamp(DISMISSED_KEY, now);
}

function readStamp(key: string): string | null {
  try {
    const value = globalThis.localStorage?.getItem(key) ?? null;
    return value !== null && !Number.isNaN(Date.parse(value)) ? value : null;
  } catch {
    return null; // storage blocked: treat as never backed up
  }
}

export function recordBackup(now = new Date()): void {
  writeStamp(KEY, now);
}

function writeStamp(key: string, now: Date): void {
  try {
    globalThis.localStorage?.setItem(key, now.toISOString());
  } catch {
    // Storage blocked or full: the reminder will simply show again.
  }
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: changes in this tab and in others. */
export function subscribeToBackupStamp(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY || event.key === DISMISSED_KEY || event.key === null) listener();
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
