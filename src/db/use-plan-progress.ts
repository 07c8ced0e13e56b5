import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { PlanProgress } from './activity-schemas';
import type { LocalDate } from '../domain/dates';

/** Plan progress between two days (inclusive), live. */
export function usePlanProgress(from: LocalDate, to: LocalDate): PlanProgress[] | undefined {
  return useLiveQuery(() => db.planProgress.where('day').between(from, to, true, true).toArray(), [from, to]);
}
