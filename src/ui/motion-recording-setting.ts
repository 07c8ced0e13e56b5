// "Record the phone's movement" (Settings → Your data): off unless the person
// turns it on. A preference of this browser, like the voice switch, so it
// lives in localStorage, not in the backup. The data screen writes it; the
// guided tests read it when a test ends.
const KEY = 'regain-record-motion';

const listeners = new Set<() => void>();

export function recordingMotion(): boolean {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function setRecordingMotion(on: boolean): void {
  try {
    globalThis.localStorage?.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused (private mode): the choice lasts until the page closes.
  }
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. */
export function subscribeToRecordingMotion(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
