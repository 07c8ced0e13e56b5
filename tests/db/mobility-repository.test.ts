import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addMobilityTest, allMobilityTests, deleteMobilityTest, mobilityTestsOfKind } from '../../src/db/mobility-repository';
import { mobilityTestSchema } from '../../src/db/mobility-schema';
import { InvalidRecordError } from '../../src/db/validation-error';
import { sppbScore } from '../../src/domain/sppb';

beforeEach(async () => {
  await db.mobilityTests.clear();
});

const sppb = (total: number | null = null) => {
  const holds = { sideBySide: 10, semiTandem: 10, tandem: 4 };
  const score = sppbScore(holds, 5.5, 12.4);
  return {
    kind: 'sppb' as const,
    holds,
    courseMetres: 4 as const,
    walkSeconds: 5.5,
    fiveStandsSeconds: 12.4,
    balanceScore: score.balance,
    walkScore: score.walk,
    chairStandsScore: score.chairStands,
    total: total ?? score.total,
  };
};

describe('mobility test results', () => {
  it('saves each kind dated today, and reads them back by kind, newest first', async () => {
    await addMobilityTest({ kind: 'tug', seconds: 11.2, timedBy: 'tapped' }, new Date('2026-11-20T09:00:00Z'));
    await addMobilityTest({ kind: 'tug', seconds: 'unable', timedBy: 'tapped' }, new Date('2026-11-21T09:00:00Z'));
    await addMobilityTest({ kind: 'walk', courseMetres: 3, walkSeconds: [3.1, 2.9], timedBy: 'tapped' }, new Date('2026-11-21T10:00:00Z'));
    await addMobilityTest(
      { kind: 'balance', holds: { sideBySide: 10, semiTandem: 10, tandem: 10, oneLeg: 2.5 }, stoppedBy: 'tapped' },
      new Date('2026-11-21T11:00:00Z'),
    );
    const saved = await addMobilityTest(sppb(), new Date('2026-11-21T12:00:00Z'));
    expect(saved).toMatchObject({ kind: 'sppb', total: 9, day: expect.stringMatching(/^2026-11-2[01]$/) });
    const tugs = await mobilityTestsOfKind('tug');
    expect(tugs.map((t) => t.seconds)).toEqual(['unable', 11.2]);
    expect((await allMobilityTests()).map((t) => t.kind)).toEqual(['sppb', 'balance', 'walk', 'tug', 'tug']);
    await deleteMobilityTest(saved.id);
    expect(await mobilityTestsOfKind('sppb')).toEqual([]);
  });

  it('refuses an SPPB whose scores do not follow from its times', async () => {
    await expect(addMobilityTest(sppb(12))).rejects.toThrow(InvalidRecordError);
    expect(await db.mobilityTests.count()).toBe(0);
  });

  it('refuses a stance tried after one that was not held for 10 seconds, and holds over 10 seconds', () => {
    const balance = (holds: Record<string, number | null>) =>
      mobilityTestSchema.safeParse({
        id: crypto.randomUUID(),
        day: '2026-11-20',
        at: '2026-11-20T09:00:00.000Z',
        kind: 'balance',
        holds: { sideBySide: null, semiTandem: null, tandem: null, oneLeg: null, ...holds },
      }).success;
    expect(balance({ sideBySide: 10, semiTandem: 4 })).toBe(true);
    expect(balance({ sideBySide: 0 })).toBe(true);
    expect(balance({ sideBySide: 4, semiTandem: 10 })).toBe(false);
    expect(balance({ sideBySide: 10, semiTandem: null, tandem: 5 })).toBe(false);
    expect(balance({ sideBySide: 12 })).toBe(false);
    expect(balance({})).toBe(false);
  });

  it('keeps walks to one or two times, a 3 or 4 metre course, and times within 2 minutes', () => {
    const walk = (extra: Record<string, unknown>) =>
      mobilityTestSchema.safeParse({
        id: crypto.randomUUID(),
        day: '2026-11-20',
        at: '2026-11-20T09:00:00.000Z',
        kind: 'walk',
        courseMetres: 4,
        walkSeconds: [5, 6],
        timedBy: 'tapped',
        ...extra,
      }).success;
    expect(walk({})).toBe(true);
    expect(walk({ walkSeconds: 'unable' })).toBe(true);
    expect(walk({ walkSeconds: [] })).toBe(false);
    expect(walk({ walkSeconds: [1, 2, 3] })).toBe(false);
    expect(walk({ walkSeconds: [0] })).toBe(false);
    expect(walk({ walkSeconds: [500] })).toBe(false);
    expect(walk({ courseMetres: 6 })).toBe(false);
  });
});
