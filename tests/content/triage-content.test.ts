import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';
import { redFlagCheckSchema } from '../../src/content/schemas/triage-schema';
import { symptomChecklistSchema } from '../../src/content/schemas/symptom-checklist-schema';

// The real content files, parsed the way the build will: front matter between the
// first two `---` lines, read as YAML. js-yaml is only in node_modules as a
// dependency of the tooling and ships no types, hence require with a local type.
// Paths are from the project root (vitest's working directory): under jsdom,
// import.meta.url is not a file URL.
const require = createRequire(join(process.cwd(), 'package.json'));
const yaml = require('js-yaml') as { load(source: string): unknown };

function readContent(name: string): { frontMatter: Record<string, unknown>; body: string } {
  const source = readFileSync(join(process.cwd(), 'content/triage', name), 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${name} has no front matter`);
  return { frontMatter: yaml.load(match[1] ?? '') as Record<string, unknown>, body: match[2] ?? '' };
}

/** Every issue as "path: message", so a test can check both what and where. */
function issuesOf(schema: ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

type Mutable = Record<string, unknown> & {
  questions: Record<string, unknown>[];
  outcomes: Record<string, Record<string, unknown>>;
  signs: Record<string, unknown>[];
};

const redFlag = readContent('red-flag-check.md');
const checklist = readContent('symptom-checklist.md');
const freshRedFlag = () => structuredClone(redFlag.frontMatter) as Mutable;
const freshChecklist = () => structuredClone(checklist.frontMatter) as Mutable;

describe('content/triage/red-flag-check.md', () => {
  const parsed = redFlagCheckSchema.parse(redFlag.frontMatter);

  it('validates against the schema', () => {
    expect(issuesOf(redFlagCheckSchema, redFlag.frontMatter)).toEqual([]);
  });

  it('asks the red flags the fact sheet lists, at their levels', () => {
    const count = (level: string) => parsed.questions.filter((q) => q.level === level).length;
    expect(count('emergency')).toBe(8);
    expect(count('urgent')).toBe(8);
    expect(count('soon')).toBe(5);
    expect(parsed.questions.find((q) => q.id === 'sarc-f-4-or-more')?.text).toBe(
      'Has a SARC-F check scored 4 or more?',
    );
  });

  it('says on every outcome that it is not a diagnosis', () => {
    for (const outcome of Object.values(parsed.outcomes)) {
      expect(outcome.body).toMatch(/not a diagnosis/i);
    }
  });

  it('tells an emergency to call now, note the time and not drive', () => {
    const { action, body } = parsed.outcomes.emergency;
    expect(action).toBe('Call {emergencyNumber} now.');
    expect(body).toMatch(/note the time/i);
    expect(body).toMatch(/do not drive yourself/i);
  });

  it('gives the urgent, soon and self-care instructions', () => {
    expect(parsed.outcomes.urgent.action).toMatch(/today/);
    // The same-day line (NHS 111) is the country's, added by the screen: never a UK number abroad.
    expect(parsed.outcomes.urgent.action).not.toMatch(/111/);
    expect(parsed.outcomes.soon.action).toMatch(/two weeks/);
    expect(parsed.outcomes['self-care'].action).toMatch(/carry on with your plan/i);
    expect(parsed.outcomes['self-care'].action).toMatch(/if anything changes/);
  });

  it('has an intro that says it is not a diagnosis and where the call button is, naming no country’s number', () => {
    expect(redFlag.body).toMatch(/not a diagnosis/);
    expect(redFlag.body).toMatch(/call button/);
    expect(redFlag.body).not.toMatch(/\b(999|911|112|000)\b/);
  });

  it('asks earlier episodes and urine retention, each rule naming its source', () => {
    const byId = new Map(parsed.questions.map((q) => [q.id, q]));
    expect(byId.get('stroke-signs-earlier')).toMatchObject({ level: 'urgent', sources: ['nhs-tia', 'nice-ng128'] });
    expect(byId.get('faint-earlier')?.level).toBe('urgent');
    expect(byId.get('back-pain-urine-or-wiping')).toMatchObject({ level: 'emergency', sources: ['nhs-cauda-equina-leaflets'] });
    for (const q of parsed.questions) expect(q.sources.length, q.id).toBeGreaterThan(0);
    // Which side is asked only after questions about one side of the body.
    expect(byId.get('dark-urine-muscle-pain')?.followUps).not.toContain('side');
    expect(byId.get('stroke-face-arm-leg')?.followUps).toContain('side');
  });
});

describe('redFlagCheckSchema rejects unsafe content', () => {
  it('rejects a duplicate question id, naming it', () => {
    const data = freshRedFlag();
    const copy = data.questions[3];
    data.questions[4] = { ...copy };
    expect(issuesOf(redFlagCheckSchema, data)).toContainEqual(
      expect.stringMatching(/^questions\.4\.id: duplicate question id "weakness-spreading-fast"/),
    );
  });

  it.each(['emergency', 'urgent', 'soon', 'self-care'])('rejects a missing %s outcome', (level) => {
    const data = freshRedFlag();
    delete data.outcomes[level];
    expect(issuesOf(redFlagCheckSchema, data)).toEqual([
      `outcomes.${level}: the ${level} outcome is missing`,
    ]);
  });

  it('rejects an emergency action without {emergencyNumber}', () => {
    const data = freshRedFlag();
    data.outcomes.emergency = { ...data.outcomes.emergency, action: 'Call for help now.' };
    expect(issuesOf(redFlagCheckSchema, data)).toEqual([
      'outcomes.emergency.action: the emergency outcome\'s action must contain {emergencyNumber} so it says which number to call',
    ]);
  });

  it('rejects an emergency question placed after an urgent one, naming it', () => {
    const data = freshRedFlag();
    const [first, ...rest] = data.questions;
    // Put the first stroke question straight after the first urgent question.
    const firstUrgent = rest.findIndex((q) => q.level === 'urgent');
    rest.splice(firstUrgent + 1, 0, first as Record<string, unknown>);
    data.questions = rest;
    const issues = issuesOf(redFlagCheckSchema, data);
    expect(issues).toContainEqual(
      expect.stringMatching(/question "stroke-face-arm-leg" \(emergency\) comes after "stroke-signs-earlier" \(urgent\)/),
    );
  });

  it('rejects a soon question before an urgent one, naming the urgent one', () => {
    const data = freshRedFlag();
    const soonIndex = data.questions.findIndex((q) => q.id === 'slow-unexplained-loss');
    const [soon] = data.questions.splice(soonIndex, 1);
    data.questions.splice(8, 0, soon as Record<string, unknown>); // just before the first urgent
    expect(issuesOf(redFlagCheckSchema, data)).toContainEqual(
      expect.stringMatching(/question "stroke-signs-earlier" \(urgent\) comes after "slow-unexplained-loss" \(soon\)/),
    );
  });

  it.each(['emergency', 'urgent', 'soon'])('rejects a check with no %s question', (level) => {
    const data = freshRedFlag();
    data.questions = data.questions.filter((q) => q.level !== level);
    expect(issuesOf(redFlagCheckSchema, data)).toContainEqual(
      `questions: there is no ${level} question; each of emergency, urgent and soon needs at least one`,
    );
  });

  it('rejects a question level outside emergency, urgent and soon', () => {
    const data = freshRedFlag();
    data.questions[0] = { ...data.questions[0], level: 'self-care' };
    expect(issuesOf(redFlagCheckSchema, data)).toContainEqual(expect.stringMatching(/^questions\.0\.level: /));
  });

  it('rejects an unknown placeholder, which would be shown to people as-is', () => {
    const data = freshRedFlag();
    data.outcomes.urgent = { ...data.outcomes.urgent, body: 'Call {urgentNumber} today.' };
    expect(issuesOf(redFlagCheckSchema, data)).toEqual([
      'outcomes.urgent.body: unknown placeholder {urgentNumber}; the only one filled in is {emergencyNumber}',
    ]);
  });

  it('rejects a misspelt field instead of dropping it', () => {
    const data = freshRedFlag();
    data.questions[0] = { ...data.questions[0], hlep: 'typo' };
    expect(issuesOf(redFlagCheckSchema, data)).toContainEqual(expect.stringMatching(/^questions\.0: .*hlep/));
  });

  it('rejects an id that is not kebab-case, an empty text and no sources', () => {
    const data = freshRedFlag();
    data.questions[0] = { ...data.questions[0], id: 'Stroke Signs' };
    data.questions[1] = { ...data.questions[1], text: '  ' };
    data.sources = [];
    const issues = issuesOf(redFlagCheckSchema, data);
    expect(issues).toContainEqual(expect.stringMatching(/^questions\.0\.id: must be kebab-case/));
    expect(issues).toContainEqual('questions.1.text: must not be empty');
    expect(issues).toContainEqual('sources: list at least one source id');
  });

  it('rejects the wrong kind', () => {
    const data = freshRedFlag();
    data.kind = 'learn';
    expect(issuesOf(redFlagCheckSchema, data)).toContainEqual(expect.stringMatching(/^kind: /));
  });
});

describe('content/triage/symptom-checklist.md', () => {
  const parsed = symptomChecklistSchema.parse(checklist.frontMatter);
  const flag = (id: string) => parsed.signs.find((s) => s.id === id)?.redFlag;

  it('validates against the schema', () => {
    expect(issuesOf(symptomChecklistSchema, checklist.frontMatter)).toEqual([]);
  });

  it('lists the ten early signs', () => {
    expect(parsed.signs.map((s) => s.id)).toEqual([
      'everyday-weakness',
      'muscle-smaller-softer',
      'clothes-looser',
      'poorer-balance',
      'tiring-quickly',
      'one-side-smaller',
      'numbness-tingling',
      'difficulty-walking',
      'facial-weakness',
      'swallowing-speaking',
    ]);
  });

  it('flags the signs that match emergency or urgent questions', () => {
    expect(flag('facial-weakness')).toBe(true);
    expect(flag('swallowing-speaking')).toBe(true);
    expect(flag('numbness-tingling')).toBe(true);
    expect(flag('one-side-smaller')).toBe(true);
    expect(flag('everyday-weakness')).toBe(false);
    expect(flag('tiring-quickly')).toBe(false);
  });

  it('tells people to do the check if a sign came on suddenly, and is not a diagnosis', () => {
    expect(checklist.body).toMatch(/suddenly/);
    expect(checklist.body).toMatch(/not a diagnosis/);
  });
});

describe('symptomChecklistSchema rejects bad content', () => {
  it('rejects a duplicate sign id, naming it', () => {
    const data = freshChecklist();
    data.signs[1] = { ...data.signs[1], id: 'everyday-weakness' };
    expect(issuesOf(symptomChecklistSchema, data)).toContainEqual(
      'signs.1.id: duplicate sign id "everyday-weakness" (also sign 1); ids must be unique',
    );
  });

  it('rejects a sign without an explicit redFlag', () => {
    const data = freshChecklist();
    const sign = { ...data.signs[8] };
    delete sign.redFlag;
    data.signs[8] = sign;
    expect(issuesOf(symptomChecklistSchema, data)).toEqual(['signs.8.redFlag: redFlag is missing: say true or false']);
  });

  it('rejects a redFlag that is not a boolean', () => {
    const data = freshChecklist();
    data.signs[8] = { ...data.signs[8], redFlag: 'yes' };
    expect(issuesOf(symptomChecklistSchema, data)).toEqual(['signs.8.redFlag: redFlag must be true or false']);
  });

  it('rejects the wrong kind and an empty list of signs', () => {
    const data = freshChecklist();
    data.kind = 'red-flag-check';
    data.signs = [];
    const issues = issuesOf(symptomChecklistSchema, data);
    expect(issues).toContainEqual(expect.stringMatching(/^kind: /));
    expect(issues).toContainEqual('signs: list the signs');
  });
});
