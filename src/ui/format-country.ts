/**
 * The country whose conventions dates and times follow (the one the person
 * confirmed, src/domain/regions.ts): set by the app shell from the profile,
 * read by the formatters. Until a country is confirmed, British conventions.
 * A plain variable, not a store: it changes only in Settings, which re-renders.
 */
let country: string | undefined;

export function setFormatCountry(region: string | undefined): void {
  country = region;
}

/** The English locale for the chosen country: "en-US", "en-GB"… */
export function formatLocale(): string {
  return `en-${country ?? 'GB'}`;
}

/** Countries that write the month before the day ("December 2, 2026"). */
const MONTH_FIRST = new Set(['US', 'CA', 'PH']);

export function monthFirst(): boolean {
  return MONTH_FIRST.has(country ?? '');
}
