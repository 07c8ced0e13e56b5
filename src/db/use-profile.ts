import { useLiveQuery } from './use-live-query';
import { db } from './database';
import { defaultProfile, PROFILE_ID } from './profile-defaults';
import type { Profile } from './profile-schema';

/** The person's profile, live: every screen updates when Settings changes it. */
export function useProfile(): Profile {
  return useLiveQuery(() => db.profile.get(PROFILE_ID), []) ?? defaultProfile();
}
