// Which number to call in an emergency. The numbers are from the clinical fact
// sheet (/work/shared/FACTS.md, "Red flags and their urgency": 999 UK, 911
// US/Canada, 112 EU, 000 Australia; NHS, American Stroke Association).
//
// The person's own saved number always wins. Without one, the region decides:
// the region saved in the profile, else the region of the browser's language
// (en-GB → GB). Where neither names a country we know, we fall back to 112 and
// say so, so the person is asked to check it. That fallback is a product
// choice: 112 is the EU number and the international mobile emergency number,
// the best single guess, but only the person can confirm where they live.

const EU_COUNTRIES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

const NUMBER_BY_REGION: Readonly<Record<string, string>> = {
  GB: '999',
  UK: '999', // not an ISO code, but people and some systems write it
  US: '911',
  CA: '911',
  AU: '000',
  ...Object.fromEntries(EU_COUNTRIES.map((code) => [code, '112'])),
  EL: '112', // Greece's EU code
};

export const FALLBACK_EMERGENCY_NUMBER = '112';

/** The emergency number for a region code (GB, us, DE …), or null if we do not know it. */
export function emergencyNumberForRegion(region: string | undefined | null): string | null {
  if (!region) return null;
  return NUMBER_BY_REGION[region.trim().toUpperCase()] ?? null;
}

/** The two-letter region of a language tag: 'en-GB' → 'GB', 'zh-Hant-TW' → 'TW', 'de' → null. */
export function regionFromLanguage(language: string | undefined | null): string | null {
  if (!language) return null;
  let region: string | undefined;
  try {
    region = new Intl.Locale(language).region;
  } catch {
    return null; // not a valid tag
  }
  // Numeric regions such as 419 (Latin America) are not countries.
  return region && /^[A-Z]{2}$/.test(region) ? region : null;
}

export type EmergencyNumberSource = 'saved' | 'region' | 'language' | 'fallback';

export interface ResolvedEmergencyNumber {
  number: string;
  /** Where it came from: the UI asks the person to check a fallback. */
  source: EmergencyNumberSource;
  /** The region it was chosen for, when one was. */
  region: string | null;
}

export function resolveEmergencyNumber(
  saved: { emergencyNumber?: string | undefined; region?: string | undefined },
  language: string | undefined | null,
): ResolvedEmergencyNumber {
  const own = saved.emergencyNumber?.trim();
  if (own) return { number: own, source: 'saved', region: saved.region?.toUpperCase() ?? null };
  const fromRegion = emergencyNumberForRegion(saved.region);
  if (fromRegion) return { number: fromRegion, source: 'region', region: saved.region!.trim().toUpperCase() };
  const languageRegion = regionFromLanguage(language);
  const fromLanguage = emergencyNumberForRegion(languageRegion);
  if (fromLanguage) return { number: fromLanguage, source: 'language', region: languageRegion };
  return { number: FALLBACK_EMERGENCY_NUMBER, source: 'fallback', region: null };
}

/** A tel: address for a number: '#' must be escaped or the browser cuts the number there. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '').replace(/#/g, '%23')}`;
}
