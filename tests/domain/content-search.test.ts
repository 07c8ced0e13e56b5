import { describe, expect, it } from 'vitest';
import { searchContent, type SearchableDocument } from '../../src/domain/content-search';

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
