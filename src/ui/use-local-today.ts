import { useSyncExternalStore } from 'react';
import { todayLocal, type LocalDate } from '../domain/dates';
import { useHydrated } from './use-hydrated';

// An installed app can stay open overnight: re-read the day every minute and
// whenever the app comes back to the front, so "today" never means yesterday.
function subscribe(onChange: () => void): () => void {
  const timer = window.setInterval(onChange, 60_000);
  document.addEventListener('visibilitychange', onChange);
  window.addEventListener('focus', onChange);
  return () => {
    window.clearInterval(timer);
    document.removeEventListener('visibilitychange', onChange);
    window.removeEventListener('focus', onChange);
  };
}

/**
 * The person's local calendar day, kept current across midnight. Null while
 * the page is prerendered at build time and hydrated: the build's day is not
 * the person's, so nothing dated is drawn until the browser knows the real one.
 */
export function useLocalToday(): LocalDate | null {
  // The same snapshot on both sides (a different one would force a blocking
  // re-render after hydration); useHydrated holds the day back until then.
  const today = useSyncExternalStore(subscribe, todayLocal, todayLocal);
  return useHydrated() ? today : null;
}
