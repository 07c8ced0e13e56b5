import { describe, expect, it } from 'vitest';
import { afterAnswer, shownIndex, stepBack, type CheckDraft } from '../../../src/features/symptoms/symptom-check-store';
import type { TriageQuestionLike } from '../../../src/domain/triage-engine';

// A small question list with the real shape: emergency first, then urgent, then soon.
const QUESTIONS: TriageQuestionLike[] = [
  { id: 'e1', level: 'emergency' },
  { id: 'e2', level: 'emergency' },
  { id: 'u1', level: 'urgent' },
  { id: 's1', level: 'soon' },
];
const NOW = new Date('2026-03-28T14:32:00.000Z');
const draft = (overrides: Partial<CheckDraft> = {}): CheckDraft => ({
  runId: '8d2f0b9e-1a7c-4d3e-9f6b-2c5a4e7d1b00',
  answers: {},
  index: 0,
  finishedAt: null,
  ...overrides,
});

describe('afterAnswer', () => {
  it('ends the check at once on an emergency "not sure"', () => {
    expect(afterAnswer(draft(), QUESTIONS, 'not-sure', NOW)).toMatchObject({ finishedAt: NOW.toISOString(), index: 0 });
  });

  it('moves to the next question after a lower-level yes: the emergency questions still get asked', () => {
    const next = afterAnswer(draft({ index: 2, answers: { e1: 'no', e2: 'no' } }), QUESTIONS, 'yes', NOW);
    expect(next).toMatchObject({ index: 3, finishedAt: null, answers: { u1: 'yes' } });
  });

  it('finishes only when the last question is answered', () => {
    const last = draft({ index: 3, answers: { e1: 'no', e2: 'no', u1: 'no' } });
    expect(afterAnswer(last, QUESTIONS, 'no', NOW)).toMatchObject({ finishedAt: NOW.toISOString() });
  });

  it('asks a question that was somehow missed instead of finishing without it', () => {
    const gap = draft({ index: 3, answers: { e1: 'no', u1: 'no' } });
    expect(afterAnswer(gap, QUESTIONS, 'no', NOW)).toMatchObject({ index: 1, finishedAt: null });
  });
});

describe('stepBack', () => {
  it('from an emergency outcome goes to the emergency answer that decided it', () => {
    const finished = draft({ index: 0, answers: { e1: 'no', e2: 'yes' }, finishedAt: NOW.toISOString() });
    expect(stepBack(finished, QUESTIONS)).toMatchObject({ index: 1, finishedAt: null });
  });

  it('from any other outcome goes to the last question', () => {
    const finished = draft({ index: 3, answers: { e1: 'no', e2: 'no', u1: 'yes', s1: 'no' }, finishedAt: NOW.toISOString() });
    expect(stepBack(finished, QUESTIONS)).toMatchObject({ index: 3, finishedAt: null });
  });

  it('stays on the first question', () => {
    expect(stepBack(draft(), QUESTIONS)).toMatchObject({ index: 0 });
  });
});

describe('shownIndex', () => {
  it('keeps a saved draft on a real question if the list got shorter (an app update mid-check)', () => {
    expect(shownIndex(draft({ index: 17 }), QUESTIONS.length)).toBe(3);
    expect(shownIndex(draft({ index: 2 }), QUESTIONS.length)).toBe(2);
  });
});
