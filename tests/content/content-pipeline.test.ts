// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/content/build/parse-content-file';
import { compileContent } from '../../src/content/build/compile-content';
import { ContentError } from '../../src/content/build/content-error';
import { APP_PATHS } from '../../src/app/route-list';
import { realContent } from '../support/real-content';

const learnPage = (front: string, body = 'Some words.') =>
  `---\nkind: learn\ntitle: Protein and food\nsummary: How much protein you need.\norder: 5\n${front}---\n${body}\n`;

async function problemWith(file: string, source: string): Promise<string> {
  const error = await parseContentFile(file, source).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ContentError);
  return (error as ContentError).message;
}

describe('parseContentFile', () => {
  it('compiles a valid learn page to HTML with its front matter', async () => {
    const parsed = await parseContentFile(
      'content/learn/protein.md',
      learnPage('sources: [prot-age-2013]\n', '## Why\n\nAim for **1.0 to 1.2 g** per kg (PROT-AGE).\n\n| a | b |\n|---|---|\n| 1 | 2 |'),
    );
    expect(parsed.kind).toBe('learn');
    expect(parsed.frontMatter).toMatchObject({ title: 'Protein and food', order: 5, sources: ['prot-age-2013'] });
    expect(parsed.body.html).toContain('<h2>Why</h2>');
    expect(parsed.body.html).toContain('<strong>1.0 to 1.2 g</strong>');
    expect(parsed.body.html).toContain('<table>');
    expect(parsed.body.plainText).toContain('Aim for 1.0 to 1.2 g per kg');
  });

  it('keeps a hyphenated word in a heading on one line, and leaves the words of paragraphs alone', async () => {
    const parsed = await parseContentFile(
      'content/learn/tests.md',
      learnPage('sources: [a]\n', '## Test 2: five times sit-to-stand\n\nStand up (sit-to-stand) five times.'),
    );
    expect(parsed.body.html).toContain('<h2>Test 2: five times <span class="whole-word">sit-to-stand</span></h2>');
    expect(parsed.body.html).toContain('<p>Stand up (sit-to-stand) five times.</p>');
    expect(parsed.body.sectionHeadings).toEqual(['Test 2: five times sit-to-stand']);
  });

  it('removes a <script> and javascript: links written in the markdown', async () => {
    const parsed = await parseContentFile(
      'content/learn/evil.md',
      learnPage('sources: [prot-age-2013]\n', 'Hello <script>alert(1)</script> there.\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3))'),
    );
    expect(parsed.body.html).not.toMatch(/<script|onerror|javascript:|<img/i);
    expect(parsed.body.html).toContain('Hello');
  });

  it.each([
    ['no front matter', 'Just text', 'content/learn/x.md: front matter: the file must start with front matter'],
    ['front matter that is not YAML', '---\nkind: [learn\n---\n', 'content/learn/x.md: front matter: not valid YAML'],
    ['an unknown kind', '---\nkind: poem\ntitle: A\nsummary: B\nsources: [a]\n---\n', 'content/learn/x.md: kind: must be one of'],
    ['a missing title', '---\nkind: learn\nsummary: B\nsources: [a]\norder: 1\n---\n', 'content/learn/x.md: title:'],
    ['no sources', learnPage(''), 'content/learn/x.md: sources: list the source ids'],
    ['an empty list of sources', learnPage('sources: []\n'), 'content/learn/x.md: sources: list at least one source'],
    ['a summary longer than 160 characters', learnPage('sources: [a]\n').replace('How much protein you need.', 'x'.repeat(161)), 'content/learn/x.md: summary: keep the summary to one sentence'],
    ['a misspelt field', learnPage('sources: [a]\nsumary: typo\n'), 'content/learn/x.md: front matter:'],
  ])('refuses a file with %s, naming the file and field', async (_what, source, expected) => {
    expect(await problemWith('content/learn/x.md', source)).toContain(expected);
  });

  it('refuses an exercise with a level outside 0–3', async () => {
    const source = `---\nkind: exercise\ntitle: Step-up\nsummary: Step up.\nsources: [a]\nlevel: 7\nequipment: [step]\nmuscles: [thighs]\ncategory: strength-lower\n---\n`;
    expect(await problemWith('content/exercises/step-up.md', source)).toBe('content/exercises/step-up.md: level: level must be 0, 1, 2 or 3');
  });

  it('refuses an exercise without the standard sections', async () => {
    const source = `---\nkind: exercise\ntitle: Step-up\nsummary: Step up.\nsources: [a]\nlevel: 2\nequipment: [step]\nmuscles: [thighs]\ncategory: strength-lower\npicture: step-up.svg\npictureAlt: Stepping up.\n---\n## What it is for\n\nLegs.\n`;
    expect(await problemWith('content/exercises/step-up.md', source)).toMatch(/content\/exercises\/step-up.md: body: an exercise needs the sections/);
  });
});

// Each of these compiles a copy of content/: seconds on a busy machine.
describe('compileContent: checks across files', { timeout: 30_000 }, () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function contentWith(file: string, text: string): string {
    dir = mkdtempSync(join(tmpdir(), 'regain-content-'));
    cpSync('content', dir, { recursive: true });
    writeFileSync(join(dir, file), text);
    return dir;
  }

  it('refuses a page that cites a source the sources page does not define', async () => {
    const root = contentWith('learn/extra.md', learnPage('sources: [no-such-source]\n'));
    await expect(compileContent(root, APP_PATHS)).rejects.toThrow(/learn\/extra.md: sources.0: no source "no-such-source"/);
  });

  it('refuses a broken internal link', async () => {
    const root = contentWith('learn/extra.md', learnPage('sources: [prot-age-2013]\n', 'See [this](/learn/no-such-page).'));
    await expect(compileContent(root, APP_PATHS)).rejects.toThrow(/learn\/extra.md: body: broken link "\/learn\/no-such-page"/);
  });

  it('refuses a link that would leave the app', async () => {
    const root = contentWith('learn/extra.md', learnPage('sources: [prot-age-2013]\n', 'See [NHS](https://www.nhs.uk/).'));
    await expect(compileContent(root, APP_PATHS)).rejects.toThrow(/learn\/extra.md: body: link "https:\/\/www.nhs.uk\/" leaves the app/);
  });

  it('accepts links to app screens and other pages', async () => {
    const root = contentWith('learn/extra.md', learnPage('sources: [prot-age-2013]\n', 'See [check](/symptoms) and [food](/learn/protein-and-food#sources).'));
    const content = await compileContent(root, APP_PATHS);
    expect(content.pages.map((p) => p.path)).toContain('/learn/extra');
  });
});

describe('plans', { timeout: 30_000 }, () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });
  const withPlan = (edit: (text: string) => string) => {
    dir = mkdtempSync(join(tmpdir(), 'regain-plans-'));
    cpSync('content', dir, { recursive: true });
    const file = join(dir, 'plans', 'level-2-building.md');
    writeFileSync(file, edit(readFileSync(file, 'utf8')));
    return dir;
  };

  it('compiles the four levels with every exercise linked to its library page', async () => {
    const { plans } = await realContent();
    expect(plans.map((p) => p.level)).toEqual([0, 1, 2, 3]);
    for (const plan of plans) {
      for (const step of plan.sessions.flatMap((s) => s.exercises)) expect(step.path).toBe(`/learn/exercises/${step.exercise}`);
    }
  });

  it.each([
    ['names an exercise that does not exist', (t: string) => t.replace('exercise: step-up', 'exercise: moon-walk'), /level-2-building.md: sessions.0.exercises.1.exercise: no exercise "moon-walk"/],
    ['schedules a session that does not exist', (t: string) => t.replace('monday: [lower-body]', 'monday: [leg-day]'), /level-2-building.md: week.monday.0: no session "leg-day"/],
    ['has no rest day', (t: string) => t.replace('saturday: []', 'saturday: [lower-body]').replace('sunday: []', 'sunday: [lower-body]').replace('tuesday: [balance-core]', 'tuesday: [lower-body]').replace('thursday: [balance-core]', 'thursday: [lower-body]'), /level-2-building.md: week: the week needs at least one rest day/],
    ['gives both reps and seconds', (t: string) => t.replace('sets: 3, reps: 10, restSeconds: 90', 'sets: 3, reps: 10, seconds: 30, restSeconds: 90'), /give either reps or seconds/],
    ['doubles a level', (t: string) => t.replace('level: 2', 'level: 3'), /level: expected exactly one plan at level/],
  ])('fails the build when a plan %s', async (_what, edit, expected) => {
    await expect(compileContent(withPlan(edit), APP_PATHS)).rejects.toThrow(expected);
  });
});
