import { db } from './database';
import { mobilityTestSchema, type MobilityTest, type MobilityTestKind, type MobilityTestOf } from './mobility-schema';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';
import { requestPersistentStorageOnce } from './persistent-storage';
import { todayLocal } from '../domain/dates';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a test screen hands over: the result without the fields filled in here. */
export type NewMobilityTest = DistributiveOmit<MobilityTest, 'id' | 'day' | 'at'>;

/** Checks and saves one balance, walk, Timed Up and Go or SPPB result, dated today. */
export async function addMobilityTest<T extends NewMobilityTest>(input: T, now = new Date()): Promise<MobilityTestOf<T['kind']>> {
  const record = parseRecord(mobilityTestSchema, { ...input, id: crypto.randomUUID(), day: todayLocal(now), at: now.toISOString() });
  await guardedWrite(() => db.mobilityTests.add(record));
  void requestPersistentStorageOnce().catch(() => undefined);
  return record as MobilityTestOf<T['kind']>;
}

/** Every saved result of one kind, newest first. */
export async function mobilityTestsOfKind<K extends MobilityTestKind>(kind: K): Promise<Array<MobilityTestOf<K>>> {
  const rows = await db.mobilityTests.where('[kind+day]').between([kind, ''], [kind, '\uffff']).toArray();
  return (rows as Array<MobilityTestOf<K>>).sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

/** Every saved result, newest first (History). */
export function allMobilityTests(): Promise<MobilityTest[]> {
  return db.mobilityTests.orderBy('at').reverse().toArray();
}

export function mobilityTestById(id: string): Promise<MobilityTest | undefined> {
  return db.mobilityTests.get(id);
}

export async function deleteMobilityTest(id: string): Promise<MobilityTest | undefined> {
  const existing = await db.mobilityTests.get(id);
  await guardedWrite(() => db.mobilityTests.delete(id));
  return existing;
}

/** Puts a deleted result back as it was (History's Undo), checked again like any other write. */
export async function restoreMobilityTest(test: MobilityTest): Promise<void> {
  await guardedWrite(() => db.mobilityTests.put(parseRecord(mobilityTestSchema, test)));
}
