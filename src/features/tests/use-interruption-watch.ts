import { useEffect } from 'react';

/**
 * While a test runs, notices the screen locking or the app going to the
 * background: the phone stops sending its movement then, and taps cannot be
 * made, so the result may be short. `onInterrupted` is called each time.
 */
export function useInterruptionWatch(active: boolean, onInterrupted: () => void): void {
  useEffect(() => {
    if (!active) return undefined;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onInterrupted();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onInterrupted);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onInterrupted);
    };
  }, [active, onInterrupted]);
}
