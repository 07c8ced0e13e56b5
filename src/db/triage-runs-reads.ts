import { db } from './database';
import type { TriageRun } from './activity-schemas';

// Reading apart from saving: the Symptoms screen lists past checks as it
// opens, and must not load the validation code that saving needs.

export function getTriageRun(id: string): Promise<TriageRun | undefined> {
  return db.triageRuns.get(id);
}

/** Every saved check, newest first. */
export function triageRunsNewestFirst(): Promise<TriageRun[]> {
  return db.triageRuns.orderBy('at').reverse().toArray();
}
