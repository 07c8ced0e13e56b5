import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { CompiledPlan, ContentPage, ExercisePicture, PageSummary, SearchDocument, SourceReference } from '../content-types';
import type { RedFlagCheck } from '../schemas/triage-schema';
import type { SymptomChecklist } from '../schemas/symptom-checklist-schema';
import { ContentError } from './content-error';
import { parseContentFile, type FrontMatterOf, type ParsedContentFile } from './parse-content-file';
import { compilePlans } from './compile-plans';
import { checkPictureSvg, namedPicture } from './picture-svg';

/** Where each kind of page lives in the app. Data-only kinds (triage) have no page of their own. */
function pathFor(parsed: ParsedContentFile, slug: string): string | null {
  switch (parsed.kind) {
    case 'learn':
      return `/learn/${slug}`;
    case 'exercise':
      return `/learn/exercises/${slug}`;
    case 'sources':
      return '/learn/sources';
    default:
      return null;
  }
}

export interface CompiledContent {
  pages: ContentPage[];
  /**
   * Each page's words as its markdown has them. Not shipped: the app searches the words of the
   * pages' HTML (plainTextOf); tests hold that to this, so no page loses a word to the HTML.
   */
  searchIndex: SearchDocument[];
  redFlagCheck: RedFlagCheck & { introHtml: string };
  symptomChecklist: SymptomChecklist & { introHtml: string };
  plans: CompiledPlan[];
}

async function filesEndingWith(dir: string, ending: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ending) && e.name !== 'README.md')
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * Every SVG in content/pictures/, checked (see picture-svg.ts), by file name.
 * All are checked, used or not: the app may also import one directly.
 */
async function checkedPictures(contentDir: string, named: (path: string) => string): Promise<Map<string, string>> {
  const dir = join(contentDir, 'pictures');
  const files = await filesEndingWith(dir, '.svg').catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? [] : Promise.reject(error)));
  const pictures = new Map<string, string>();
  for (const path of files) pictures.set(relative(dir, path), checkPictureSvg(named(path), await readFile(path, 'utf8')));
  return pictures;
}

function only<T>(items: T[], what: string, dir: string): T {
  if (items.length !== 1) throw new ContentError(dir, 'kind', `expected exactly one ${what} file, found ${items.length}`);
  return items[0]!;
}

/**
 * Compiles every markdown file under `contentDir`, then checks what no single
 * file can check alone: every source id is defined, every internal link leads
 * to a page or screen that exists, no link leaves the app, and paths are unique.
 * `appPaths` are the app's own screens that content may link to.
 */
export async function compileContent(contentDir: string, appPaths: readonly string[]): Promise<CompiledContent> {
  // Files are named from the content folder's parent, e.g. content/learn/early-signs.md.
  const named = (path: string) => relative(dirname(resolve(contentDir)), path);
  const parsed: ParsedContentFile[] = [];
  for (const path of await filesEndingWith(contentDir, '.md')) {
    parsed.push(await parseContentFile(named(path), await readFile(path, 'utf8')));
  }
  const pictures = await checkedPictures(contentDir, named);
  const pictureOf = (item: ParsedContentFile): ExercisePicture => {
    const { picture, pictureAlt } = item.frontMatter as FrontMatterOf<'exercise'>;
    const svg = pictures.get(picture);
    if (!svg) throw new ContentError(item.file, 'picture', `no file ${named(join(contentDir, 'pictures', picture))}`);
    return { svg: namedPicture(svg, pictureAlt), alt: pictureAlt };
  };

  const sourcesFile = only(parsed.filter((p) => p.kind === 'sources'), 'sources', contentDir);
  const references = (sourcesFile.frontMatter as FrontMatterOf<'sources'>).references;
  const citations = new Map<string, string>();
  references.forEach((ref, index) => {
    if (citations.has(ref.id)) throw new ContentError(sourcesFile.file, `references.${index}.id`, `"${ref.id}" is defined twice`);
    citations.set(ref.id, ref.citation);
  });

  const sourcesOf = (item: ParsedContentFile): SourceReference[] =>
    (item.frontMatter as { sources: string[] }).sources.map((id, index) => {
      const citation = citations.get(id);
      if (!citation) throw new ContentError(item.file, `sources.${index}`, `no source "${id}" in ${sourcesFile.file}`);
      return { id, citation };
    });

  const pages: ContentPage[] = [];
  const searchIndex: SearchDocument[] = [];
  for (const item of parsed) {
    const fm = item.frontMatter as FrontMatterOf<'learn'>;
    const sources = sourcesOf(item);
    const slug = item.file.split('/').pop()!.replace(/\.md$/, '');
    const path = pathFor(item, slug);
    if (!path) continue;
    const extra = item.frontMatter as Partial<Pick<FrontMatterOf<'learn'>, 'order'> & Pick<FrontMatterOf<'exercise'>, 'level' | 'category' | 'equipment' | 'muscles'>>;
    pages.push({
      path,
      kind: item.kind as ContentPage['kind'],
      title: fm.title,
      summary: fm.summary,
      ...(extra.order !== undefined && { order: extra.order }),
      ...(extra.level !== undefined && { level: extra.level, category: extra.category!, equipment: extra.equipment!, muscles: extra.muscles! }),
      html: item.kind === 'sources' ? item.body.html + referencesHtml(references) : item.body.html,
      sources,
      ...(item.kind === 'exercise' && { picture: pictureOf(item) }),
    });
    searchIndex.push({ path, title: fm.title, summary: fm.summary, text: item.body.plainText });
  }

  const known = new Set([...appPaths, ...pages.map((p) => p.path)]);
  for (const item of parsed) {
    for (const link of item.body.links) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link.startsWith('//')) {
        throw new ContentError(item.file, 'body', `link "${link}" leaves the app; Regain works offline and links only to its own pages`);
      }
      const target = link.split('#')[0]!;
      if (target && !known.has(target)) throw new ContentError(item.file, 'body', `broken link "${link}": no page or screen at ${target}`);
    }
  }

  const redFlag = only(parsed.filter((p) => p.kind === 'red-flag-check'), 'red-flag-check', contentDir);
  const checklist = only(parsed.filter((p) => p.kind === 'symptom-checklist'), 'symptom-checklist', contentDir);
  const byOrder = (a: PageSummary, b: PageSummary) => (a.order ?? 0) - (b.order ?? 0) || a.title.localeCompare(b.title);
  return {
    pages: pages.sort(byOrder),
    searchIndex,
    redFlagCheck: { ...(redFlag.frontMatter as RedFlagCheck), introHtml: redFlag.body.html },
    symptomChecklist: { ...(checklist.frontMatter as SymptomChecklist), introHtml: checklist.body.html },
    plans: compilePlans(parsed, pages, sourcesOf),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function referencesHtml(references: ReadonlyArray<{ id: string; citation: string }>): string {
  const items = references.map((r) => `<li id="source-${escapeHtml(r.id)}">${escapeHtml(r.citation)}</li>`).join('');
  return `<h2>References</h2><ol class="references">${items}</ol>`;
}
