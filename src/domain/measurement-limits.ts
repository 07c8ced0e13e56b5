// Bounds for what a person can enter, in canonical units. They are product choices
// that catch typos (a 7 typed as 70), not clinical limits; zod schemas in src/db use them.
import { formatNumber, fromCanonicalLength, fromCanonicalMass, lengthUnitLabel, massUnitLabel } from './units';
import type { UnitSystem } from './units';

export type LimitUnit = 'reps' | 's' | 'cm' | 'kg' | 'g' | 'steps';

export interface MeasurementLimit {
  min: number;
  max: number;
  unit: LimitUnit;
  /** What the person is entering, worded to follow "Enter". */
  noun: string;
}

export const MEASUREMENT_LIMITS = {
  chairStandReps: { min: 0, max: 60, unit: 'reps', noun: 'a number of stands' },
  // A day's total of practice sit-to-stands (several sets), not a timed test: a product choice.
  dailySitToStandReps: { min: 0, max: 500, unit: 'reps', noun: 'a number of sit-to-stands' },
  fiveTimesSitToStandSeconds: { min: 3, max: 120, unit: 's', noun: 'a time' },
  circumferenceCm: { min: 10, max: 100, unit: 'cm', noun: 'a measurement' },
  weightKg: { min: 20, max: 350, unit: 'kg', noun: 'a weight' },
  gripKg: { min: 0, max: 100, unit: 'kg', noun: 'a grip strength' },
  proteinG: { min: 0, max: 400, unit: 'g', noun: 'an amount of protein' },
  steps: { min: 0, max: 100000, unit: 'steps', noun: 'a number of steps' },
} as const satisfies Record<string, MeasurementLimit>;

export type MeasurementKind = keyof typeof MEASUREMENT_LIMITS;

interface LimitInUserUnits {
  min: number;
  max: number;
  decimals: number;
  label: string;
}

function inUserUnits(limit: MeasurementLimit, system: UnitSystem): LimitInUserUnits {
  const { min, max } = limit;
  switch (limit.unit) {
    case 'kg': {
      const toUser = (kg: number) => fromCanonicalMass(kg, system);
      return { min: toUser(min), max: toUser(max), decimals: 0, label: massUnitLabel(system) };
    }
    case 'cm': {
      const toUser = (cm: number) => fromCanonicalLength(cm, system);
      const decimals = system === 'imperial' ? 1 : 0;
      return { min: toUser(min), max: toUser(max), decimals, label: lengthUnitLabel(system) };
    }
    case 's':
      return { min, max, decimals: 0, label: 'seconds' };
    case 'g':
      return { min, max, decimals: 0, label: 'g' };
    case 'reps':
    case 'steps':
      // The noun already says what is counted.
      return { min, max, decimals: 0, label: '' };
  }
}

// Round inward (min up, max down) so every number the message offers is one the
// canonical check accepts: 20 kg is 44.09 lb, and 44 lb (19.96 kg) would be refused.
// The 1e-9 stops float noise (e.g. 40.000000001) from pushing a bound a whole step.
function roundInward(min: number, max: number, decimals: number): { min: number; max: number } {
  const f = 10 ** decimals;
  return { min: Math.ceil(min * f - 1e-9) / f, max: Math.floor(max * f + 1e-9) / f };
}

export function describeLimit(limit: MeasurementLimit, system: UnitSystem): string {
  const converted = inUserUnits(limit, system);
  const { min, max } = roundInward(converted.min, converted.max, converted.decimals);
  const unit = converted.label ? ` ${converted.label}` : '';
  const fmt = (n: number) => formatNumber(n, converted.decimals);
  return `Enter ${limit.noun} between ${fmt(min)} and ${fmt(max)}${unit}.`;
}
