import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Where the person is in the five-times sit-to-stand test: the running
 * stopwatch and a time not yet saved (never database rows). Kept in
 * sessionStorage so a reload mid-test loses nothing; the stopwatch is worked
 * out again from `startedAt`.
 */
export type FiveTimesStep =
  | { step: 'ready' }
  | { step: 'timing'; startedAt: number }
  | { step: 'result'; secondsText: string; how: 'timed' | 'timed-out' | 'typed' }
  /** Using the arms fails this test: there is no time to save. */
  | { step: 'used-arms' }
  | { step: 'saved'; entryId: string };

interface FiveTimesState {
  current: FiveTimesStep;
  start: (now: number) => void;
  /** Stopped on the fifth stand, or the stopwatch reached its limit. */
  stop: (secondsText: string, how: 'timed' | 'timed-out') => void;
  stopUsedArms: () => void;
  enterWithoutTimer: () => void;
  setSecondsText: (text: string) => void;
  saved: (entryId: string) => void;
  reset: () => void;
}

const READY: FiveTimesStep = { step: 'ready' };

export const useFiveTimesStore = create<FiveTimesState>()(
  persist(
    (set, get) => ({
      current: READY,
      start: (now) => set({ current: { step: 'timing', startedAt: now } }),
      stop: (secondsText, how) => {
        if (get().current.step === 'timing') set({ current: { step: 'result', secondsText, how } });
      },
      stopUsedArms: () => set({ current: { step: 'used-arms' } }),
      enterWithoutTimer: () => set({ current: { step: 'result', secondsText: '', how: 'typed' } }),
      setSecondsText: (secondsText) => {
        const { current } = get();
        if (current.step === 'result') set({ current: { ...current, secondsText } });
      },
      saved: (entryId) => set({ current: { step: 'saved', entryId } }),
      reset: () => set({ current: READY }),
    }),
    {
      name: 'regain-five-times-test',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ current: state.current }),
    },
  ),
);
