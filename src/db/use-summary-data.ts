import { useLiveQuery } from './use-live-query';
import { loadSummaryData, type SummaryData } from './summary-reads';

export type { SummaryData };

/** Everything the clinician summary shows, live. `undefined` while loading. */
export function useSummaryData(): SummaryData | undefined {
  return useLiveQuery(loadSummaryData, []);
}
