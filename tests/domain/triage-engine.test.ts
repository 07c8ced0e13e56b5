import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redFlagCheckSchema } from '../../src/content/schemas/triage-schema';
import {
  TRIAGE_LEVELS,
  evaluateTriage,
  isPositive,
  levelRank,
  nextQuestion,
} from '../../src/domain/triage-engine';
import type {
  Answer,
  Answers,
  TriageLevel,
  TriageQuestionLike,
  TriageResult,
} from '../../src/domain/triage-engine';

// The real questions, so these tests break if the content ever drifts from the rules.
// js-yaml is only in node_modules through the tooling and has no types of its own.
const require = createRequire(join(process.cwd(), 'package.json'));
const yaml = require('js-yaml') as { load(source: string): unknown };
const source = readFileSync(join(process.cwd(), 'content/triage/red-flag-check.md'), 'utf8');
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
const { questions } = redFlagCheckSchema.parse(yaml.load(frontMatter));

// What the brief asks for, written out: one row per question. A content edit that
// changes a question's level, or adds or drops one, must show up here.
const EXPECTED_LEVELS: Record<string, TriageLevel> = {
  'stroke-face-arm-leg': 'emergency',
  'stroke-speech-sight-balance': 'emergency',
  'breathing-swallowing-speaking': 'emergency',
  'weakness-spreading-fast': 'emergency',
  'cannot-move-limbs-or-face': 'emergency',
  'saddle-numbness-bladder-bowel': 'emergency',
  'back-pain-urine-or-wiping': 'emergency',
  'collapse-or-fainting': 'emergency',
  'stroke-signs-earlier': 'urgent',
  'faint-earlier': 'urgent',
  'dark-urine-muscle-pain': 'urgent',
  'statin-muscle-pain': 'urgent',
  'worse-with-use': 'urgent',
  'one-area-over-days': 'urgent',
  'fast-loss-over-days': 'urgent',
  'one-limb-numbness-pain': 'urgent',
  'slow-unexplained-loss': 'soon',
  'weight-loss': 'soon',
  'twitching-cramps': 'soon',
  'worse-despite-plan': 'soon',
  'sarc-f-4-or-more': 'soon',
};

const ids = questions.map((q) => q.id);
const idsAt = (level: TriageLevel) => questions.filter((q) => q.level === level).map((q) => q.id);

function allAnswered(answer: Answer, overrides: Answers = {}): Answers {
  return { ...Object.fromEntries(ids.map((id) => [id, answer])), ...overrides };
}

function completeLevel(result: TriageResult): TriageLevel {
  if (result.status !== 'complete') throw new Error(`expected a complete result, got ${JSON.stringify(result)}`);
  return result.level;
}

describe('the real questions', () => {
  it('are exactly the ones in the table, in emergency, urgent, soon order', () => {
    expect(ids).toEqual(Object.keys(EXPECTED_LEVELS));
    expect(questions.map((q) => q.level)).toEqual(Object.values(EXPECTED_LEVELS));
  });
});

describe('evaluateTriage, one answer at a time', () => {
  const rows = Object.entries(EXPECTED_LEVELS);

  it.each(rows)('"%s" answered yes, the rest no, gives %s', (id, level) => {
    expect(evaluateTriage(questions, allAnswered('no', { [id]: 'yes' }))).toEqual({
      status: 'complete',
      level,
      reasons: [id],
      findings: [],
    });
  });

  // Not sure counts as yes on every level, soon included (never under-triage).
  it.each(rows)('"%s" answered not-sure, the rest no, gives %s', (id, level) => {
    expect(evaluateTriage(questions, allAnswered('no', { [id]: 'not-sure' }))).toEqual({
      status: 'complete',
      level,
      reasons: [id],
      findings: [],
    });
  });
});

describe('evaluateTriage, one case per outcome', () => {
  it('all no gives self-care with no reasons', () => {
    expect(evaluateTriage(questions, allAnswered('no'))).toEqual({
      status: 'complete',
      level: 'self-care',
      reasons: [],
      findings: [],
    });
  });

  it('soon answers alone give soon, listing each of them', () => {
    const soon = idsAt('soon');
    const answers = allAnswered('no', Object.fromEntries(soon.map((id) => [id, 'yes'])));
    expect(evaluateTriage(questions, answers)).toEqual({ status: 'complete', level: 'soon', reasons: soon, findings: [] });
  });

  it('the highest level wins, and the reasons are the answers at that level', () => {
    const answers = allAnswered('no', {
      'sarc-f-4-or-more': 'yes',
      'statin-muscle-pain': 'not-sure',
      'fast-loss-over-days': 'yes',
    });
    expect(evaluateTriage(questions, answers)).toEqual({
      status: 'complete',
      level: 'urgent',
      reasons: ['statin-muscle-pain', 'fast-loss-over-days'],
      findings: [],
    });
  });

  it('all yes gives emergency, listing every emergency question', () => {
    expect(evaluateTriage(questions, allAnswered('yes'))).toEqual({
      status: 'complete',
      level: 'emergency',
      reasons: idsAt('emergency'),
      findings: [],
    });
  });

  it('all not-sure gives emergency', () => {
    expect(completeLevel(evaluateTriage(questions, allAnswered('not-sure')))).toBe('emergency');
  });
});

describe('evaluateTriage never skips a question silently', () => {
  it('with no answers, asks the first question', () => {
    expect(evaluateTriage(questions, {})).toEqual({ status: 'incomplete', nextQuestionId: ids[0] });
  });

  it.each(ids)('with only "%s" unanswered and the rest no, asks it instead of giving self-care', (id) => {
    const answers = allAnswered('no', { [id]: undefined });
    expect(evaluateTriage(questions, answers)).toEqual({ status: 'incomplete', nextQuestionId: id });
  });

  it('names the first gap, not a later one', () => {
    const answers = allAnswered('no', { 'worse-with-use': undefined, 'weight-loss': undefined });
    expect(evaluateTriage(questions, answers)).toEqual({ status: 'incomplete', nextQuestionId: 'worse-with-use' });
  });

  it('an urgent yes does not end the check while questions remain', () => {
    const answers = { ...allAnswered('no', { 'dark-urine-muscle-pain': 'yes' }), 'sarc-f-4-or-more': undefined };
    expect(evaluateTriage(questions, answers)).toEqual({ status: 'incomplete', nextQuestionId: 'sarc-f-4-or-more' });
  });

  it('treats a value that is not yes, no or not-sure as unanswered, not as no', () => {
    const answers = allAnswered('no', { 'weight-loss': 'maybe' as unknown as Answer });
    expect(evaluateTriage(questions, answers)).toEqual({ status: 'incomplete', nextQuestionId: 'weight-loss' });
  });

  it('answering no to each question in turn visits every question once, in order, then gives self-care', () => {
    const answers: Record<string, Answer> = {};
    const visited: string[] = [];
    for (let step = 0; step <= questions.length; step += 1) {
      const next = nextQuestion(questions, answers);
      if (!next) break;
      visited.push(next.id);
      answers[next.id] = 'no';
    }
    expect(visited).toEqual(ids);
    expect(evaluateTriage(questions, answers)).toEqual({ status: 'complete', level: 'self-care', reasons: [], findings: [] });
  });

  it('nextQuestion returns the whole question, and nothing once there is an outcome', () => {
    expect(nextQuestion(questions, {})).toBe(questions[0]);
    expect(nextQuestion(questions, { 'collapse-or-fainting': 'yes' })).toBeUndefined();
    expect(nextQuestion(questions, allAnswered('no'))).toBeUndefined();
  });
});

describe('an emergency answer ends the check at once', () => {
  it.each(idsAt('emergency'))('"%s" answered yes with nothing else answered gives emergency', (id) => {
    expect(evaluateTriage(questions, { [id]: 'yes' })).toEqual({ status: 'complete', level: 'emergency', reasons: [id], findings: [] });
  });

  it.each(idsAt('emergency'))('"%s" answered not-sure with nothing else answered gives emergency', (id) => {
    expect(evaluateTriage(questions, { [id]: 'not-sure' })).toEqual({
      status: 'complete',
      level: 'emergency',
      reasons: [id],
      findings: [],
    });
  });

  const answerOrMissing = fc.constantFrom<Answer | undefined>('yes', 'no', 'not-sure', undefined);
  const partialAnswers = fc.array(answerOrMissing, { minLength: ids.length, maxLength: ids.length });

  it('whatever else is answered or missing (property)', () => {
    fc.assert(
      fc.property(partialAnswers, fc.constantFrom(...idsAt('emergency')), fc.constantFrom<Answer>('yes', 'not-sure'), (values, id, positive) => {
        const answers: Answers = { ...Object.fromEntries(ids.map((q, i) => [q, values[i]])), [id]: positive };
        const result = evaluateTriage(questions, answers);
        expect(result.status === 'complete' && result.level).toBe('emergency');
        expect(result.status === 'complete' && result.reasons).toContain(id);
      }),
    );
  });

  it('and emergency is only ever given for an emergency answer (property)', () => {
    fc.assert(
      fc.property(partialAnswers, (values) => {
        const answers: Answers = Object.fromEntries(ids.map((q, i) => [q, values[i]]));
        const result = evaluateTriage(questions, answers);
        const anyEmergency = idsAt('emergency').some((id) => isPositive(answers[id]));
        expect(result.status === 'complete' && result.level === 'emergency').toBe(anyEmergency);
      }),
    );
  });
});

// A complete answer set as a list in question order, each yes, no or not-sure.
const fullAnswers = (qs: readonly TriageQuestionLike[]) =>
  fc.array(fc.constantFrom<Answer>('yes', 'no', 'not-sure'), { minLength: qs.length, maxLength: qs.length });
const toAnswers = (qs: readonly TriageQuestionLike[], values: readonly Answer[]): Record<string, Answer> =>
  Object.fromEntries(qs.map((q, i) => [q.id, values[i] ?? 'no']));

describe('the level is the highest level answered yes or not-sure', () => {
  it('matches a plain maximum over the answers (property)', () => {
    fc.assert(
      fc.property(fullAnswers(questions), (values) => {
        const answers = toAnswers(questions, values);
        const expected = questions
          .filter((q) => isPositive(answers[q.id]))
          .reduce<TriageLevel>((best, q) => (levelRank(q.level) > levelRank(best) ? q.level : best), 'self-care');
        expect(completeLevel(evaluateTriage(questions, answers))).toBe(expected);
      }),
    );
  });

  it('gives self-care only when every question is answered no (property)', () => {
    fc.assert(
      fc.property(fullAnswers(questions), (values) => {
        const result = evaluateTriage(questions, toAnswers(questions, values));
        expect(completeLevel(result) === 'self-care').toBe(values.every((v) => v === 'no'));
      }),
    );
  });
});

describe('monotonic: turning a no into yes or not-sure never lowers the level', () => {
  it('over the real questions (property)', () => {
    fc.assert(
      fc.property(
        fullAnswers(questions),
        fc.nat({ max: questions.length - 1 }),
        fc.constantFrom<Answer>('yes', 'not-sure'),
        (values, index, raised) => {
          const id = ids[index] ?? '';
          const before = { ...toAnswers(questions, values), [id]: 'no' as const };
          const after = { ...before, [id]: raised };
          const was = completeLevel(evaluateTriage(questions, before));
          const now = completeLevel(evaluateTriage(questions, after));
          expect(levelRank(now)).toBeGreaterThanOrEqual(levelRank(was));
          // And the raised question's own level is reached.
          expect(levelRank(now)).toBeGreaterThanOrEqual(levelRank(questions[index]?.level ?? 'self-care'));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('over every combination of answers to a small check (exhaustive)', () => {
    const small: TriageQuestionLike[] = [
      { id: 'e1', level: 'emergency' },
      { id: 'e2', level: 'emergency' },
      { id: 'u1', level: 'urgent' },
      { id: 'u2', level: 'urgent' },
      { id: 's1', level: 'soon' },
      { id: 's2', level: 'soon' },
    ];
    const choices: Answer[] = ['yes', 'no', 'not-sure'];
    let combinations = 0;
    let flips = 0;
    for (let n = 0; n < choices.length ** small.length; n += 1) {
      const values = small.map((_, i) => choices[Math.floor(n / choices.length ** i) % choices.length] ?? 'no');
      const before = toAnswers(small, values);
      const was = completeLevel(evaluateTriage(small, before));
      combinations += 1;
      for (const q of small) {
        if (before[q.id] !== 'no') continue;
        for (const raised of ['yes', 'not-sure'] as const) {
          const now = completeLevel(evaluateTriage(small, { ...before, [q.id]: raised }));
          flips += 1;
          if (levelRank(now) < levelRank(was)) {
            throw new Error(`${q.id} no → ${raised} lowered ${was} to ${now} in ${JSON.stringify(before)}`);
          }
        }
      }
    }
    expect(combinations).toBe(729);
    expect(flips).toBe(2 * 6 * 3 ** 5); // each question is "no" in a third of the combinations
  });

  it('also while answers are missing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Answer | undefined>('yes', 'no', 'not-sure', undefined), {
          minLength: ids.length,
          maxLength: ids.length,
        }),
        fc.nat({ max: ids.length - 1 }),
        fc.constantFrom<Answer | undefined>('no', undefined),
        (values, index, start) => {
          const id = ids[index] ?? '';
          const before: Answers = { ...Object.fromEntries(ids.map((q, i) => [q, values[i]])), [id]: start };
          const was = evaluateTriage(questions, before);
          const now = evaluateTriage(questions, { ...before, [id]: 'yes' });
          // A finished check stays finished and never drops a level. An unfinished
          // one may only finish early through an emergency; otherwise it finishes
          // only when this was the last question without an answer.
          const othersUnanswered = ids.some((q) => q !== id && before[q] === undefined);
          if (was.status === 'complete') {
            expect(levelRank(completeLevel(now))).toBeGreaterThanOrEqual(levelRank(was.level));
          } else if (now.status === 'complete' && othersUnanswered) {
            expect(now.level).toBe('emergency');
          }
        },
      ),
    );
  });
});

describe('levelRank', () => {
  it('orders self-care < soon < urgent < emergency', () => {
    expect(TRIAGE_LEVELS.map(levelRank)).toEqual([0, 1, 2, 3]);
    expect(levelRank('emergency')).toBeGreaterThan(levelRank('urgent'));
    expect(levelRank('urgent')).toBeGreaterThan(levelRank('soon'));
    expect(levelRank('soon')).toBeGreaterThan(levelRank('self-care'));
  });
});

describe('findings from saved data set a floor under the outcome', () => {
  const { findings: contentFindings } = redFlagCheckSchema.parse(yaml.load(frontMatter));
  const sarcF = { id: 'saved-sarc-f-score', level: 'soon' as const };
  const decline = { id: 'chair-stand-decline', level: 'soon' as const };

  it('the content holds both findings, each at "book an appointment"', () => {
    expect(contentFindings.map((f) => [f.id, f.level])).toEqual([
      ['saved-sarc-f-score', 'soon'],
      ['chair-stand-decline', 'soon'],
    ]);
  });

  it.each([
    ['a saved SARC-F score of 4 or more, every answer no', [sarcF], allAnswered('no'), 'soon', [], ['saved-sarc-f-score']],
    ['a chair-stand decline, every answer no', [decline], allAnswered('no'), 'soon', [], ['chair-stand-decline']],
    ['both, every answer no', [sarcF, decline], allAnswered('no'), 'soon', [], ['saved-sarc-f-score', 'chair-stand-decline']],
    [
      'a finding and a soon answer: both are reasons',
      [sarcF],
      allAnswered('no', { 'weight-loss': 'yes' }),
      'soon',
      ['weight-loss'],
      ['saved-sarc-f-score'],
    ],
    [
      'an urgent answer wins over a soon finding, which is then not a reason',
      [decline],
      allAnswered('no', { 'faint-earlier': 'yes' }),
      'urgent',
      ['faint-earlier'],
      [],
    ],
  ] as const)('%s', (_name, found, answers, level, reasons, findings) => {
    expect(evaluateTriage(questions, answers, found)).toEqual({ status: 'complete', level, reasons, findings });
  });

  it('a finding never ends the check early: the questions are still all asked', () => {
    expect(evaluateTriage(questions, {}, [sarcF])).toEqual({ status: 'incomplete', nextQuestionId: ids[0] });
  });

  const anyFindings = fc.subarray([sarcF, decline, { id: 'test-urgent', level: 'urgent' as const }]);

  it('adding a finding never lowers the level, and the level is at least each finding’s (property)', () => {
    fc.assert(
      fc.property(fullAnswers(questions), anyFindings, anyFindings, (values, some, more) => {
        const answers = toAnswers(questions, values);
        const was = completeLevel(evaluateTriage(questions, answers, some));
        const now = completeLevel(evaluateTriage(questions, answers, [...some, ...more]));
        expect(levelRank(now)).toBeGreaterThanOrEqual(levelRank(was));
        for (const f of [...some, ...more]) expect(levelRank(now)).toBeGreaterThanOrEqual(levelRank(f.level));
      }),
      { numRuns: 1000 },
    );
  });

  it('with findings present, turning a no into yes or not-sure never lowers the level (property)', () => {
    fc.assert(
      fc.property(
        fullAnswers(questions),
        anyFindings,
        fc.nat({ max: questions.length - 1 }),
        fc.constantFrom<Answer>('yes', 'not-sure'),
        (values, found, index, raised) => {
          const id = ids[index] ?? '';
          const before = { ...toAnswers(questions, values), [id]: 'no' as const };
          const was = completeLevel(evaluateTriage(questions, before, found));
          const now = completeLevel(evaluateTriage(questions, { ...before, [id]: raised }, found));
          expect(levelRank(now)).toBeGreaterThanOrEqual(levelRank(was));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
