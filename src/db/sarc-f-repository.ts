import { db } from './database';
import { sarcFResultSchema, type SarcFResult } from './activity-schemas';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';
import { todayLocal } from '../domain/dates';
import { scoreSarcF, type SarcFItemId, type SarcFScore } from '../domain/sarc-f';

/** Scores and saves a completed SARC-F screen. Throws if any of the five answers is missing. */
export async function addSarcFResult(
  answers: Readonly<Partial<Record<SarcFItemId, SarcFScore>>>,
  now = new Date(),
): Promise<SarcFResult> {
  const total = scoreSarcF(answers); // refuses a partial screen: it would under-score
  const result = parseRecord(sarcFResultSchema, {
    id: crypto.randomUUID(),
    day: todayLocal(now),
    at: now.toISOString(),
    answers,
    total,
  });
  await guardedWrite(() => db.sarcFResults.add(result));
  void requestPersistentStorageOnce().catch(() => undefined);
  return result;
}

/** Every saved SARC-F result, newest first. */
export function sarcFResultsNewestFirst(): Promise<SarcFResult[]> {
  return db.sarcFResults.orderBy('at').reverse().toArray();
}

/** The most recent SARC-F result, or null if there is none. */
export async function latestSarcFResult(): Promise<SarcFResult | null> {
  return (await db.sarcFResults.orderBy('at').last()) ?? null;
}
