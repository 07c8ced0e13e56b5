import { startTransition, useEffect, useState, useSyncExternalStore } from 'react';

/** True once the opening screen has hydrated (markOpeningScreenHydrated): whatever mounts later is drawn on the client from the start. */
let openingScreenHydrated = false;

/** Called by the route wrapper around every screen once its screen has committed (src/app/routes.tsx). */
export function markOpeningScreenHydrated(): void {
  // After every effect of this commit: a component's own check (below) still reads false.
  queueMicrotask(() => {
    openingScreenHydrated = true;
  });
}

/**
 * Called before the app draws a page that arrived empty (src/main.tsx): with
 * nothing to hydrate, every part is drawn in its final state from the start,
 * the leave-without-saving question included.
 */
export function markNothingToHydrate(): void {
  openingScreenHydrated = true;
}

const subscribe = () => () => {};

/**
 * False while rendering at build time and during hydration, true after. Parts
 * that depend on the device (today's date, the browser, stored data) render
 * only once this is true, so the prerendered HTML and the first client render
 * match.
 *
 * While hydrating, React reads the server snapshot (false); a component that
 * mounts later, on another screen, reads the flag (true), so it draws its
 * final state at once. After hydration the switch to true is a transition,
 * which React renders in slices of a few milliseconds: useSyncExternalStore
 * with a server snapshot different from the client's, as this was, makes
 * React re-render every user synchronously right after hydration (one task of
 * about 150 ms on a 4× slowed phone). Here the two snapshots still agree when
 * React compares them after hydrating, so it does not.
 */
export function useHydrated(): boolean {
  const mountedLater = useSyncExternalStore(subscribe, () => openingScreenHydrated, () => false);
  const [hydrated, setHydrated] = useState(mountedLater);
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, after the first commit
  }, []);
  return hydrated;
}
