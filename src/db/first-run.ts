import { db } from './database';

// Whether this phone has been through the welcome steps (or skipped them). Kept
// in localStorage, like the backup stamp: it describes this browser, not the
// person, so it does not travel in a backup. "Delete everything" clears it,
// and the welcome steps show again, as on the first day.
const KEY = 'regain-first-run';

export type FirstRunState = 'done' | 'skipped';

export function firstRunState(): FirstRunState | null {
  try {
    const value = globalThis.localStorage?.getItem(KEY);
    return value === 'done' || value === 'skipped' ? value : null;
  } catch {
    return 'skipped'; // storage blocked: never trap the person in the welcome steps
  }
}

export function markFirstRun(state: FirstRunState): void {
  try {
    globalThis.localStorage?.setItem(KEY, state);
  } catch {
    // Storage blocked: the welcome steps may show again on the next visit.
  }
}

/**
 * Should Today open the welcome steps? Only on a phone that has never seen
 * them and holds nothing yet: someone who already uses Regain (an update, a
 * restored backup) goes straight on, and is marked so it is not asked again.
 */
export async function needsFirstRun(): Promise<boolean> {
  if (firstRunState() !== null) return false;
  const [profiles, entries] = await Promise.all([db.profile.count(), db.entries.count()]);
  if (profiles + entries === 0) return true;
  markFirstRun('done');
  return false;
}
