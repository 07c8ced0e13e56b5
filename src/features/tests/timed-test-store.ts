import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/**
 * Where the person is in a timed test, for any test the frame runs. Only what
 * is not data lives here: the running clock, taps, the stands the phone has
 * counted so far, and a result not yet saved. It is kept in sessionStorage, so
 * a reload in the middle of a test brings the person back to the same place;
 * the clock is worked out again from `startedAt`, so it is still right.
 */
export type TestMethod = 'motion' | 'tapped' | 'typed';

/** Why the phone cannot count: no movement sensor in this browser, permission refused, or no movement arrived. */
export type MotionProblem = 'absent' | 'denied' | 'silent';

/** How a timed run ended: the clock ran out, the phone saw the last stand, a tap, the arms, typed in, the
 * limit, or the phone lost count (no stand for a while, the person still: see src/domain/lost-count.ts),
 * or lost count but then found the last stand on a second look (src/domain/stand-detector-second-look.ts). */
export type Ending = 'timed' | 'auto' | 'tapped' | 'arms' | 'typed' | 'timed-out' | 'lost-count' | 'second-look';

export interface StandRecord {
  /** Seconds from "Go" at which each stand was completed. */
  standTimes: number[];
  /** Seconds each rise took, from sitting to standing. */
  rises: number[];
}

export type TimedTestStep =
  | { step: 'ready'; problem?: MotionProblem }
  | { step: 'practice' }
  | ({ step: 'timing'; method: TestMethod; startedAt: number; countdownSeconds: number; taps: number; interrupted: boolean } & StandRecord)
  | ({
      step: 'result';
      method: TestMethod;
      ending: Ending;
      valueText: string;
      /** What the phone or the taps gave, before the person corrects it; null when typed in. */
      raw: number | null;
      usedArms: boolean;
      interrupted: boolean;
    } & StandRecord)
  /** Tests where using the arms leaves no result to save. */
  | { step: 'used-arms'; /** The phone was on the chest: its recording can still be offered. */ byMotion?: boolean }
  | { step: 'saved'; entryId: string; byMotion: boolean };

export interface Finished extends StandRecord {
  ending: Ending;
  valueText: string;
  raw: number | null;
  /** Who measured it, when it differs from the method chosen (a tap on Stop during a motion run). */
  method?: TestMethod;
}

export interface TimedTestState {
  current: TimedTestStep;
  /** The way chosen on the start screen; the phone on the chest unless the person picks another. */
  method: TestMethod;
  choose: (method: TestMethod) => void;
  practise: () => void;
  start: (now: number, method: TestMethod, countdownSeconds: number) => void;
  /** The phone cannot count: back to the start, with `fallback` chosen and the problem explained. */
  motionMissing: (problem: MotionProblem, fallback: TestMethod) => void;
  tap: () => void;
  untap: () => void;
  addStands: (times: readonly number[]) => void;
  markInterrupted: () => void;
  finish: (finished: Finished) => void;
  stopUsedArms: (leavesNoResult: boolean) => void;
  enterWithoutTimer: () => void;
  setValueText: (text: string) => void;
  setUsedArms: (usedArms: boolean) => void;
  saved: (entryId: string, byMotion: boolean) => void;
  reset: () => void;
}

const READY: TimedTestStep = { step: 'ready' };
const NO_STANDS: StandRecord = { standTimes: [], rises: [] };

export function createTimedTestStore(storageKey: string) {
  return create<TimedTestState>()(
    persist(
      (set, get) => {
        /** Changes the current step only while it is `step` (a late timer must not undo a newer step). */
        const update = <S extends TimedTestStep['step']>(step: S, change: (current: Extract<TimedTestStep, { step: S }>) => TimedTestStep) => {
          const { current } = get();
          if (current.step === step) set({ current: change(current as Extract<TimedTestStep, { step: S }>) });
        };
        return {
          current: READY,
          method: 'motion',
          choose: (method) => set({ method }),
          practise: () => set({ current: { step: 'practice' } }),
          start: (now, method, countdownSeconds) =>
            set({ method, current: { step: 'timing', method, startedAt: now, countdownSeconds, taps: 0, interrupted: false, ...NO_STANDS } }),
          motionMissing: (problem, fallback) => set({ method: fallback, current: { step: 'ready', problem } }),
          tap: () => update('timing', (c) => ({ ...c, taps: c.taps + 1 })),
          untap: () => update('timing', (c) => ({ ...c, taps: Math.max(0, c.taps - 1) })),
          addStands: (times) => update('timing', (c) => ({ ...c, standTimes: [...c.standTimes, ...times] })),
          markInterrupted: () => update('timing', (c) => (c.interrupted ? c : { ...c, interrupted: true })),
          finish: ({ method, ...finished }) =>
            update('timing', (c) => ({ step: 'result', method: method ?? c.method, usedArms: false, interrupted: c.interrupted, ...finished })),
          stopUsedArms: (leavesNoResult) => {
            const { current } = get();
            const method = current.step === 'timing' ? current.method : 'typed';
            set({
              current: leavesNoResult
                ? { step: 'used-arms', byMotion: method === 'motion' }
                : { step: 'result', method, ending: 'arms', valueText: '0', raw: null, usedArms: true, interrupted: false, ...NO_STANDS },
            });
          },
          enterWithoutTimer: () =>
            set({ current: { step: 'result', method: 'typed', ending: 'typed', valueText: '', raw: null, usedArms: false, interrupted: false, ...NO_STANDS } }),
          setValueText: (valueText) => update('result', (c) => ({ ...c, valueText })),
          setUsedArms: (usedArms) => update('result', (c) => ({ ...c, usedArms, valueText: usedArms ? '0' : c.valueText })),
          saved: (entryId, byMotion) => set({ current: { step: 'saved', entryId, byMotion } }),
          reset: () => set({ current: READY }),
        };
      },
      {
        name: storageKey,
        storage: createJSONStorage(() => sessionStorage),
        partialize: (state) => ({ current: state.current, method: state.method }),
        // Version 1: the shared frame. A step saved by an older version starts afresh.
        version: 1,
        migrate: () => ({ current: READY, method: 'motion' as TestMethod }),
      },
    ),
  );
}

export type TimedTestStore = ReturnType<typeof createTimedTestStore>;
