import { useLiveQuery } from './use-live-query';
import type { SymptomCheckIn } from './activity-schemas';
import { symptomCheckInsNewestFirst } from './symptom-check-ins-repository';

/** The latest symptom check-ins, newest first, live. `undefined` while loading. */
export function useSymptomCheckIns(limit = 10): SymptomCheckIn[] | undefined {
  return useLiveQuery(() => symptomCheckInsNewestFirst(limit), [limit]);
}
