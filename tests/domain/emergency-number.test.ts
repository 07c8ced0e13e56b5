import { describe, expect, it } from 'vitest';
import {
  isKnownEmergencyNumber,
  numbersForCountry,
  regionFromLanguage,
  resolveEmergencyNumber,
  suggestedCountry,
  telHref,
} from '../../src/domain/emergency-number';
import { regionOptions, countryName } from '../../src/domain/regions';

describe('numbers by country (FACTS.md)', () => {
  it.each([
    ['GB', '999'],
    ['IE', '112'],
    ['DE', '112'],
    ['FR', '112'],
    ['US', '911'],
    ['CA', '911'],
    ['MX', '911'],
    ['AU', '000'],
    ['NZ', '111'],
    ['IN', '112'],
    ['JP', '119'],
    ['ZA', '112'],
  ])('%s dials %s', (country, number) => {
    expect(numbersForCountry(country)?.emergency).toBe(number);
  });

  it('knows the other numbers that also work, and nothing else', () => {
    expect(isKnownEmergencyNumber('GB', '112')).toBe(true);
    expect(isKnownEmergencyNumber('IE', '999')).toBe(true);
    expect(isKnownEmergencyNumber('AU', '112')).toBe(true);
    expect(isKnownEmergencyNumber('ZA', '10177')).toBe(true);
    expect(isKnownEmergencyNumber('GB', '99')).toBe(false);
    expect(isKnownEmergencyNumber('US', '999')).toBe(false);
    expect(isKnownEmergencyNumber('NZ', '911')).toBe(false);
    expect(isKnownEmergencyNumber('OTHER', '112')).toBe(false);
  });

  it('offers NHS 111 for same-day advice only in the UK', () => {
    expect(numbersForCountry('GB')?.urgentLine?.number).toBe('111');
    expect(numbersForCountry('NZ')?.urgentLine).toBeUndefined();
    expect(numbersForCountry('US')?.urgentLine).toBeUndefined();
  });

  it('accepts UK and EL as aliases, in any case', () => {
    expect(numbersForCountry('uk')?.emergency).toBe('999');
    expect(numbersForCountry('EL')?.emergency).toBe('112');
  });

  it('lists every country it knows by name, then "Somewhere else"', () => {
    const options = regionOptions('en');
    expect(options.at(-1)).toEqual({ code: 'OTHER', name: 'Somewhere else' });
    expect(options.map((o) => o.code)).toEqual(expect.arrayContaining(['GB', 'US', 'NZ', 'IN', 'JP', 'ZA', 'MX', 'IE']));
  });
});

describe('country names', () => {
  it('are in English, as the rest of the app, whatever the phone’s language', () => {
    expect(countryName('JP')).toBe('Japan');
    expect(regionOptions().find((o) => o.code === 'JP')?.name).toBe('Japan');
  });
});

describe('the language only suggests a country', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['en-NZ', 'NZ'],
    ['en-IN', 'IN'],
    ['ja-JP', 'JP'],
    ['es-MX', 'MX'],
    ['en', null],
    ['es-419', null],
    ['not a tag', null],
  ])('%s suggests %s', (language, country) => {
    expect(suggestedCountry(language)).toBe(country);
  });

  it('reads the region of a tag with a script', () => {
    expect(regionFromLanguage('zh-Hant-TW')).toBe('TW');
  });

  it.each(['en-GB', 'en-US', 'en-NZ', 'en-IN', 'ja-JP', 'en'])('%s with nothing saved dials nothing', (language) => {
    expect(resolveEmergencyNumber({}, language).status).toBe('unconfirmed');
  });
});

describe('resolveEmergencyNumber', () => {
  it('uses the confirmed country, whatever the language', () => {
    expect(resolveEmergencyNumber({ region: 'GB' }, 'en-US')).toEqual({ status: 'known', number: '999', source: 'country', country: 'GB' });
    expect(resolveEmergencyNumber({ region: 'NZ' }, 'en-GB')).toMatchObject({ number: '111' });
  });

  it('uses the person’s own number over the country’s', () => {
    expect(resolveEmergencyNumber({ region: 'GB', emergencyNumber: '112' }, 'en-GB')).toEqual({
      status: 'known',
      number: '112',
      source: 'saved',
      country: 'GB',
    });
  });

  it('somewhere else with a typed number dials it; without one asks', () => {
    expect(resolveEmergencyNumber({ region: 'OTHER', emergencyNumber: '123' }, 'en')).toMatchObject({ status: 'known', number: '123', country: null });
    expect(resolveEmergencyNumber({ region: 'OTHER' }, 'en-GB')).toEqual({ status: 'unconfirmed', suggestedCountry: 'GB' });
  });
});

describe('telHref', () => {
  it('strips spaces and escapes #', () => {
    expect(telHref('1 1 2')).toBe('tel:112');
    expect(telHref('*99#')).toBe('tel:*99%23');
  });
});
