import type { Profile } from './profile-schema';

// The profile's id and defaults, apart from its zod schema: screens that only
// read the profile (Today among them) then load no validation code at start.

/** The one profile-and-settings record; its id is always 'profile'. */
export const PROFILE_ID = 'profile';

export function defaultProfile(now = new Date()): Profile {
  return { id: PROFILE_ID, sex: 'unspecified', units: 'metric', kidneyDisease: false, updatedAt: now.toISOString() };
}
