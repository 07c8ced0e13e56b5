import { useLiveQuery } from './use-live-query';
import type { SarcFResult } from './activity-schemas';
import { latestSarcFResult, sarcFResultsNewestFirst } from './sarc-f-repository';

/** Every SARC-F result, newest first, live. `undefined` while loading. */
export function useSarcFResults(): SarcFResult[] | undefined {
  return useLiveQuery(sarcFResultsNewestFirst, []);
}

/**
 * The latest SARC-F result, live: `null` if there is none (or it cannot be
 * read: the red-flag check only uses it to suggest an answer, and must go on
 * without it), `undefined` while loading.
 */
export function useLatestSarcFResult(): SarcFResult | null | undefined {
  return useLiveQuery(() => latestSarcFResult().catch(() => null), []);
}
