import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

// Markdown to safe HTML, at build time only. Raw HTML in markdown is dropped
// (remark-rehype without allowDangerousHtml), and rehype-sanitize's GitHub
// schema then removes anything else unsafe, such as javascript: links.

const parser = unified().use(remarkParse).use(remarkGfm);
const toHtml = unified().use(remarkRehype).use(rehypeSanitize).use(() => keepHyphenatedWordsWhole).use(rehypeStringify);

const HYPHENATED = /(\S*\p{L}-\p{L}\S*)/u;

/**
 * As src/ui/whole-words.tsx does for the app's own headings: a hyphenated word
 * in a heading ("sit-to-stand") goes in a span that does not wrap, so it is
 * never split over two lines. Runs after sanitizing, which would drop the class.
 */
function keepHyphenatedWordsWhole(tree: HastRoot): void {
  const inHeading = (node: Element): void => {
    node.children = node.children.flatMap((child): ElementContent[] => {
      if (child.type === 'element') inHeading(child);
      if (child.type !== 'text') return [child];
      return child.value.split(HYPHENATED).flatMap((part, i): ElementContent[] => {
        if (part === '') return [];
        if (i % 2 === 0) return [{ type: 'text', value: part }];
        return [{ type: 'element', tagName: 'span', properties: { className: ['whole-word'] }, children: [{ type: 'text', value: part }] }];
      });
    });
  };
  const visit = (node: HastRoot | ElementContent): void => {
    if (node.type === 'element' && /^h[1-6]$/.test(node.tagName)) inHeading(node);
    else if ('children' in node) node.children.forEach((child) => visit(child as ElementContent));
  };
  visit(tree);
}

type Node = MdastRoot | RootContent;

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

function textOf(node: Node): string {
  if ('value' in node && (node.type === 'text' || node.type === 'inlineCode')) return node.value;
  if ('children' in node) return node.children.map(textOf).join(node.type === 'paragraph' ? '' : ' ');
  return '';
}

export interface RenderedMarkdown {
  html: string;
  /** Every link target, as written. */
  links: string[];
  /** Text of the level-2 headings, in order. */
  sectionHeadings: string[];
  plainText: string;
}

export async function renderMarkdown(markdown: string): Promise<RenderedMarkdown> {
  const tree = parser.parse(markdown);
  const links: string[] = [];
  const sectionHeadings: string[] = [];
  walk(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') links.push(node.url);
    if (node.type === 'heading' && node.depth === 2) sectionHeadings.push(textOf(node).trim());
  });
  const hast = await toHtml.run(tree);
  const html = toHtml.stringify(hast as Parameters<typeof toHtml.stringify>[0]);
  const plainText = textOf(tree).replace(/\s+/g, ' ').trim();
  return { html, links, sectionHeadings, plainText };
}
