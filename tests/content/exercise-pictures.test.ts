// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import type { Plugin } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { APP_PATHS } from '../../src/app/route-list';
import { compileContent } from '../../src/content/build/compile-content';
import { realContent } from '../support/real-content';
import { checkPictureSvg } from '../../src/content/build/picture-svg';
import { regainContent } from '../../src/content/build/vite-plugin-content';
import { SitToStandPicture } from '../../src/ui/sit-to-stand-picture';

const FILE = 'content/pictures/test.svg';
const svg = (inner: string, root = 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160"') => `<svg ${root}>${inner}</svg>\n`;
const problemWith = (source: string) => {
  try {
    checkPictureSvg(FILE, source);
  } catch (error) {
    return (error as Error).message;
  }
  return 'no problem';
};

describe('the real pictures', { timeout: 30_000 }, () => {
  it('every exercise has a picture, named by its text alternative, small enough to precache', async () => {
    const { pages } = await realContent();
    const exercises = pages.filter((p) => p.kind === 'exercise');
    expect(exercises.length).toBe(18);
    for (const page of exercises) {
      expect(page.picture?.alt, page.path).toMatch(/\w{3,}.*\./);
      expect(page.picture?.svg, page.path).toMatch(/^<svg role="img" aria-label="[^"]{20,}" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 200 160">/);
      expect(page.picture?.svg, page.path).toContain('stroke="currentColor"');
      expect(gzipSync(page.picture!.svg).length, page.path).toBeLessThan(1024);
    }
    // Summaries (the Learn list) stay small: no pictures in them.
    expect(pages.filter((p) => p.kind !== 'exercise').every((p) => p.picture === undefined)).toBe(true);
  });

  it('SitToStandPicture draws content/pictures/sit-to-stand.svg, named with the page’s text alternative', () => {
    const file = readFileSync('content/pictures/sit-to-stand.svg', 'utf8');
    const front = parseYaml(readFileSync('content/exercises/sit-to-stand.md', 'utf8').split('---')[1]!) as { pictureAlt: string };
    const html = renderToStaticMarkup(createElement(SitToStandPicture, { className: 'welcome-picture' }));
    expect(html).toContain(`role="img" aria-label="${front.pictureAlt}"`);
    expect(html).toContain('class="welcome-picture"');
    expect(html).toContain(file.slice(file.indexOf('<g'), file.lastIndexOf('</svg>')));
  });
});

describe('checkPictureSvg', () => {
  it('accepts a drawing and drops the XML declaration and comments', () => {
    const source = `<?xml version="1.0"?>\n<!-- drawn by hand -->\n${svg('<title>A chair</title><g stroke="currentColor" stroke-width="4"><path d="M0 0L10 10"/><circle cx="5" cy="5" r="3"/></g>')}`;
    expect(checkPictureSvg(FILE, source)).toBe(svg('<title>A chair</title><g stroke="currentColor" stroke-width="4"><path d="M0 0L10 10"/><circle cx="5" cy="5" r="3"/></g>').trim());
  });

  it.each([
    ['a <script>', svg('<script>alert(1)</script>'), '<script> is not allowed'],
    ['a <foreignObject>', svg('<foreignObject><div/></foreignObject>'), '<foreignObject> is not allowed'],
    ['a <style> element', svg('<style>path{fill:red}</style>'), '<style> is not allowed'],
    ['an <image>', svg('<image width="10" height="10"/>'), '<image> is not allowed'],
    ['an onload attribute', svg('', 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160" onload="alert(1)"'), 'the attribute onload on <svg> is not allowed: a picture cannot run code'],
    ['an onclick attribute on a path', svg('<path d="M0 0" onclick="alert(1)"/>'), 'the attribute onclick on <path> is not allowed'],
    ['an href', svg('<g href="https://example.org/"/>'), 'the attribute href on <g> is not allowed: a picture cannot link'],
    ['an xlink:href', svg('<g xlink:href="#a"/>'), 'the attribute xlink:href on <g> is not allowed'],
    ['a style attribute', svg('<path style="fill:red" d="M0 0"/>'), 'the attribute style on <path> is not allowed'],
    ['a url() value', svg('<path fill="url(#grad)" d="M0 0"/>'), 'has a value a drawing does not need'],
    ['a DOCTYPE', `<!DOCTYPE svg [<!ENTITY a "b">]>${svg('')}`, 'a DOCTYPE or CDATA section is not allowed'],
    ['text outside a title', svg('Hello'), 'text "Hello" is not allowed outside <title>'],
    ['another shape of picture', svg('', 'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"'), 'needs viewBox="0 0 200 160"'],
    ['no <svg> at all', '<g/>', 'a picture must start with <svg>'],
    ['an unclosed element', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 160"><g>', '<g> is never closed'],
    ['a file too big to be a line drawing', svg(`<path d="${'M0 0L1 1'.repeat(600)}"/>`), 'larger than 4 kB'],
  ])('refuses %s, naming the file', (_what, source, problem) => {
    const message = problemWith(source);
    expect(message).toContain(`${FILE}: svg: `);
    expect(message).toContain(problem);
  });

  it('names the line of the problem', () => {
    expect(problemWith(svg('\n<g>\n<script/>\n</g>'))).toMatch(/<script> is not allowed.*\(line 3\)/);
  });
});

// Each of these compiles a copy of content/: seconds on a busy machine.
describe('pictures in the build', { timeout: 30_000 }, () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function contentWith(files: Record<string, string>): string {
    dir = mkdtempSync(join(tmpdir(), 'regain-pictures-'));
    cpSync('content', join(dir, 'content'), { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, 'content', file), text);
    return join(dir, 'content');
  }
  const withFrontMatter = (edit: (front: string) => string) => {
    const [, front, body] = readFileSync('content/exercises/calf-raise.md', 'utf8').split('---');
    return `---${edit(front!)}---${body}`;
  };

  it('fails when a picture holds a <script>, naming the picture', async () => {
    const root = contentWith({ 'pictures/calf-raise.svg': svg('<path d="M0 0"/><script>alert(1)</script>') });
    await expect(compileContent(root, APP_PATHS)).rejects.toThrow(/content\/pictures\/calf-raise\.svg: svg: <script> is not allowed/);
  });

  it('fails when a picture has an on* attribute, even one no page uses', async () => {
    const root = contentWith({ 'pictures/spare.svg': svg('<circle cx="1" cy="1" r="1" onmouseover="steal()"/>') });
    await expect(compileContent(root, APP_PATHS)).rejects.toThrow(/content\/pictures\/spare\.svg: svg: the attribute onmouseover on <circle> is not allowed/);
  });

  it('fails when an exercise names a picture file that does not exist', async () => {
    const root = contentWith({ 'exercises/calf-raise.md': withFrontMatter((f) => f.replace('picture: calf-raise.svg', 'picture: tip-toes.svg')) });
    await expect(compileContent(root, APP_PATHS)).rejects.toThrow(/content\/exercises\/calf-raise\.md: picture: no file content\/pictures\/tip-toes\.svg/);
  });

  it.each([
    ['no picture', (f: string) => f.replace(/picture: .*\n/, ''), /calf-raise\.md: picture: every exercise needs a picture/],
    ['no text alternative', (f: string) => f.replace(/pictureAlt: .*\n/, ''), /calf-raise\.md: pictureAlt: describe the picture in plain words/],
    ['a picture that is not an SVG file name', (f: string) => f.replace('picture: calf-raise.svg', 'picture: ../secret.svg'), /calf-raise\.md: picture: name an SVG file in content\/pictures\//],
  ])('fails when an exercise has %s', async (_what, edit, expected) => {
    const root = contentWith({ 'exercises/calf-raise.md': withFrontMatter(edit) });
    await expect(compileContent(root, APP_PATHS)).rejects.toThrow(expected);
  });

  it('checks a picture a component imports with ?raw', async () => {
    dir = mkdtempSync(join(tmpdir(), 'regain-raw-'));
    mkdirSync(join(dir, 'content', 'pictures'), { recursive: true });
    const file = join(dir, 'content', 'pictures', 'evil.svg');
    writeFileSync(file, svg('<script>alert(1)</script>'));
    const plugin = regainContent({ contentDir: 'content', appPaths: APP_PATHS }) as Plugin & { transform: (code: string, id: string) => Promise<unknown> };
    await expect(plugin.transform('export default ""', `${file}?raw`)).rejects.toThrow(/content\/pictures\/evil\.svg: svg: <script> is not allowed/);
    writeFileSync(file, svg('<path d="M0 0"/>'));
    await expect(plugin.transform('export default ""', `${file}?raw`)).resolves.toBeNull();
  });
});
