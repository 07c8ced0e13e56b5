import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry } from './log-entry-schema';

/** One entry, live: `null` once it does not exist (deleted), `undefined` while loading. */
export function useEntry(id: string): LogEntry | null | undefined {
  return useLiveQuery(async () => (await db.entries.get(id)) ?? null, [id]);
}
