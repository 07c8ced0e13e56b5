// A small choice kept on this phone: the voice on or off, the time to get ready, recording the movement.
// It belongs to the device, not to the person's data, so it lives in localStorage (not in the backup);
// keys start with "regain-", so "Delete everything" clears them (src/db/delete-everything.ts).
import { useSyncExternalStore } from 'react';

export interface PhoneSetting<T> {
  get(): T;
  set(value: T): void;
  /** The value, following changes (for a screen that shows it). */
  use(): T;
}

/** `read` turns what is stored (null: nothing yet) into the value; `write` the value into what is stored. */
export function phoneSetting<T>(key: string, read: (stored: string | null) => T, write: (value: T) => string): PhoneSetting<T> {
  const listeners = new Set<() => void>();
  // Where storage is refused (a private window), the choice lasts until the page closes.
  let unstored: string | undefined;
  const get = () => {
    if (unstored !== undefined) return read(unstored);
    try {
      return read(globalThis.localStorage?.getItem(key) ?? null);
    } catch {
      return read(null);
    }
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    get,
    set(value) {
      try {
        globalThis.localStorage?.setItem(key, write(value));
        unstored = undefined;
      } catch {
        unstored = write(value);
      }
      for (const listener of listeners) listener();
    },
    use: () => useSyncExternalStore(subscribe, get, () => read(null)),
  };
}
