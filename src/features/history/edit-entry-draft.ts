import type { LogEntry, LogEntryKind } from '../../db/log-entry-schema';
import type { LocalDate } from '../../domain/dates';
import type { UnitSystem } from '../../domain/units';
import { QUANTITIES, quantityValue, toCanonical, toUserUnits } from '../../ui/entry-quantities';
import { parseNumberText, toNumberText } from '../../ui/number-text';

export type Side = 'left' | 'right';
export type Site = 'calf' | 'thigh' | 'upper-arm';
export type Scope = 'meal' | 'day';

/** The edit form's fields as typed; only those that fit the entry's kind are shown. */
export interface EditDraft {
  day: LocalDate;
  /** The entry's number, in the person's units. */
  value: string;
  side: Side;
  site: Site;
  scope: Scope;
  note: string;
}

/** The label of the number being edited. */
export const VALUE_LABELS: Record<LogEntryKind, string> = {
  'sit-to-stand-count': 'Sit-to-stand reps',
  'chair-stand-30s': 'Stands',
  'five-times-sit-to-stand': 'Time',
  circumference: 'Measurement',
  weight: 'Body weight',
  grip: 'Grip strength',
  protein: 'Protein',
  steps: 'Steps',
};

export function draftFrom(entry: LogEntry, units: UnitSystem): EditDraft {
  const quantity = QUANTITIES[entry.kind];
  return {
    day: entry.day,
    value: toNumberText(toUserUnits(quantity, quantityValue(entry), units), quantity.decimals),
    side: 'side' in entry ? entry.side : 'left',
    site: entry.kind === 'circumference' ? entry.site : 'calf',
    scope: entry.kind === 'protein' ? entry.scope : 'meal',
    note: entry.note ?? '',
  };
}

/** The entry as the draft would change it; still to be checked against its schema. */
export function applyDraft(entry: LogEntry, draft: EditDraft, initial: EditDraft, units: UnitSystem): LogEntry {
  const quantity = QUANTITIES[entry.kind];
  const typed = parseNumberText(draft.value);
  // A number left as shown keeps its stored value exactly: converting the rounded
  // display back (68.04 kg shown as 150 lb) would move it a little every edit.
  const value =
    draft.value === initial.value ? quantityValue(entry) : typed === null ? Number.NaN : toCanonical(quantity, typed, units);
  const next: Record<string, unknown> = { ...entry, day: draft.day, [quantity.field]: value };
  if ('side' in entry) next.side = draft.side;
  if (entry.kind === 'circumference') next.site = draft.site;
  if (entry.kind === 'protein') next.scope = draft.scope;
  const note = draft.note.trim();
  if (note) next.note = note;
  else delete next.note;
  return next as LogEntry;
}
