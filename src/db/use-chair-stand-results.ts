import { useLiveQuery } from './use-live-query';
import { db } from './database';
import type { LogEntry } from './log-entry-schema';
import type { LocalDate } from '../domain/dates';

export type ChairStandEntry = Extract<LogEntry, { kind: 'chair-stand-30s' }>;

/** 30-second chair stand results from one day to another, both included, oldest first. */
export async function chairStandResultsBetween(from: LocalDate, to: LocalDate): Promise<ChairStandEntry[]> {
  const rows = await db.entries
    .where('[kind+day]')
    .between(['chair-stand-30s', from], ['chair-stand-30s', to], true, true)
    .toArray();
  return (rows as ChairStandEntry[]).sort((a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt));
}

/**
 * Live version for the screens: `undefined` while loading, `null` if the
 * results could not be read. It never throws: it is shown on the triage
 * outcome, and a failed read must not hide the advice above it.
 */
export function useChairStandResultsBetween(from: LocalDate, to: LocalDate): ChairStandEntry[] | null | undefined {
  return useLiveQuery(() => chairStandResultsBetween(from, to).catch(() => null), [from, to]);
}
