// Which number to call, by country. The numbers are from the clinical fact
// sheet ("Red flags and their urgency", emergency numbers by country).
//
// The person confirms their country; the phone's language is only a
// suggestion for that question, never the answer: an en-US phone abroad, or a
// phone set to plain "en", must not dial a guess. Until a country (or the
// person's own number) is saved, the app shows no number at all rather than
// a number that may be wrong.

export interface CountryNumbers {
  /** The number to show and dial. */
  readonly emergency: string;
  /** Other numbers that also reach the emergency services there (accepted when typed). */
  readonly alsoWorks: readonly string[];
  /** Said beside the number, e.g. "112 also works". */
  readonly note?: string;
  /** A same-day advice line that can be called, where the fact sheet names one. */
  readonly urgentLine?: {
    readonly number: string;
    readonly name: string;
    readonly where: string;
    /** Parts of the country the line does not serve. */
    readonly elsewhere?: string;
  };
}

const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

const EU_112: CountryNumbers = { emergency: '112', alsoWorks: [] };

/**
 * Fact sheet: UK 999 (112 also works); same-day advice on 111 in England and
 * Wales (NHS 111) and in Scotland (NHS 24). Northern Ireland has no such line
 * in the fact sheet, so the outcome names the usual places to turn there.
 */
const UK: CountryNumbers = {
  emergency: '999',
  alsoWorks: ['112'],
  note: '112 also works',
  urgentLine: { number: '111', name: 'NHS 111, or NHS 24 in Scotland', where: 'in England, Scotland or Wales', elsewhere: 'Northern Ireland' },
};

export const NUMBERS_BY_COUNTRY: Readonly<Record<string, CountryNumbers>> = {
  ...Object.fromEntries(EU_MEMBER_STATES.map((code) => [code, EU_112])),
  GB: UK,
  IE: { emergency: '112', alsoWorks: ['999'], note: '999 also works' },
  US: { emergency: '911', alsoWorks: [] },
  CA: { emergency: '911', alsoWorks: [] },
  MX: { emergency: '911', alsoWorks: [] },
  AU: { emergency: '000', alsoWorks: ['112'], note: '112 also works from a mobile' },
  NZ: { emergency: '111', alsoWorks: [] },
  IN: { emergency: '112', alsoWorks: [] },
  JP: { emergency: '119', alsoWorks: [], note: 'ambulance' },
  ZA: { emergency: '112', alsoWorks: ['10177'], note: 'from a mobile; 10177 for an ambulance' },
};

/** Codes people and some systems write for a country we know by another code. */
const ALIASES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** The stored value for "a country not in the list": the person types their own number. */
export const OTHER_COUNTRY = 'OTHER';

function canonical(country: string | undefined | null): string | null {
  if (!country) return null;
  const code = country.trim().toUpperCase();
  return ALIASES[code] ?? code;
}

export function numbersForCountry(country: string | undefined | null): CountryNumbers | null {
  const code = canonical(country);
  return code ? (NUMBERS_BY_COUNTRY[code] ?? null) : null;
}

/** Is this one of the numbers that reach the emergency services in that country? */
export function isKnownEmergencyNumber(country: string | undefined | null, number: string): boolean {
  const numbers = numbersForCountry(country);
  return numbers !== null && (numbers.emergency === number || numbers.alsoWorks.includes(number));
}

/** The two-letter region of a language tag: 'en-GB' → 'GB', 'zh-Hant-TW' → 'TW', 'en' → null. */
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

/** The country to offer first when asking, from the phone's language: a suggestion only. */
export function suggestedCountry(language: string | undefined | null): string | null {
  const region = regionFromLanguage(language);
  return region && numbersForCountry(region) ? region : null;
}

export type ResolvedEmergencyNumber =
  | {
      readonly status: 'known';
      readonly number: string;
      /** 'saved': the person typed it; 'country': the number for the country they chose. */
      readonly source: 'saved' | 'country';
      /** The confirmed country, when there is one (OTHER counts as none). */
      readonly country: string | null;
    }
  | {
      /** No country and no number saved: ask, and show no number meanwhile. */
      readonly status: 'unconfirmed';
      readonly suggestedCountry: string | null;
    };

export function resolveEmergencyNumber(
  saved: { emergencyNumber?: string | undefined; region?: string | undefined },
  language: string | undefined | null,
): ResolvedEmergencyNumber {
  const country = canonical(saved.region);
  const knownCountry = country && numbersForCountry(country) ? country : null;
  const own = saved.emergencyNumber?.trim();
  if (own) return { status: 'known', number: own, source: 'saved', country: knownCountry };
  if (knownCountry) {
    return { status: 'known', number: numbersForCountry(knownCountry)!.emergency, source: 'country', country: knownCountry };
  }
  return { status: 'unconfirmed', suggestedCountry: suggestedCountry(language) };
}

/** A tel: address for a number: '#' must be escaped or the browser cuts the number there. */
export function telHref(number: string): string {
  return `tel:${number.replace(/\s+/g, '').replace(/#/g, '%23')}`;
}
