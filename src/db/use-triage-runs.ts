import { useLiveQuery } from './use-live-query';
import type { TriageRun } from './activity-schemas';
import { getTriageRun, triageRunsNewestFirst } from './triage-runs-reads';

/** Every saved red-flag check, newest first, live. `undefined` while loading. */
export function useTriageRuns(): TriageRun[] | undefined {
  return useLiveQuery(triageRunsNewestFirst, []);
}

/** One saved check, live: `null` if there is none with this id, `undefined` while loading. */
export function useTriageRun(id: string): TriageRun | null | undefined {
  return useLiveQuery(async () => (await getTriageRun(id)) ?? null, [id]);
}
