// Where the person lives, stored in the profile as a two-letter country code
// (ISO 3166-1), which emergency-number.ts turns into the number to call. We
// offer the countries whose numbers the clinical fact sheet gives; anywhere
// else is "OTHER", and the person types their own emergency number.
import { NUMBERS_BY_COUNTRY, OTHER_COUNTRY } from './emergency-number';

export const REGION_CODES = Object.keys(NUMBERS_BY_COUNTRY);

export const OTHER_REGION = OTHER_COUNTRY;

export interface RegionOption {
  code: string;
  name: string;
}

/**
 * Country names are in the app's own language, English, like every other word
 * on the screen: a Japanese phone showed "日本" in an English sentence.
 */
const APP_LANGUAGE = 'en';

/** A country's name ("United Kingdom"), or its code if the browser has none. */
export function countryName(code: string, language = APP_LANGUAGE): string {
  if (code === OTHER_REGION) return 'Somewhere else';
  try {
    return new Intl.DisplayNames(language, { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries by name, in alphabetical order, then "Somewhere else". */
export function regionOptions(language = APP_LANGUAGE): RegionOption[] {
  const countries = REGION_CODES.map((code) => ({ code, name: countryName(code, language) }));
  countries.sort((a, b) => a.name.localeCompare(b.name, language));
  return [...countries, { code: OTHER_REGION, name: 'Somewhere else' }];
}
