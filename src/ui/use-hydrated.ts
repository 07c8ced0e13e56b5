import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False while rendering at build time and during hydration, true after. Parts
 * that depend on the device (today's date, the browser, stored data) render
 * only once this is true, so the prerendered HTML and the first client render
 * match.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
