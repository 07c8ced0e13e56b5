import { useEffect, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { plainTextOf, searchContent, type SearchableDocument, type SearchResult } from '../../domain/content-search';
import { useHydrated } from '../../ui/use-hydrated';

// The pages' words, read from the pages themselves the first time someone
// searches (the service worker keeps every page for reading offline anyway).
let indexPromise: Promise<SearchableDocument[]> | null = null;
const loadIndex = () =>
  (indexPromise ??= import('virtual:regain-content/pages').then(({ default: loaders }) =>
    Promise.all(
      Object.values(loaders).map(async (load) => {
        const { path, title, summary, html } = (await load()).default;
        return { path, title, summary, text: plainTextOf(html) };
      }),
    ),
  ).catch((error: unknown) => {
    indexPromise = null; // a page that could not load: the next search tries again
    throw error;
  }));

export function ContentSearch() {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [draft, setDraft] = useState(query);
  // Results remember the query they answer, so a stale answer is never shown.
  const [found, setFound] = useState<{ query: string; results: SearchResult[] } | null>(null);
  const results = query.trim() && found?.query === query ? found.results : null;
  const inputId = useId();
  // Read-only in the prerendered page: typing there before the app runs
  // would be wiped when the app takes over the box.
  const hydrated = useHydrated();

  useEffect(() => {
    if (!query.trim()) return;
    let current = true;
    void loadIndex().then((documents) => current && setFound({ query, results: searchContent(documents, query) }));
    return () => {
      current = false;
    };
  }, [query]);

  return (
    <search className="content-search">
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(draft.trim() ? { q: draft.trim() } : {});
        }}
      >
        <label htmlFor={inputId}>Search Learn</label>
        <div className="search-row">
          <input id={inputId} type="search" readOnly={!hydrated} value={draft} onChange={(e) => setDraft(e.target.value)} onFocus={() => void loadIndex()} enterKeyHint="search" />
          <button type="submit">Search</button>
        </div>
      </form>
      <div aria-live="polite">
        {results === null ? null : results.length === 0 ? (
          <p>No pages mention “{query}”. Try a shorter or different word.</p>
        ) : (
          <>
            <h2>
              {results.length} {results.length === 1 ? 'page' : 'pages'} about “{query}”
            </h2>
            <ul className="card-list">
              {results.map((result) => (
                <li key={result.path}>
                  <Link to={result.path} className="card-link">
                    <span className="card-title">{result.title}</span>
                    <span className="card-summary">{result.snippet}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </search>
  );
}
