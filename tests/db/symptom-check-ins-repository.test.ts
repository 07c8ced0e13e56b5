import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addSymptomCheckIn, symptomCheckInsNewestFirst } from '../../src/db/symptom-check-ins-repository';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

describe('symptom check-ins', () => {
  it('saves the ticked signs under the local day, even late in the evening', async () => {
    const saved = await addSymptomCheckIn(['tiring-quickly', 'numbness-tingling'], new Date(2026, 10, 22, 23, 30));
    expect(saved).toMatchObject({ day: '2026-11-22', signIds: ['tiring-quickly', 'numbness-tingling'] });
    expect(await db.symptomCheckIns.get(saved.id)).toEqual(saved);
  });

  it('keeps a check-in with no signs ticked, and lists newest first', async () => {
    const first = await addSymptomCheckIn(['clothes-looser'], new Date(2026, 10, 1, 9));
    const second = await addSymptomCheckIn([], new Date(2026, 10, 8, 9));
    expect((await symptomCheckInsNewestFirst()).map((c) => c.id)).toEqual([second.id, first.id]);
    expect((await symptomCheckInsNewestFirst(1)).map((c) => c.signIds)).toEqual([[]]);
  });
});
