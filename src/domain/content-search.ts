// Offline search over the Learn pages: every word of the query must appear
// (as a word start, so "prot" finds "protein"); title hits rank above body hits.

export interface SearchableDocument {
  path: string;
  title: string;
  summary: string;
  text: string;
}

export interface SearchResult {
  path: string;
  title: string;
  summary: string;
  /** A short piece of text around the first match, for context. */
  snippet: string;
}

function normalise(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

function queryTerms(query: string): string[] {
  return normalise(query)
    .split(/[^a-z0-9]+/)
    .filter((term) => term.length > 0);
}

function hasWordStarting(haystack: string, term: string): boolean {
  return new RegExp(`(^|[^a-z0-9])${term}`).test(haystack);
}

function snippetAround(text: string, term: string, radius = 80): string {
  const at = normalise(text).indexOf(term);
  if (at < 0) return text.slice(0, radius * 2).trim();
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + term.length + radius);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

export function searchContent(documents: readonly SearchableDocument[], query: string, limit = 20): SearchResult[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return [];
  const scored = documents.flatMap((doc) => {
    const title = normalise(doc.title);
    const all = `${title} ${normalise(doc.summary)} ${normalise(doc.text)}`;
    if (!terms.every((term) => hasWordStarting(all, term))) return [];
    const titleHits = terms.filter((term) => hasWordStarting(title, term)).length;
    const bodyHits = terms.reduce((sum, term) => sum + (all.split(term).length - 1), 0);
    return [{ doc, score: titleHits * 100 + bodyHits }];
  });
  return scored
    .sort((a, b) => b.score - a.score || a.doc.title.localeCompare(b.doc.title))
    .slice(0, limit)
    .map(({ doc }) => ({ path: doc.path, title: doc.title, summary: doc.summary, snippet: snippetAround(doc.text, terms[0]!) }));
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * A page's words from its (build-time sanitised) HTML, for searching: tags
 * become spaces, so "end.</p><p>Next" stays two words. The search reads the
 * pages the phone already keeps for reading them, instead of a second copy of
 * every page's text (14 kB gzip of the offline cache).
 */
export function plainTextOf(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
    })
    .replace(/\s+/g, ' ')
    .trim();
}
