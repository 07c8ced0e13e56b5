import { describe, expect, it } from 'vitest';
import { answersKey, runFor, type CheckDraft } from '../../../src/features/symptoms/symptom-check-store';

const FINISHED = '2026-03-28T14:32:00.000Z';
const draft = (overrides: Partial<CheckDraft> = {}): CheckDraft => ({
  runId: 'first-run',
  answers: { 'stroke-face-arm-leg': 'yes' },
  finishedAt: FINISHED,
  found: [],
  saved: null,
  ...overrides,
});
const emergency = { level: 'emergency' as const, reasons: ['stroke-face-arm-leg'] };

describe('answersKey', () => {
  it('is the same for the same answers in any order, and differs when an answer changes', () => {
    expect(answersKey({ a: 'no', b: 'yes' })).toBe(answersKey({ b: 'yes', a: 'no' }));
    expect(answersKey({ a: 'no', b: 'yes' })).not.toBe(answersKey({ a: 'no', b: 'no' }));
  });
});

describe('runFor: what a finished check saves', () => {
  it('the first outcome is saved under the check’s own id, with the words shown and the number filled in', () => {
    expect(runFor(draft(), FINISHED, emergency, '999')).toMatchObject({
      id: 'first-run',
      level: 'emergency',
      reasons: ['stroke-face-arm-leg'],
      outcome: { title: 'This could be an emergency', action: 'Call 999 now.' },
    });
    expect(runFor(draft(), FINISHED, emergency, '999')).not.toHaveProperty('amends');
  });

  it('the same answers again (details added, or Back without a change) update the same run', () => {
    const saved = runFor(draft(), FINISHED, emergency, '999');
    const again = runFor(draft({ saved, side: 'left' }), FINISHED, emergency, '999', () => 'new-id');
    expect(again).toMatchObject({ id: 'first-run', side: 'left' });
    expect(again).not.toHaveProperty('amends');
  });

  it('changed answers save a new run that amends the first, so history keeps both', () => {
    const saved = runFor(draft(), FINISHED, emergency, '999');
    const changed = runFor(
      draft({ saved, answers: { 'stroke-face-arm-leg': 'no' } }),
      FINISHED,
      { level: 'self-care', reasons: [] },
      '999',
      () => 'second-run',
    );
    expect(changed).toMatchObject({ id: 'second-run', amends: 'first-run', level: 'self-care' });
  });

  it('keeps the findings that decided the level, with what was seen', () => {
    const found = [{ id: 'saved-sarc-f-score', level: 'soon' as const, reason: 'r', detail: 'Your SARC-F score was 5.' }];
    const run = runFor(draft({ answers: { x: 'no' }, found }), FINISHED, { level: 'soon', reasons: [] }, '999');
    expect(run.findings).toEqual([{ id: 'saved-sarc-f-score', detail: 'Your SARC-F score was 5.' }]);
    // Below an urgent answer the finding did not decide anything, and is not recorded as a reason.
    expect(runFor(draft({ found }), FINISHED, { level: 'urgent', reasons: ['u'] }, '999').findings).toBeUndefined();
  });
});
