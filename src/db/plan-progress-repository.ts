import { db } from './database';
import { planProgressSchema } from './activity-schemas';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';
import type { LocalDate } from '../domain/dates';

/** Ticks or unticks one plan item on one day; one row per day and item. */
export async function setPlanItemDone(day: LocalDate, itemId: string, done: boolean, now = new Date()): Promise<void> {
  await guardedWrite(() =>
    db.transaction('rw', db.planProgress, async () => {
      const existing = await db.planProgress.where('[day+itemId]').equals([day, itemId]).first();
      const row = parseRecord(planProgressSchema, { id: existing?.id ?? crypto.randomUUID(), day, itemId, done, updatedAt: now.toISOString() });
      await db.planProgress.put(row);
    }),
  );
  if (done) void requestPersistentStorageOnce().catch(() => undefined);
}
