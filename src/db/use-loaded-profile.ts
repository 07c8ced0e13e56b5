import { useLiveQuery } from './use-live-query';
import { db } from './database';
import { defaultProfile, PROFILE_ID } from './profile-defaults';
import type { Profile } from './profile-schema';

/**
 * The profile, live, but `undefined` until it has been read. Forms that fill
 * their fields from it wait for this: filling them from the metric default
 * and then switching to imperial would show a person's 150 lb as 150 kg.
 */
export function useLoadedProfile(): Profile | undefined {
  return useLiveQuery(async () => (await db.profile.get(PROFILE_ID)) ?? defaultProfile(), []);
}
