import type { Profile } from '../db/profile-schema';
import type { UnitSystem } from '../domain/units';

// The profile's choices in the same words wherever they are asked: in the
// welcome steps and in Settings.

export const UNIT_OPTIONS: ReadonlyArray<{ value: UnitSystem; label: string }> = [
  { value: 'metric', label: 'Metric (kg, cm)' },
  { value: 'imperial', label: 'Imperial (lb, feet and inches)' },
];

export const SEX_OPTIONS: ReadonlyArray<{ value: Profile['sex']; label: string }> = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'unspecified', label: 'Prefer not to say' },
];

export const SEX_HINT = 'Strength norms differ for women and men. If you prefer not to say, Regain shows both.';
export const YEAR_HINT = 'To compare your results with people of your age.';

export const yearOfBirthMessage = () => `Enter a year of birth between 1900 and ${new Date().getFullYear()}.`;
