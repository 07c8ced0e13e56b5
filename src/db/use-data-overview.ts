import { useLiveQuery } from './use-live-query';
import { dataOverview, type DataOverview } from './data-overview-reads';

export type { DataOverview };

/** How much is stored, live: updates after a save, a restore or a delete. `undefined` while loading. */
export function useDataOverview(): DataOverview | undefined {
  return useLiveQuery(dataOverview, []);
}
