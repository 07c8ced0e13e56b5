import { useLiveQuery } from './use-live-query';
import { newestOfKind, type EntryOfKind } from './entries-reads';

export type TestKind = 'chair-stand-30s' | 'five-times-sit-to-stand';
export type TestResult<K extends TestKind> = EntryOfKind<K>;

/** The newest results of one guided test, newest first, live: the screen updates as soon as one is saved. `undefined` while loading. */
export function useRecentResults<K extends TestKind>(kind: K, limit = 6): TestResult<K>[] | undefined {
  return useLiveQuery(() => newestOfKind(kind, limit), [kind, limit]);
}
