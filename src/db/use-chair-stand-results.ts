import { useLiveQuery } from './use-live-query';
import { entriesOfKind } from './entry-reads';
import type { EntryOfKind } from './entry-reads';
import type { LocalDate } from '../domain/dates';

export type ChairStandEntry = EntryOfKind<'chair-stand-30s'>;

/** 30-second chair stand results from one day to another, both included, oldest first. */
export async function chairStandResultsBetween(from: LocalDate, to: LocalDate): Promise<ChairStandEntry[]> {
  const rows = await entriesOfKind('chair-stand-30s', from, to).toArray();
  return rows.sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * Live version for the screens: `undefined` while loading, `null` if the
 * results could not be read. It never throws: it is shown on the triage
 * outcome, and a failed read must not hide the advice above it.
 */
export function useChairStandResultsBetween(from: LocalDate, to: LocalDate): ChairStandEntry[] | null | undefined {
  return useLiveQuery(() => chairStandResultsBetween(from, to).catch(() => null), [from, to]);
}
