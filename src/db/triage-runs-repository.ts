import { db } from './database';
import { triageRunSchema, type TriageRun } from './activity-schemas';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';

/**
 * Saves a red-flag check, or replaces the saved copy of the same run (when it
 * started and which side, added later). Changed answers are saved by the
 * check as a new run that `amends` this one, so history keeps both.
 */
export async function saveTriageRun(run: TriageRun): Promise<TriageRun> {
  const valid = parseRecord(triageRunSchema, run);
  await guardedWrite(() => db.triageRuns.put(valid));
  void requestPersistentStorageOnce().catch(() => undefined);
  return valid;
}

