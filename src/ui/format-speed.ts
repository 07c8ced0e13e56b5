import { CM_PER_IN, formatNumber, type UnitSystem } from '../domain/units';

/** Metres per foot, from the inch (exact by definition). */
const METRES_PER_FOOT = (12 * CM_PER_IN) / 100;

/** "0.9 m/s", or "3 ft/s" in imperial units. */
export function formatSpeed(metresPerSecond: number, units: UnitSystem): string {
  return units === 'imperial' ? `${formatNumber(metresPerSecond / METRES_PER_FOOT, 1)} ft/s` : `${formatNumber(metresPerSecond, 2)} m/s`;
}

/** "4 metres (13 feet)" in imperial units, "4 metres" otherwise. */
export function formatCourse(metres: number, units: UnitSystem): string {
  return units === 'imperial' ? `${metres} metres (${formatNumber(metres / METRES_PER_FOOT, 0)} feet)` : `${metres} metres`;
}
