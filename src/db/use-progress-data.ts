import { useLiveQuery } from './use-live-query';
import { loadProgressData, type ProgressData } from './progress-reads';
import type { LocalDate } from '../domain/dates';

/**
 * Live: the charts redraw when an entry is saved elsewhere. `undefined` while
 * loading, and while `enabled` is false (before hydration, nothing is read).
 */
export function useProgressData(from: LocalDate | null, to: LocalDate, enabled = true): ProgressData | undefined {
  return useLiveQuery(() => (enabled ? loadProgressData(from, to) : undefined), [enabled, from, to]);
}
