import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Where the person is in the chair stand test. Only what is not data lives
 * here: the running timer, taps, and a count not yet saved. It is kept in
 * sessionStorage, so a reload (or the phone dropping the tab) in the middle
 * of a test brings the person back to the same place; the clock is worked out
 * again from `startedAt`, so it is still right.
 */
export type ChairStandStep =
  | { step: 'ready' }
  | { step: 'practice' }
  | { step: 'timing'; startedAt: number; taps: number }
  | { step: 'result'; repsText: string; usedArms: boolean; how: 'timed' | 'arms' | 'typed' }
  | { step: 'saved'; entryId: string };

interface ChairStandState {
  current: ChairStandStep;
  practise: () => void;
  start: (now: number) => void;
  tap: () => void;
  untap: () => void;
  /** The 30 seconds are up: the taps become the count to check and save. */
  finish: () => void;
  /** STEADI: needing the arms ends the test with a score of 0. */
  stopUsedArms: () => void;
  enterWithoutTimer: () => void;
  setRepsText: (text: string) => void;
  setUsedArms: (usedArms: boolean) => void;
  saved: (entryId: string) => void;
  reset: () => void;
}

const READY: ChairStandStep = { step: 'ready' };

export const useChairStandStore = create<ChairStandState>()(
  persist(
    (set, get) => ({
      current: READY,
      practise: () => set({ current: { step: 'practice' } }),
      start: (now) => set({ current: { step: 'timing', startedAt: now, taps: 0 } }),
      tap: () => {
        const { current } = get();
        if (current.step === 'timing') set({ current: { ...current, taps: current.taps + 1 } });
      },
      untap: () => {
        const { current } = get();
        if (current.step === 'timing') set({ current: { ...current, taps: Math.max(0, current.taps - 1) } });
      },
      finish: () => {
        const { current } = get();
        if (current.step === 'timing') {
          set({ current: { step: 'result', repsText: String(current.taps), usedArms: false, how: 'timed' } });
        }
      },
      stopUsedArms: () => set({ current: { step: 'result', repsText: '0', usedArms: true, how: 'arms' } }),
      enterWithoutTimer: () => set({ current: { step: 'result', repsText: '', usedArms: false, how: 'typed' } }),
      setRepsText: (repsText) => {
        const { current } = get();
        if (current.step === 'result') set({ current: { ...current, repsText } });
      },
      setUsedArms: (usedArms) => {
        const { current } = get();
        if (current.step === 'result') set({ current: { ...current, usedArms, repsText: usedArms ? '0' : current.repsText } });
      },
      saved: (entryId) => set({ current: { step: 'saved', entryId } }),
      reset: () => set({ current: READY }),
    }),
    {
      name: 'regain-chair-stand-test',
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ current: state.current }),
    },
  ),
);
