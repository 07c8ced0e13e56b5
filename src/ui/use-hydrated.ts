import { startTransition, useEffect, useState } from 'react';

/**
 * False while rendering at build time and during hydration, true after. Parts
 * that depend on the device (today's date, the browser, stored data) render
 * only once this is true, so the prerendered HTML and the first client render
 * match.
 *
 * The switch to true is a transition, which React renders in slices of a few
 * milliseconds. (useSyncExternalStore with a different server snapshot, as
 * this was, makes React re-render every user synchronously right after
 * hydration: one task of about 150 ms on a 4× slowed phone.) It starts false
 * on every mount, never from a "hydrated already" flag: React hydrates a
 * Suspense boundary's content after the rest of the page has committed, so
 * such a flag is set before the screen inside the boundary has hydrated.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}
