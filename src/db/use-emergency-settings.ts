import { useLiveQuery } from './use-live-query';
import { db } from './database';
import { PROFILE_ID } from './profile-defaults';
import type { Profile } from './profile-schema';

export type EmergencySettings = Pick<Profile, 'emergencyNumber' | 'region'>;

/**
 * The saved emergency number and region, live. `undefined` only while loading.
 * A database that cannot be read gives empty settings rather than an error:
 * the emergency screen must still show a number to call (the default).
 */
export function useEmergencySettings(): EmergencySettings | undefined {
  return useLiveQuery(async () => {
    try {
      const profile = await db.profile.get(PROFILE_ID);
      return { emergencyNumber: profile?.emergencyNumber, region: profile?.region };
    } catch {
      return {};
    }
  }, []);
}
