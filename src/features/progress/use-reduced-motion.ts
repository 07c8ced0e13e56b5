import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function media(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
}

function subscribe(onChange: () => void): () => void {
  const list = media();
  list?.addEventListener('change', onChange);
  return () => list?.removeEventListener('change', onChange);
}

/** True when the person asked their phone for less motion: charts then draw without animating. */
export function useReducedMotion(): boolean {
  // At build time (prerendering) there is no window; no chart is drawn then anyway.
  return useSyncExternalStore(subscribe, () => media()?.matches ?? false, () => false);
}
