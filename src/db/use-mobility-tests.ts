import { useLiveQuery } from './use-live-query';
import type { MobilityTest } from './mobility-schema';
import { allMobilityTests } from './mobility-repository';

/** Every balance, walking, Timed Up and Go and SPPB result, newest first, live. `undefined` while loading. */
export function useMobilityTests(): MobilityTest[] | undefined {
  return useLiveQuery(allMobilityTests, []);
}
