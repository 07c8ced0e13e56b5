import { describe, it, expect } from 'vitest';
import { SARC_F_ASSESSMENT_THRESHOLD, SARC_F_ITEMS, sarcFSuggestsAssessment, scoreSarcF } from '../../src/domain/sarc-f';
import type { SarcFItemId, SarcFScore } from '../../src/domain/sarc-f';

function answers(strength: SarcFScore, walking: SarcFScore, rising: SarcFScore, stairs: SarcFScore, falls: SarcFScore) {
  return { strength, walking, rising, stairs, falls };
}

describe('SARC_F_ITEMS', () => {
  it('has the five items, each scored 0, 1, 2 in order', () => {
    expect(SARC_F_ITEMS.map((i) => i.id)).toEqual(['strength', 'walking', 'rising', 'stairs', 'falls']);
    for (const item of SARC_F_ITEMS) {
      expect(item.options.map((o) => o.score)).toEqual([0, 1, 2]);
    }
  });

  it('keeps the falls counts from the published scale', () => {
    const falls = SARC_F_ITEMS.find((i) => i.id === 'falls');
    expect(falls?.options.map((o) => o.label)).toEqual(['None', '1 to 3 times', '4 times or more']);
  });

  it('asks about 10 lb (4.5 kg) and 10 stairs', () => {
    expect(SARC_F_ITEMS.find((i) => i.id === 'strength')?.question).toMatch(/10 lb \(4\.5 kg\)/);
    expect(SARC_F_ITEMS.find((i) => i.id === 'stairs')?.question).toMatch(/10 stairs/);
  });
});

describe('scoreSarcF', () => {
  it.each([
    [answers(0, 0, 0, 0, 0), 0, false],
    [answers(1, 1, 1, 0, 0), 3, false],
    [answers(1, 1, 1, 1, 0), 4, true],
    [answers(2, 0, 2, 0, 0), 4, true],
    [answers(0, 0, 0, 0, 2), 2, false],
    [answers(2, 2, 2, 2, 2), 10, true],
  ])('%o → %i, suggests assessment: %s', (a, total, suggests) => {
    expect(scoreSarcF(a)).toBe(total);
    expect(sarcFSuggestsAssessment(scoreSarcF(a))).toBe(suggests);
  });

  it.each(['strength', 'walking', 'rising', 'stairs', 'falls'] as const)('throws naming the missing item %s', (id) => {
    const partial: Partial<Record<SarcFItemId, SarcFScore>> = answers(1, 1, 1, 1, 1);
    delete partial[id];
    expect(() => scoreSarcF(partial)).toThrow(id);
  });

  it('throws on a score outside 0–2 (e.g. from an imported file)', () => {
    const bad = { ...answers(0, 0, 0, 0, 0), falls: 3 } as unknown as Record<SarcFItemId, SarcFScore>;
    expect(() => scoreSarcF(bad)).toThrow(RangeError);
  });
});

describe('sarcFSuggestsAssessment', () => {
  it.each([
    [3, false],
    [4, true],
    [10, true],
  ])('total %i → %s', (total, expected) => {
    expect(sarcFSuggestsAssessment(total)).toBe(expected);
  });

  it('uses a threshold of 4', () => {
    expect(SARC_F_ASSESSMENT_THRESHOLD).toBe(4);
  });
});
