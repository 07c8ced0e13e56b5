import { useLiveQuery } from './use-live-query';
import { chairStandResultsBetween, type ChairStandEntry } from './entries-reads';
import type { LocalDate } from '../domain/dates';

export type { ChairStandEntry };

/**
 * 30-second chair stand results between two days, live, for the screens:
 * `undefined` while loading, `null` if the results could not be read. It
 * never throws: it is shown on the triage outcome, and a failed read must not
 * hide the advice above it.
 */
export function useChairStandResultsBetween(from: LocalDate, to: LocalDate): ChairStandEntry[] | null | undefined {
  return useLiveQuery(() => chairStandResultsBetween(from, to).catch(() => null), [from, to]);
}
