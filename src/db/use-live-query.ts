import { liveQuery } from 'dexie';
import { startTransition, useEffect, useState, type DependencyList } from 'react';

/**
 * Reads from the database and re-reads whenever the rows it read change, in
 * this tab or another. Like dexie-react-hooks' useLiveQuery, which it
 * replaces: that package cost the Today screen about 1 kB gzip, which took
 * Today over its JavaScript budget. `undefined` until the first result;
 * after a change of `deps`, the previous result stays until the new one
 * arrives, so nothing flickers. A failed query is thrown to the screen's
 * error boundary.
 */
export function useLiveQuery<T>(query: () => Promise<T> | T, deps: DependencyList): T | undefined {
  const [state, setState] = useState<{ value?: T; error?: unknown }>({});
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      // A transition: React draws the result in slices of a few milliseconds
      // instead of one blocking task (Today's first data, on a slow phone).
      next: (value) => startTransition(() => setState({ value })),
      error: (error: unknown) => startTransition(() => setState({ error })),
    });
    return () => subscription.unsubscribe();
    // The caller's deps decide when the query changes, as with useEffect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  if (state.error !== undefined) throw state.error;
  return state.value;
}
