import { db } from './database';
import { defaultProfile, PROFILE_ID } from './profile-defaults';
import { profileSchema, type Profile } from './profile-schema';
import { parseRecord } from './validation-error';
import { guardedWrite } from './storage-errors';

export async function getProfile(): Promise<Profile> {
  return (await db.profile.get(PROFILE_ID)) ?? defaultProfile();
}

export async function saveProfile(changes: Partial<Omit<Profile, 'id' | 'updatedAt'>>, now = new Date()): Promise<Profile> {
  const current = await getProfile();
  const next = parseRecord(profileSchema, { ...current, ...changes, id: PROFILE_ID, updatedAt: now.toISOString() });
  await guardedWrite(() => db.profile.put(next));
  return next;
}
