import { useEmergencySettings } from '../../db/use-emergency-settings';
import { resolveEmergencyNumber, type ResolvedEmergencyNumber } from '../../domain/emergency-number';
import { useHydrated } from '../../ui/use-hydrated';

/** The number to call, once the saved settings are read; `loading` until then. */
export type EmergencyNumber = ResolvedEmergencyNumber | { readonly status: 'loading' };

/**
 * The number to call: the person's own if saved, else their confirmed
 * country's. While the settings are being read it is `loading`, and with no
 * country confirmed it is `unconfirmed`: both show no number, so a tap can
 * never dial a guess that the saved number then replaces.
 */
export function useEmergencyNumber(): EmergencyNumber {
  const settings = useEmergencySettings();
  // The browser's language (only a suggestion for the country question) is read
  // after hydration, so the prerendered page and the first client render agree.
  const language = useHydrated() ? navigator.language : null;
  if (settings === undefined) return { status: 'loading' };
  return resolveEmergencyNumber(settings, language);
}

/** The number to dial, or null while it is not known. */
export function knownNumber(emergency: EmergencyNumber): string | null {
  return emergency.status === 'known' ? emergency.number : null;
}
