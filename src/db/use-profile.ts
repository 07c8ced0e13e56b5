import { useLiveQuery } from 'dexie-react-hooks';
import { db } from './database';
import { defaultProfile, PROFILE_ID, type Profile } from './profile-schema';

/** The person's profile, live: every screen updates when Settings changes it. */
export function useProfile(): Profile {
  return useLiveQuery(() => db.profile.get(PROFILE_ID), []) ?? defaultProfile();
}
