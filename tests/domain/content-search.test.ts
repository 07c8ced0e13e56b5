import { describe, expect, it } from 'vitest';
import { plainTextOf, searchContent, type SearchableDocument } from '../../src/domain/content-search';
import { realContent } from '../support/real-content';

const docs: SearchableDocument[] = [
  { path: '/learn/protein-and-food', title: 'Protein and food', summary: 'How much protein you need.', text: 'Eat protein at each meal: eggs, beans, fish.' },
  { path: '/learn/getting-stronger', title: 'Getting stronger', summary: 'Why strength training works.', text: 'Eat enough protein and train two to four days a week.' },
  { path: '/learn/early-signs', title: 'Early signs', summary: 'What to watch for.', text: 'Clothes feel looser. Balance is worse.' },
];

describe('searchContent', () => {
  it('finds every page that mentions a word, with title matches first', () => {
    expect(searchContent(docs, 'protein').map((r) => r.path)).toEqual(['/learn/protein-and-food', '/learn/getting-stronger']);
  });

  it('matches the start of words, ignoring case', () => {
    expect(searchContent(docs, 'PROT').map((r) => r.path)).toContain('/learn/protein-and-food');
    expect(searchContent(docs, 'rotein')).toEqual([]);
  });

  it('needs every word of the query', () => {
    expect(searchContent(docs, 'protein beans').map((r) => r.path)).toEqual(['/learn/protein-and-food']);
  });

  it('returns nothing for an empty query or no match', () => {
    expect(searchContent(docs, '   ')).toEqual([]);
    expect(searchContent(docs, 'zebra')).toEqual([]);
  });

  it('shows a snippet around the match', () => {
    const [result] = searchContent(docs, 'balance');
    expect(result?.snippet).toContain('Balance is worse');
  });
});

describe('plainTextOf', () => {
  it('keeps words apart across tags and reads entities', () => {
    expect(plainTextOf('<p>Eat protein.</p><p>Then&nbsp;rest &amp; drink <em>water</em>&#33;</p>')).toBe('Eat protein. Then rest & drink water !');
  });

  // The build wrote each page's text from its markdown; the HTML also has what the build adds (the Sources
  // page's list), so it may find more, never less.
  it('finds, for every word of every real Learn page, at least the pages the build-time text found', async () => {
    const { pages, searchIndex } = await realContent();
    const derived = pages.map((page) => ({ path: page.path, title: page.title, summary: page.summary, text: plainTextOf(page.html) }));
    const words = new Set(searchIndex.flatMap((doc) => doc.text.toLowerCase().match(/[a-z]{5,}/g) ?? []));
    expect(words.size).toBeGreaterThan(200);
    for (const word of words) expect(searchContent(derived, word, 100).map((r) => r.path), word).toEqual(expect.arrayContaining(searchContent(searchIndex, word, 100).map((r) => r.path)));
  });
});
