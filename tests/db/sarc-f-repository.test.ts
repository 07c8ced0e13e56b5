import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addSarcFResult, latestSarcFResult, sarcFResultsNewestFirst } from '../../src/db/sarc-f-repository';
import { sarcFResultSchema } from '../../src/db/activity-schemas';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

const FIVE = { strength: 1, walking: 1, rising: 2, stairs: 1, falls: 0 } as const;

describe('SARC-F results', () => {
  it('scores and saves a full screen with the local day', async () => {
    const saved = await addSarcFResult(FIVE, new Date(2026, 2, 28, 23, 30));
    expect(saved).toMatchObject({ day: '2026-03-28', total: 5, answers: FIVE });
    expect(await db.sarcFResults.get(saved.id)).toEqual(saved);
  });

  it('refuses a screen with an answer missing, and saves nothing', async () => {
    await expect(addSarcFResult({ strength: 2, walking: 2, rising: 2, stairs: 2 })).rejects.toThrow('SARC-F item "falls" has no answer');
    expect(await db.sarcFResults.count()).toBe(0);
  });

  it('lists scores newest first and finds the latest', async () => {
    expect(await latestSarcFResult()).toBeNull();
    const march = await addSarcFResult(FIVE, new Date(2026, 2, 1, 9));
    const april = await addSarcFResult({ strength: 0, walking: 0, rising: 0, stairs: 1, falls: 0 }, new Date(2026, 3, 1, 9));
    expect((await sarcFResultsNewestFirst()).map((r) => r.total)).toEqual([1, 5]);
    expect((await latestSarcFResult())?.id).toBe(april.id);
    expect(march.total).toBe(5);
  });

  it('has a record schema that refuses a total that does not match the answers', () => {
    const row = { id: crypto.randomUUID(), day: '2026-03-01', at: '2026-03-01T09:00:00.000Z', answers: FIVE, total: 5 };
    expect(sarcFResultSchema.safeParse(row).success).toBe(true);
    expect(sarcFResultSchema.safeParse({ ...row, total: 4 }).success).toBe(false);
    expect(sarcFResultSchema.safeParse({ ...row, answers: { ...FIVE, falls: 3 } }).success).toBe(false);
  });
});
