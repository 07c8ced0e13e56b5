import type { Profile } from '../../db/profile-schema';
import { cmToFeetAndInches, feetAndInchesToCm } from '../../domain/height';
import type { UnitSystem } from '../../domain/units';
import { parseNumberText, toNumberText } from '../../ui/number-text';

export interface HeightDraft {
  /** Metric: centimetres as typed. */
  cm: string;
  /** Imperial: feet and inches as typed. */
  feet: string;
  inches: string;
  /**
   * The stored height these boxes show, while the person has not typed in them:
   * switching units back and forth then never rounds it (170 cm stays 170 cm).
   */
  shownCm: number | null;
}

/** The settings form as typed. */
export interface SettingsDraft {
  yearOfBirth: string;
  sex: Profile['sex'];
  height: HeightDraft;
  units: UnitSystem;
  region: string;
  kidneyDisease: 'yes' | 'no';
}

export function heightDraft(cm: number | undefined, units: UnitSystem): HeightDraft {
  if (cm === undefined) return { cm: '', feet: '', inches: '', shownCm: null };
  if (units === 'metric') return { cm: toNumberText(cm, 1), feet: '', inches: '', shownCm: cm };
  const { feet, inches } = cmToFeetAndInches(cm);
  return { cm: '', feet: String(feet), inches: String(inches), shownCm: cm };
}

/** The height in cm: undefined when left empty, NaN when it is not a height. */
export function heightFromDraft(height: HeightDraft, units: UnitSystem): number | undefined {
  if (height.shownCm !== null) return height.shownCm;
  if (units === 'metric') {
    if (height.cm.trim() === '') return undefined;
    return parseNumberText(height.cm) ?? Number.NaN;
  }
  if (height.feet.trim() === '' && height.inches.trim() === '') return undefined;
  const feet = height.feet.trim() === '' ? 0 : parseNumberText(height.feet);
  const inches = height.inches.trim() === '' ? 0 : parseNumberText(height.inches);
  // 5 ft 14 in is a typo, not 6 ft 2 in.
  if (feet === null || inches === null || inches < 0 || inches >= 12) return Number.NaN;
  return feetAndInchesToCm(feet, inches);
}

export function draftFromProfile(profile: Profile): SettingsDraft {
  return {
    yearOfBirth: profile.yearOfBirth === undefined ? '' : String(profile.yearOfBirth),
    sex: profile.sex,
    height: heightDraft(profile.heightCm, profile.units),
    units: profile.units,
    region: profile.region ?? '',
    kidneyDisease: profile.kidneyDisease ? 'yes' : 'no',
  };
}

/** The draft in the other units: the height boxes are refilled in the new units. */
export function switchUnits(draft: SettingsDraft, units: UnitSystem): SettingsDraft {
  if (units === draft.units) return draft;
  const cm = heightFromDraft(draft.height, draft.units);
  const height = cm === undefined || Number.isNaN(cm) ? heightDraft(undefined, units) : heightDraft(cm, units);
  return { ...draft, units, height };
}

export type ProfileChanges = Partial<Omit<Profile, 'id' | 'updatedAt'>>;

/**
 * What the draft would save. Cleared fields are given as `undefined` on
 * purpose: saveProfile merges changes into the stored profile, so leaving them
 * out would keep the old value.
 */
export function changesFromDraft(draft: SettingsDraft): ProfileChanges {
  const year = draft.yearOfBirth.trim() === '' ? undefined : (parseNumberText(draft.yearOfBirth) ?? Number.NaN);
  return {
    yearOfBirth: year,
    sex: draft.sex,
    heightCm: heightFromDraft(draft.height, draft.units),
    units: draft.units,
    region: draft.region || undefined,
    kidneyDisease: draft.kidneyDisease === 'yes',
  };
}
