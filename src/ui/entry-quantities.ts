// The one number each kind of entry holds, with its limits and how it converts
// between the person's units and the stored canonical units (kg, cm).
import type { LogEntry, LogEntryKind } from '../db/log-entry-schema';
import { describeLimit, MEASUREMENT_LIMITS, type MeasurementLimit } from '../domain/measurement-limits';
import {
  formatNumber,
  fromCanonicalLength,
  fromCanonicalMass,
  lengthUnitLabel,
  massUnitLabel,
  toCanonicalLength,
  toCanonicalMass,
  type UnitSystem,
} from '../domain/units';

export interface Quantity {
  /** The entry field that holds the number. */
  field: 'reps' | 'seconds' | 'cm' | 'kg' | 'grams' | 'steps';
  limit: MeasurementLimit;
  dimension: 'mass' | 'length' | 'none';
  /** Decimals shown and offered; 0 means whole numbers only. */
  decimals: number;
}

const L = MEASUREMENT_LIMITS;

export const QUANTITIES: Record<LogEntryKind, Quantity> = {
  'sit-to-stand-count': { field: 'reps', limit: L.dailySitToStandReps, dimension: 'none', decimals: 0 },
  'chair-stand-30s': { field: 'reps', limit: L.chairStandReps, dimension: 'none', decimals: 0 },
  'five-times-sit-to-stand': { field: 'seconds', limit: L.fiveTimesSitToStandSeconds, dimension: 'none', decimals: 1 },
  circumference: { field: 'cm', limit: L.circumferenceCm, dimension: 'length', decimals: 1 },
  weight: { field: 'kg', limit: L.weightKg, dimension: 'mass', decimals: 1 },
  grip: { field: 'kg', limit: L.gripKg, dimension: 'mass', decimals: 1 },
  protein: { field: 'grams', limit: L.proteinG, dimension: 'none', decimals: 1 },
  steps: { field: 'steps', limit: L.steps, dimension: 'none', decimals: 0 },
};

export function quantityValue(entry: LogEntry): number {
  return (entry as unknown as Record<Quantity['field'], number>)[QUANTITIES[entry.kind].field];
}

export function toUserUnits(q: Quantity, canonical: number, units: UnitSystem): number {
  if (q.dimension === 'mass') return fromCanonicalMass(canonical, units);
  if (q.dimension === 'length') return fromCanonicalLength(canonical, units);
  return canonical;
}

export function toCanonical(q: Quantity, value: number, units: UnitSystem): number {
  if (q.dimension === 'mass') return toCanonicalMass(value, units);
  if (q.dimension === 'length') return toCanonicalLength(value, units);
  return value;
}

/** 'lb', 'in', 'g', 'seconds', or '' for counts (the label already says what is counted). */
export function unitLabel(q: Quantity, units: UnitSystem): string {
  if (q.dimension === 'mass') return massUnitLabel(units);
  if (q.dimension === 'length') return lengthUnitLabel(units);
  if (q.limit.unit === 'g') return 'g';
  if (q.limit.unit === 's') return 'seconds';
  return '';
}

/** What may be entered, in the person's units: "Enter a weight between 45 and 771 lb." */
export function limitMessage(q: Quantity, units: UnitSystem): string {
  return describeLimit(q.limit, units);
}

/** A stored value for reading: "150 lb", "5,200", "13.2 seconds". */
export function formatQuantity(q: Quantity, canonical: number, units: UnitSystem): string {
  const unit = unitLabel(q, units);
  const number = formatNumber(toUserUnits(q, canonical, units), q.decimals);
  return unit ? `${number} ${unit}` : number;
}
