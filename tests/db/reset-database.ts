import { db } from '../../src/db/database';

/** Each test starts from an empty database at the current schema version. */
export async function resetDatabase(): Promise<void> {
  await db.delete();
  await db.open();
}
