import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry } from './log-entry-schema';

export type TestKind = 'chair-stand-30s' | 'five-times-sit-to-stand';
export type TestResult<K extends TestKind> = Extract<LogEntry, { kind: K }>;

/** The newest results of one guided test, newest first (by day, then time saved). */
export async function recentResults<K extends TestKind>(kind: K, limit: number): Promise<TestResult<K>[]> {
  // A person does these tests every week or two, so sorting them all is cheap.
  const all: LogEntry[] = await db.entries.where('kind').equals(kind).toArray();
  return all
    .sort((a, b) => (a.day === b.day ? b.createdAt.localeCompare(a.createdAt) : b.day.localeCompare(a.day)))
    .slice(0, limit) as TestResult<K>[];
}

/** Live: the screen updates as soon as a result is saved. `undefined` while loading. */
export function useRecentResults<K extends TestKind>(kind: K, limit = 6): TestResult<K>[] | undefined {
  return useLiveQuery(() => recentResults(kind, limit), [kind, limit]);
}
