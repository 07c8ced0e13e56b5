import { db } from './database';
import { triageRunSchema, type TriageRun } from './activity-schemas';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';

/**
 * Saves a red-flag check, or replaces the saved copy of the same check: one
 * check is one run, even if the person goes back and changes an answer after
 * seeing the outcome, or adds when it started and which side later.
 */
export async function saveTriageRun(run: TriageRun): Promise<TriageRun> {
  const valid = parseRecord(triageRunSchema, run);
  await guardedWrite(() => db.triageRuns.put(valid));
  void requestPersistentStorageOnce().catch(() => undefined);
  return valid;
}

export { getTriageRun, triageRunsNewestFirst } from './triage-runs-queries';
