// Where the person lives, stored in the profile as a two-letter country code
// (ISO 3166-1), which emergency-number.ts turns into the number to call. We
// offer the countries whose numbers the clinical fact sheet gives (999 UK,
// 911 US and Canada, 112 EU, 000 Australia); anywhere else is "OTHER", and the
// emergency number then comes from the phone's language or the 112 fallback.

const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

export const REGION_CODES = ['GB', 'US', 'CA', 'AU', ...EU_MEMBER_STATES] as const;

export const OTHER_REGION = 'OTHER';

export interface RegionOption {
  code: string;
  name: string;
}

/** The countries by name, in the person's language and alphabetical order, then "Somewhere else". */
export function regionOptions(language?: string): RegionOption[] {
  const names = new Intl.DisplayNames(language, { type: 'region', fallback: 'code' });
  const countries = REGION_CODES.map((code) => ({ code, name: names.of(code) ?? code }));
  countries.sort((a, b) => a.name.localeCompare(b.name, language));
  return [...countries, { code: OTHER_REGION, name: 'Somewhere else' }];
}
