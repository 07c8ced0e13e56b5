import { useEffect } from 'react';
import { create } from 'zustand';

/**
 * Focused mode: while a timed test runs nothing else competes for the screen,
 * so the layout hides the bottom navigation (a tap on it mid-test would also
 * end the test). Screens hold it while they need it; each keeps its own way
 * out (Stop the test, End the session).
 */
export const useFocusModeStore = create<{ holders: number }>(() => ({ holders: 0 }));

export function useFocusMode(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    useFocusModeStore.setState((state) => ({ holders: state.holders + 1 }));
    return () => useFocusModeStore.setState((state) => ({ holders: state.holders - 1 }));
  }, [active]);
}
