import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { CONTENT_KINDS, type ContentKind } from '../schemas/content-kinds';
import { EXERCISE_SECTIONS } from '../schemas/page-schemas';
import { ContentError } from './content-error';
import { renderMarkdown, type RenderedMarkdown } from './markdown';

export type FrontMatterOf<K extends ContentKind> = z.infer<(typeof CONTENT_KINDS)[K]>;

export interface ParsedContentFile {
  file: string;
  kind: ContentKind;
  frontMatter: FrontMatterOf<ContentKind>;
  body: RenderedMarkdown;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length ? path.map(String).join('.') : 'front matter';
}

/**
 * Reads one content file: YAML front matter validated by the schema of its
 * `kind`, and a markdown body compiled to sanitized HTML. Throws ContentError
 * naming the file and the field at fault.
 */
export async function parseContentFile(file: string, source: string): Promise<ParsedContentFile> {
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new ContentError(file, 'front matter', 'the file must start with front matter between --- lines');
  const [, yamlText = '', markdown = ''] = match;

  let raw: unknown;
  try {
    raw = parseYaml(yamlText);
  } catch (error) {
    throw new ContentError(file, 'front matter', `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (typeof raw !== 'object' || raw === null) throw new ContentError(file, 'front matter', 'must be a YAML mapping');

  const kind = (raw as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(kind in CONTENT_KINDS)) {
    throw new ContentError(file, 'kind', `must be one of ${Object.keys(CONTENT_KINDS).join(', ')} (found ${JSON.stringify(kind)})`);
  }
  const result = CONTENT_KINDS[kind as ContentKind].safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new ContentError(file, fieldPath(issue.path), issue.message);
  }

  const body = await renderMarkdown(markdown);
  if (kind === 'exercise' && body.sectionHeadings.join('|') !== EXERCISE_SECTIONS.join('|')) {
    throw new ContentError(
      file,
      'body',
      `an exercise needs the sections ${EXERCISE_SECTIONS.map((s) => `"## ${s}"`).join(', ')} in that order (found ${body.sectionHeadings.map((s) => `"${s}"`).join(', ') || 'none'})`,
    );
  }
  return { file, kind: kind as ContentKind, frontMatter: result.data as FrontMatterOf<ContentKind>, body };
}
