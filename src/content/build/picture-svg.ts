import { ContentError } from './content-error';

// Exercise pictures are SVG files in content/pictures/, put into the page as
// inline SVG so they take the text colour (stroke="currentColor"). Inline SVG
// can run script and load things, so a picture may hold drawing and nothing
// else: the elements and attributes below, no text outside <title>/<desc>,
// no entities, no links. Anything more fails the build.

const ELEMENTS = new Set(['svg', 'g', 'path', 'line', 'polyline', 'circle', 'ellipse', 'rect', 'title', 'desc']);
const TEXT_ELEMENTS = new Set(['title', 'desc']);
const ATTRIBUTES = new Set([
  'xmlns',
  'viewBox',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'transform',
  'd',
  'points',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'width',
  'height',
]);
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
/** Every picture shares one shape, so pages can keep its space before it loads. */
export const PICTURE_VIEW_BOX = '0 0 200 160';
/** Line drawings are small; a bigger file is probably a traced or exported image. */
const MAX_BYTES = 4096;

const TAG = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributeProblem(element: string, name: string, value: string): string | null {
  const what = `the attribute ${name} on <${element}>`;
  if (/^on/i.test(name)) return `${what} is not allowed: a picture cannot run code`;
  if (/(^|:)href$/i.test(name)) return `${what} is not allowed: a picture cannot link to or load anything`;
  if (name === 'style') return `${what} is not allowed: use presentation attributes such as stroke-width`;
  if (!ATTRIBUTES.has(name)) return `${what} is not allowed; a picture may use ${[...ATTRIBUTES].join(', ')}`;
  if (name === 'xmlns') return value === SVG_NAMESPACE ? null : `xmlns must be "${SVG_NAMESPACE}"`;
  if (/url\(|javascript:|[&<]/i.test(value)) return `${what} has a value a drawing does not need: "${value}"`;
  return null;
}

/**
 * Checks one picture file and returns its SVG without any XML declaration or
 * comments. Throws ContentError naming the file, the line and the problem.
 */
export function checkPictureSvg(file: string, source: string): string {
  function fail(at: number, problem: string): never {
    const line = source.slice(0, at).split('\n').length;
    throw new ContentError(file, 'svg', `${problem} (line ${line})`);
  }
  if (Buffer.byteLength(source) > MAX_BYTES) fail(0, `the file is larger than ${MAX_BYTES / 1024} kB; keep pictures to a few simple lines`);

  const open: string[] = [];
  let output = '';
  let root = false;
  let at = 0;
  while (at < source.length) {
    const rest = source.slice(at);
    const space = /^\s+/.exec(rest);
    if (space) {
      at += space[0].length;
      continue;
    }
    if (rest.startsWith('<!--')) {
      const end = source.indexOf('-->', at);
      if (end < 0) fail(at, 'a comment is never closed');
      at = end + 3;
      continue;
    }
    if (rest.startsWith('<?xml') && at === source.search(/\S/)) {
      const end = source.indexOf('?>', at);
      if (end < 0) fail(at, 'the XML declaration is never closed');
      at = end + 2;
      continue;
    }
    if (rest.startsWith('<!')) fail(at, 'a DOCTYPE or CDATA section is not allowed in a picture');
    if (rest.startsWith('<?')) fail(at, 'a processing instruction is not allowed in a picture');
    if (!rest.startsWith('<')) {
      const text = rest.slice(0, rest.indexOf('<') < 0 ? rest.length : rest.indexOf('<'));
      if (!TEXT_ELEMENTS.has(open.at(-1) ?? '')) fail(at, `text "${text.trim().slice(0, 20)}" is not allowed outside <title> or <desc>`);
      if (text.includes('&')) fail(at, 'entities such as &amp; are not allowed in a picture; write the characters themselves');
      output += text;
      at += text.length;
      continue;
    }

    TAG.lastIndex = at;
    const tag = TAG.exec(source);
    if (!tag) fail(at, 'cannot read this tag as SVG');
    const [whole, closing, name = '', attributes = '', selfClosing] = tag;
    if (!ELEMENTS.has(name)) fail(at, `<${name}> is not allowed; a picture may only use ${[...ELEMENTS].map((e) => `<${e}>`).join(', ')}`);
    if (closing) {
      if (open.pop() !== name) fail(at, `</${name}> does not close the element that is open`);
    } else {
      if (open.length === 0) {
        if (root) fail(at, 'a picture must be one <svg> element with nothing after it');
        if (name !== 'svg') fail(at, 'a picture must start with <svg>');
        root = true;
      }
      if (TEXT_ELEMENTS.has(open.at(-1) ?? '')) fail(at, `<${name}> is not allowed inside <${open.at(-1)}>`);
      const names = new Map<string, string>();
      for (const [, attribute, double, single] of attributes.matchAll(ATTRIBUTE)) {
        const value = double ?? single ?? '';
        const problem = attributeProblem(name, attribute!, value);
        if (problem) fail(at, problem);
        names.set(attribute!, value);
      }
      if (open.length === 0 && names.get('viewBox') !== PICTURE_VIEW_BOX) fail(at, `the <svg> needs viewBox="${PICTURE_VIEW_BOX}", like every picture`);
      if (!selfClosing) open.push(name);
    }
    output += whole;
    at += whole.length;
  }
  if (!root) fail(0, 'the file holds no <svg> element');
  if (open.length) fail(source.length, `<${open.at(-1)}> is never closed`);
  return output;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The checked SVG as an image with its text alternative, ready to put in a page. */
export function namedPicture(svg: string, alt: string): string {
  return svg.replace(/^<svg\b/, `<svg role="img" aria-label="${escapeAttribute(alt)}"`);
}
