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

/**
 * Rounds for display and drops trailing zeros ('150', not '150.0'), with
 * commas between thousands, exactly as Intl.NumberFormat('en') would, and never
 * '-0' for float noise like -0.00001. Written out rather than built on
 * Intl.NumberFormat: the browser's first NumberFormat loads number data, 60–260 ms
 * of the main thread at start-up here, and every screen shows a number early.
 * Only finite numbers reach it (the entry schemas refuse the rest).
 */
export function formatNumber(value: number, decimals: number): string {
  const magnitude = Math.abs(value);
  const shortest = String(magnitude);
  // Round the decimal a person reads (1.005 → 1.01), not the binary value just under it, as Intl does.
  const rounded = shortest.includes('e') ? magnitude : Math.round(Number(`${shortest}e${decimals}`)) / 10 ** decimals;
  const [whole = '', fraction = ''] = rounded.toFixed(decimals).split('.');
  const kept = fraction.replace(/0+$/, '');
  const digits = whole.replace(/\B(?=(\d{3})+$)/g, ',') + (kept ? `.${kept}` : '');
  return value < 0 && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

export function formatMass(kg: number, system: UnitSystem, decimals = 1): string {
  return `${formatNumber(fromCanonicalMass(kg, system), decimals)} ${massUnitLabel(system)}`;
}

export function formatLength(cm: number, system: UnitSystem, decimals = 1): string {
  return `${formatNumber(fromCanonicalLength(cm, system), decimals)} ${lengthUnitLabel(system)}`;
}
