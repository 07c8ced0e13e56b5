import { describe, expect, it } from 'vitest';
import {
  emergencyNumberForRegion,
  FALLBACK_EMERGENCY_NUMBER,
  regionFromLanguage,
  resolveEmergencyNumber,
  telHref,
} from '../../src/domain/emergency-number';

// FACTS.md, "Red flags and their urgency": 999 UK, 911 US/Canada, 112 EU, 000 Australia.
describe('emergencyNumberForRegion', () => {
  it.each([
    ['GB', '999'],
    ['UK', '999'],
    ['gb', '999'],
    ['US', '911'],
    ['CA', '911'],
    ['AU', '000'],
    ['DE', '112'],
    ['FR', '112'],
    ['IE', '112'],
    ['ES', '112'],
    ['PL', '112'],
    ['GR', '112'],
    ['SE', '112'],
  ])('%s → %s', (region, number) => {
    expect(emergencyNumberForRegion(region)).toBe(number);
  });

  it('knows all 27 EU countries', () => {
    const eu = 'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE'.split(' ');
    expect(eu).toHaveLength(27);
    expect(eu.filter((code) => emergencyNumberForRegion(code) !== '112')).toEqual([]);
  });

  it.each([['JP'], ['TW'], [''], [undefined], ['XX']])('does not guess for %s', (region) => {
    expect(emergencyNumberForRegion(region)).toBeNull();
  });
});

describe('regionFromLanguage', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['fr-CA', 'CA'],
    ['en-AU', 'AU'],
    ['de-DE', 'DE'],
    ['zh-Hant-TW', 'TW'],
    ['en-gb', 'GB'],
  ])('%s → %s', (language, region) => {
    expect(regionFromLanguage(language)).toBe(region);
  });

  it.each([['de'], ['es-419'], ['not a tag!'], [''], [null]])('finds no country in %s', (language) => {
    expect(regionFromLanguage(language)).toBeNull();
  });
});

describe('resolveEmergencyNumber', () => {
  it('uses the number the person saved, over region and language', () => {
    expect(resolveEmergencyNumber({ emergencyNumber: '112', region: 'GB' }, 'en-US')).toEqual({
      number: '112',
      source: 'saved',
      region: 'GB',
    });
  });

  it('uses the saved region before the language', () => {
    expect(resolveEmergencyNumber({ region: 'AU' }, 'en-GB')).toEqual({ number: '000', source: 'region', region: 'AU' });
  });

  it('defaults from the region of the browser language', () => {
    expect(resolveEmergencyNumber({}, 'en-GB')).toEqual({ number: '999', source: 'language', region: 'GB' });
    expect(resolveEmergencyNumber({}, 'en-US')).toEqual({ number: '911', source: 'language', region: 'US' });
    expect(resolveEmergencyNumber({ region: 'JP' }, 'de-AT')).toEqual({ number: '112', source: 'language', region: 'AT' });
  });

  it('falls back to 112, marked as a guess, when no country is known', () => {
    expect(resolveEmergencyNumber({}, 'de')).toEqual({ number: FALLBACK_EMERGENCY_NUMBER, source: 'fallback', region: null });
    expect(resolveEmergencyNumber({}, 'ja-JP').source).toBe('fallback');
    expect(FALLBACK_EMERGENCY_NUMBER).toBe('112');
  });

  it('ignores a blank saved number', () => {
    expect(resolveEmergencyNumber({ emergencyNumber: '  ' }, 'en-GB').number).toBe('999');
  });
});

describe('telHref', () => {
  it('makes a tel: address, escaping # so the whole number is dialled', () => {
    expect(telHref('999')).toBe('tel:999');
    expect(telHref('+44 20 7946 0000')).toBe('tel:+442079460000');
    expect(telHref('*112#')).toBe('tel:*112%23');
  });
});
