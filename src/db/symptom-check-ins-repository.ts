import { db } from './database';
import { symptomCheckInSchema, type SymptomCheckIn } from './activity-schemas';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';
import { todayLocal } from '../domain/dates';

/** Saves the signs ticked on the checklist as one dated check-in (none ticked is a check-in too). */
export async function addSymptomCheckIn(signIds: readonly string[], now = new Date()): Promise<SymptomCheckIn> {
  const checkIn = parseRecord(symptomCheckInSchema, {
    id: crypto.randomUUID(),
    day: todayLocal(now),
    at: now.toISOString(),
    signIds: [...new Set(signIds)],
  });
  await guardedWrite(() => db.symptomCheckIns.add(checkIn));
  void requestPersistentStorageOnce().catch(() => undefined);
  return checkIn;
}

/** Check-ins, newest first. */
export async function symptomCheckInsNewestFirst(limit = Infinity): Promise<SymptomCheckIn[]> {
  const all = await db.symptomCheckIns.toArray();
  return all.sort((a, b) => b.at.localeCompare(a.at)).slice(0, limit);
}
