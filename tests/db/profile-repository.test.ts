import { beforeEach, describe, expect, it } from 'vitest';
import { getProfile, saveProfile } from '../../src/db/profile-repository';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

describe('profile', () => {
  it('starts metric with no sex given, and keeps what the person saves', async () => {
    expect(await getProfile()).toMatchObject({ units: 'metric', sex: 'unspecified', kidneyDisease: false });
    await saveProfile({ units: 'imperial', yearOfBirth: 1950, sex: 'female' });
    expect(await getProfile()).toMatchObject({ units: 'imperial', yearOfBirth: 1950, sex: 'female' });
  });

  it('refuses a year of birth in the future and leaves the profile as it was', async () => {
    await saveProfile({ yearOfBirth: 1950 });
    await expect(saveProfile({ yearOfBirth: new Date().getFullYear() + 1 })).rejects.toThrow(
      'yearOfBirth: The year of birth cannot be in the future.',
    );
    expect((await getProfile()).yearOfBirth).toBe(1950);
  });
});
