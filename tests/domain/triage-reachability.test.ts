import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redFlagCheckSchema } from '../../src/content/schemas/triage-schema';
import type { TriageQuestionLike } from '../../src/domain/triage-engine';
import { checkTriageReachability } from '../../src/domain/triage-reachability';

// The real questions. js-yaml is only in node_modules through the tooling and has
// no types of its own.
const require = createRequire(join(process.cwd(), 'package.json'));
const yaml = require('js-yaml') as { load(source: string): unknown };
const source = readFileSync(join(process.cwd(), 'content/triage/red-flag-check.md'), 'utf8');
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
const { questions } = redFlagCheckSchema.parse(yaml.load(frontMatter));

const small: TriageQuestionLike[] = [
  { id: 'e1', level: 'emergency' },
  { id: 'e2', level: 'emergency' },
  { id: 'u1', level: 'urgent' },
  { id: 's1', level: 'soon' },
];

describe('checkTriageReachability', () => {
  it('passes the real content', () => {
    expect(checkTriageReachability(questions)).toEqual([]);
  });

  it('passes a minimal well-ordered check', () => {
    expect(checkTriageReachability(small)).toEqual([]);
    expect(checkTriageReachability([{ id: 'only', level: 'emergency' }])).toEqual([]);
  });

  it.each(questions.filter((q) => q.level === 'emergency').map((q) => q.id))(
    'fails, naming "%s", when that emergency question is moved after an urgent one',
    (id) => {
      const moved = questions.find((q) => q.id === id);
      const rest = questions.filter((q) => q.id !== id);
      const firstUrgent = rest.findIndex((q) => q.level === 'urgent');
      const reordered = [...rest.slice(0, firstUrgent + 1), moved!, ...rest.slice(firstUrgent + 1)];
      expect(checkTriageReachability(reordered)).toEqual([
        `emergency question "${id}" comes after urgent question "stroke-signs-earlier"; ` +
          'every emergency question must be asked before any other',
      ]);
    },
  );

  it('fails when the last emergency question is moved to the very end', () => {
    const last = questions.filter((q) => q.level === 'emergency').at(-1)!;
    const reordered = [...questions.filter((q) => q !== last), last];
    const problems = checkTriageReachability(reordered);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`"${last.id}"`);
  });

  it('fails when there are no emergency questions', () => {
    const noEmergencies = questions.filter((q) => q.level !== 'emergency');
    expect(checkTriageReachability(noEmergencies)).toEqual([
      'there are no emergency questions: the red-flag check must ask at least one',
    ]);
  });

  it('fails on an empty list of questions', () => {
    expect(checkTriageReachability([])).toEqual([
      'there are no emergency questions: the red-flag check must ask at least one',
    ]);
  });

  it('fails when an emergency question shares an id with an earlier question, so is never asked', () => {
    const shadowed: TriageQuestionLike[] = [
      { id: 'e1', level: 'emergency' },
      { id: 'e1', level: 'emergency' },
      { id: 'u1', level: 'urgent' },
    ];
    const problems = checkTriageReachability(shadowed);
    expect(problems).toContain('question id "e1" is used more than once; the later one would never be asked');
    // The simulation reaches the same verdict on its own: with e1 answered no, the
    // second e1 is already answered, so the check moves on to u1.
    expect(problems).toContain(
      'emergency question "e1" is unreachable: with all earlier answers "no", the check asks "u1" instead',
    );
  });

  it('fails when a lower-level question reuses an emergency id', () => {
    const problems = checkTriageReachability([...small, { id: 'e2', level: 'soon' }]);
    expect(problems).toEqual(['question id "e2" is used more than once; the later one would never be asked']);
  });

  it('fails on an empty id', () => {
    expect(checkTriageReachability([{ id: ' ', level: 'emergency' }, ...small])).toContain(
      'question 1 (emergency) has an empty id',
    );
  });
});
