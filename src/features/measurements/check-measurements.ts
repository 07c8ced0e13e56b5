import type { NewLogEntry } from '../../db/entries-repository';
import { entryProblems } from '../../db/entry-checks';
import { leftRightGap } from '../../domain/calf-norms';
import type { LocalDate } from '../../domain/dates';
import type { UnitSystem } from '../../domain/units';
import { limitMessage, QUANTITIES, toCanonical } from '../../ui/entry-quantities';
import { parseNumberText } from '../../ui/number-text';
import { MEASUREMENT_FIELDS, type ProteinScope } from './measurement-fields';

export interface MeasurementDraft {
  day: LocalDate;
  /** What is typed in each number field, by field name, in the person's units. */
  values: Record<string, string>;
  proteinScope: ProteinScope;
  note: string;
}

export interface MeasurementCheck {
  /** One entry per filled field, in canonical units. Save them only when `errors` is empty. */
  entries: NewLogEntry[];
  /** Field name (or 'day', 'note', 'form') → the sentence to show beside it. */
  errors: Record<string, string>;
}

/** Turns the form into entries and checks each with the record schema; empty fields are skipped. */
export function checkMeasurements(draft: MeasurementDraft, units: UnitSystem): MeasurementCheck {
  const errors: Record<string, string> = {};
  const entries: NewLogEntry[] = [];
  const note = draft.note.trim();
  for (const field of MEASUREMENT_FIELDS) {
    const text = draft.values[field.name] ?? '';
    if (text.trim() === '') continue;
    const quantity = QUANTITIES[field.kind];
    const typed = parseNumberText(text);
    const value = typed === null ? Number.NaN : toCanonical(quantity, typed, units);
    const entry = field.build(value, { day: draft.day, proteinScope: draft.proteinScope });
    if (note) entry.note = note;
    const problems = entryProblems(entry);
    // The schema words its limits in metric; say them again in the person's own units.
    if (problems[quantity.field]) errors[field.name] = limitMessage(quantity, units);
    if (problems.day) errors.day ??= problems.day;
    if (problems.note) errors.note ??= problems.note;
    entries.push(entry);
  }
  if (entries.length === 0) errors.form = 'Fill in at least one measurement, then tap Save.';
  return { entries, errors };
}

/**
 * The left–right gap at one site in cm, when both sides hold valid numbers
 * and the gap is big enough to point out (2 cm or more); otherwise null.
 */
export function flaggedGapCm(values: Record<string, string>, site: 'calf' | 'thigh', units: UnitSystem): number | null {
  const quantity = QUANTITIES.circumference;
  const sides = [values[`${site}-left`], values[`${site}-right`]].map((text) => parseNumberText(text ?? ''));
  if (sides[0] == null || sides[1] == null) return null;
  const [left, right] = sides.map((typed) => toCanonical(quantity, typed!, units)) as [number, number];
  const inRange = (cm: number) => cm >= quantity.limit.min && cm <= quantity.limit.max;
  if (!inRange(left) || !inRange(right)) return null;
  const gap = leftRightGap(left, right);
  return gap.flagged ? gap.gapCm : null;
}
