import { db } from './database';
import { defaultProfile, PROFILE_ID } from './profile-defaults';
import { profileSchema, type Profile } from './profile-schema';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';

export async function getProfile(): Promise<Profile> {
  return (await db.profile.get(PROFILE_ID)) ?? defaultProfile();
}

/**
 * Merges `changes` into the stored profile. Read and write happen in one
 * transaction: two changes saved at once (a year typed, then a choice tapped)
 * must both be kept, not the later one written over a stale read.
 */
export async function saveProfile(changes: Partial<Omit<Profile, 'id' | 'updatedAt'>>, now = new Date()): Promise<Profile> {
  return guardedWrite(() =>
    db.transaction('rw', db.profile, async () => {
      const current = await getProfile();
      const next = parseRecord(profileSchema, { ...current, ...changes, id: PROFILE_ID, updatedAt: now.toISOString() });
      await db.profile.put(next);
      return next;
    }),
  );
}
