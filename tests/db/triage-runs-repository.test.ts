import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import type { TriageRun } from '../../src/db/activity-schemas';
import { saveTriageRun } from '../../src/db/triage-runs-repository';
import { getTriageRun, triageRunsNewestFirst } from '../../src/db/triage-runs-reads';
import { InvalidRecordError } from '../../src/db/validation-error';
import { resetDatabase } from './reset-database';

beforeEach(resetDatabase);

const run = (overrides: Partial<TriageRun> = {}): TriageRun => ({
  id: crypto.randomUUID(),
  at: '2026-03-28T14:32:00.000Z',
  level: 'urgent',
  answers: { 'stroke-face-arm-leg': 'no', 'dark-urine-muscle-pain': 'not-sure' },
  reasons: ['dark-urine-muscle-pain'],
  outcome: { title: 'Get medical advice today', action: 'Speak to a doctor today.' },
  ...overrides,
});

describe('triage runs', () => {
  it('keeps a run with its outcome, when it started and which side', async () => {
    const saved = await saveTriageRun(run({ startedWhen: 'today', side: 'left' }));
    expect(await getTriageRun(saved.id)).toEqual(saved);
  });

  it('replaces the same check rather than adding a second one (after Back, or details added)', async () => {
    const first = await saveTriageRun(run({ level: 'emergency' }));
    await saveTriageRun({ ...first, level: 'self-care', side: 'both' });
    expect(await db.triageRuns.count()).toBe(1);
    expect(await getTriageRun(first.id)).toMatchObject({ level: 'self-care', side: 'both' });
  });

  it('lists runs newest first', async () => {
    const older = await saveTriageRun(run({ at: '2026-03-01T09:00:00.000Z' }));
    const newer = await saveTriageRun(run({ at: '2026-03-20T09:00:00.000Z' }));
    const middle = await saveTriageRun(run({ at: '2026-03-10T09:00:00.000Z' }));
    expect((await triageRunsNewestFirst()).map((r) => r.id)).toEqual([newer.id, middle.id, older.id]);
  });

  it('refuses an answer that is not yes, no or not sure, and saves nothing', async () => {
    const bad = run({ answers: { 'stroke-face-arm-leg': 'maybe' as 'yes' } });
    await expect(saveTriageRun(bad)).rejects.toBeInstanceOf(InvalidRecordError);
    await expect(saveTriageRun(bad)).rejects.toThrow('Answer yes, no or not sure.');
    expect(await db.triageRuns.count()).toBe(0);
  });

  it('refuses an unknown side', async () => {
    await expect(saveTriageRun(run({ side: 'middle' as 'left' }))).rejects.toThrow('Choose left, right, both or not one side.');
  });
});
