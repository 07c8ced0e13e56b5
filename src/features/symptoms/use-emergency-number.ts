import { useEmergencySettings } from '../../db/use-emergency-settings';
import { resolveEmergencyNumber, type ResolvedEmergencyNumber } from '../../domain/emergency-number';
import { useHydrated } from '../../ui/use-hydrated';

export interface EmergencyNumber extends ResolvedEmergencyNumber {
  /** False for the few milliseconds before the saved settings are read. */
  loaded: boolean;
}

/**
 * The number to call: the person's own if saved, else their region's, else
 * the one for the region of the browser's language. Until the profile has been
 * read it is the language default, never nothing: the emergency screen must
 * always show a number to call.
 */
export function useEmergencyNumber(): EmergencyNumber {
  const settings = useEmergencySettings();
  // The browser's language is read only after hydration, so the prerendered
  // page and the first client render agree.
  const language = useHydrated() ? navigator.language : null;
  return { ...resolveEmergencyNumber(settings ?? {}, language), loaded: settings !== undefined };
}
