// Height is stored in cm like every length; people who use imperial units know
// their height in feet and inches, so that is how it is entered and shown.
import { describeLimit, type MeasurementLimit } from './measurement-limits';
import { CM_PER_IN, formatNumber, type UnitSystem } from './units';

/** Bounds that catch typos, not clinical limits (a product choice, like measurement-limits.ts). */
export const HEIGHT_LIMIT = { min: 50, max: 250, unit: 'cm', noun: 'a height' } as const satisfies MeasurementLimit;

const INCHES_PER_FOOT = 12;

export interface FeetAndInches {
  feet: number;
  inches: number;
}

/**
 * 170 cm → 5 ft 6.9 in. The total is rounded to a tenth of an inch before it
 * is split, so 71.96 in becomes 6 ft 0 in rather than "5 ft 12 in".
 */
export function cmToFeetAndInches(cm: number): FeetAndInches {
  const tenths = Math.round((cm / CM_PER_IN) * 10);
  const feet = Math.floor(tenths / (INCHES_PER_FOOT * 10));
  return { feet, inches: (tenths - feet * INCHES_PER_FOOT * 10) / 10 };
}

export function feetAndInchesToCm(feet: number, inches: number): number {
  return (feet * INCHES_PER_FOOT + inches) * CM_PER_IN;
}

export function formatHeight(cm: number, system: UnitSystem): string {
  if (system === 'metric') return `${formatNumber(cm, 1)} cm`;
  const { feet, inches } = cmToFeetAndInches(cm);
  return `${feet} ft ${formatNumber(inches, 1)} in`;
}

function formatWholeInches(totalInches: number): string {
  return `${Math.floor(totalInches / INCHES_PER_FOOT)} ft ${totalInches % INCHES_PER_FOOT} in`;
}

/** What a person may enter, in their units: "Enter a height between 1 ft 8 in and 8 ft 2 in." */
export function describeHeightLimit(system: UnitSystem): string {
  if (system === 'metric') return describeLimit(HEIGHT_LIMIT, 'metric');
  // Rounded inward, so both ends offered convert back inside the cm bounds.
  const min = Math.ceil(HEIGHT_LIMIT.min / CM_PER_IN);
  const max = Math.floor(HEIGHT_LIMIT.max / CM_PER_IN);
  return `Enter ${HEIGHT_LIMIT.noun} between ${formatWholeInches(min)} and ${formatWholeInches(max)}.`;
}
