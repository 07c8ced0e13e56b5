// Storage is always kg and cm; imperial exists only at the edges (input and display).
// Stored values keep full precision and only display rounds: a kg value rounded to
// 1 decimal before storing would show 150 lb back as 149.9 or 150.1.

export type UnitSystem = 'metric' | 'imperial';

/** Exact by definition (International Yard and Pound Agreement, 1959). */
export const KG_PER_LB = 0.45359237;
/** Exact by definition. */
export const CM_PER_IN = 2.54;

export function toCanonicalMass(value: number, system: UnitSystem): number {
  return system === 'imperial' ? value * KG_PER_LB : value;
}

export function fromCanonicalMass(kg: number, system: UnitSystem): number {
  return system === 'imperial' ? kg / KG_PER_LB : kg;
}

export function toCanonicalLength(value: number, system: UnitSystem): number {
  return system === 'imperial' ? value * CM_PER_IN : value;
}

export function fromCanonicalLength(cm: number, system: UnitSystem): number {
  return system === 'imperial' ? cm / CM_PER_IN : cm;
}

export function massUnitLabel(system: UnitSystem): 'kg' | 'lb' {
  return system === 'imperial' ? 'lb' : 'kg';
}

export function lengthUnitLabel(system: UnitSystem): 'cm' | 'in' {
  return system === 'imperial' ? 'in' : 'cm';
}

// One formatter per number of decimals, built on first use: building an
// Intl.NumberFormat costs far more than using one (building one per call cost
// the Symptoms screen about 100 ms of start-up at 4x CPU slowdown), and charts
// and tables format thousands of numbers.
const numberFormats = new Map<number, Intl.NumberFormat>();

/**
 * Rounds for display and drops trailing zeros ('150', not '150.0').
 * signDisplay 'negative' keeps float noise like -0.00001 from showing as '-0'.
 */
export function formatNumber(value: number, decimals: number): string {
  let format = numberFormats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('en', { maximumFractionDigits: decimals, signDisplay: 'negative' });
    numberFormats.set(decimals, format);
  }
  return format.format(value);
}

export function formatMass(kg: number, system: UnitSystem, decimals = 1): string {
  return `${formatNumber(fromCanonicalMass(kg, system), decimals)} ${massUnitLabel(system)}`;
}

export function formatLength(cm: number, system: UnitSystem, decimals = 1): string {
  return `${formatNumber(fromCanonicalLength(cm, system), decimals)} ${lengthUnitLabel(system)}`;
}
