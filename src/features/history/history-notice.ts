import type { LogEntry } from '../../db/log-entry-schema';
import type { UnitSystem } from '../../domain/units';
import { entrySummary } from '../../ui/describe-entry';

/**
 * What just happened to an entry, for the notice at the top of History. It
 * keeps the entry, not a sentence, so the sentence is worded in the units the
 * profile has once it has loaded.
 */
export type HistoryNotice =
  | { kind: 'saved'; entry: LogEntry }
  | { kind: 'deleted'; entry: LogEntry }
  | { kind: 'restored'; entry: LogEntry };

/** What the edit screen hands to History (router state) when it sends the person back. */
export type HistoryArrival = HistoryNotice | null;

export function noticeMessage(notice: HistoryNotice, units: UnitSystem): string {
  const summary = entrySummary(notice.entry, units);
  if (notice.kind === 'saved') return `Saved your changes: ${summary}.`;
  if (notice.kind === 'deleted') return `Deleted ${summary}.`;
  return `Put back ${summary}.`;
}
