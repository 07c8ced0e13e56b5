import { isKnownEmergencyNumber, numbersForCountry } from './emergency-number';
import { countryName } from './regions';

const NUMBER_PATTERN = /^[0-9+*#]{2,15}$/;

export interface Choice {
  country: string;
  number: string;
}

export type Verdict = { ok: true; save: { region: string; emergencyNumber: string | undefined } } | { ok: false; error: string };

/**
 * Which country, and which number to dial there. A number that is not one of the
 * country's emergency numbers is kept only if the person saves it a second time:
 * "99" typed for the UK would otherwise show as "Call 99 now" everywhere.
 */
export function checkChoice(choice: Choice, confirmedOnce: string | null): Verdict {
  const number = choice.number.replace(/[\s-]/g, '');
  if (!choice.country) return { ok: false, error: 'Choose the country you are in.' };
  const known = numbersForCountry(choice.country);
  if (known && (number === '' || number === known.emergency)) {
    return { ok: true, save: { region: choice.country, emergencyNumber: undefined } };
  }
  if (number === '') return { ok: false, error: 'Enter the emergency number where you are, for example 112.' };
  if (!NUMBER_PATTERN.test(number)) return { ok: false, error: 'Enter the number using digits only, for example 112.' };
  if (isKnownEmergencyNumber(choice.country, number) || confirmedOnce === `${choice.country}:${number}`) {
    return { ok: true, save: { region: choice.country, emergencyNumber: number } };
  }
  const expected = known ? [known.emergency, ...known.alsoWorks].join(' or ') : null;
  return {
    ok: false,
    error: expected
      ? `${number} is not an emergency number in ${countryName(choice.country)} (it is ${expected}). Check the number. To use ${number} anyway, tap Save again.`
      : `We do not know the emergency numbers there. Check that ${number} is right, then tap Save again to use it.`,
  };
}
