import { RISE_MAX_S, STAND_LIST_MAX, STAND_TIME_MAX_S } from '../../db/log-entry-schema';
import type { SaveRequest } from './timed-test-config';

const within = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value * 100) / 100));

/**
 * What the phone recorded of each stand, as a saved entry holds it (only what
 * there is: typed-in results add nothing). Kept within the entry's bounds.
 */
export function standDetails({ standTimes, rises, interrupted }: SaveRequest) {
  return {
    ...(standTimes.length > 0 ? { standTimes: standTimes.slice(0, STAND_LIST_MAX).map((t) => within(t, STAND_TIME_MAX_S)) } : {}),
    ...(rises.length > 0 ? { riseSeconds: rises.slice(0, STAND_LIST_MAX).map((s) => within(s, RISE_MAX_S)) } : {}),
    ...(interrupted ? { interrupted: true } : {}),
  };
}
