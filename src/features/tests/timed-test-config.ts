import type { ComponentType, ReactNode } from 'react';
import type { StandTest } from '../../domain/stand-detector';
import type { MeasurementLimit } from '../../domain/measurement-limits';
import type { TimerPhase } from '../../domain/test-timer';
import { readyTime } from './ready-time';
import type { Ending, StandRecord, TestMethod, TimedTestStore } from './timed-test-store';

/**
 * What makes one timed test different from another. The frame
 * (timed-test-screen.tsx) runs the steps, countdown, timer, result form, saved
 * result and live region; a test brings its words, its timer, the ways it can
 * be measured, its result field, its save and its saved view.
 */
export interface TimedTestConfig {
  /** Also the id of its unsaved-input mark (app updates wait while it is set). */
  id: string;
  title: string;
  store: TimedTestStore;
  /** The stand counter's rules for this test (absent: the phone cannot measure it). */
  standTest?: StandTest;
  timer: {
    /** A countdown to zero ends by itself; a stopwatch is stopped by a tap, the phone or its limit. */
    kind: 'countdown-to-zero' | 'stopwatch';
    seconds: number;
  };
  /** The ways offered on the start screen, the first being the default. */
  methods: readonly TestMethod[];
  /** `start`: the button that starts the test this way when the phone cannot count. */
  methodWords: Partial<Record<TestMethod, { label: string; hint: string; start: string }>>;
  /** For "Choose how …": "the stands are counted", "the time is taken". */
  methodQuestion: string;
  intro: string;
  /** `readySeconds`: the countdown after Start when the person is alone (ready-time.ts). */
  howItWorks: (method: TestMethod, readySeconds: number) => readonly string[];
  rulesNote: string;
  practice: boolean;
  /** The link that skips the timer: "I timed it another way: type in my count". */
  typeInLabel: string;
  /** Using the arms: a score of 0 (chair stand), or no result at all (five-times). */
  arms: 'score-zero' | 'no-result';
  value: {
    kind: 'count' | 'seconds';
    label: string;
    limit: MeasurementLimit;
    /** "The phone counted 11 stands.", "The phone timed five stands: 13.2 seconds." */
    measured: (value: string, by: TestMethod) => string;
    /** What to check or type when a person counted or timed it. */
    hint: string;
  };
  words: {
    running: (phase: Extract<TimerPhase, { phase: 'running' }>) => string;
    finished: string;
    ended: Partial<Record<Ending, string>>;
    /** Spoken at the end (after the beeps). */
    spokenEnd: string;
  };
  save: (result: SaveRequest) => Promise<string>;
  SavedView: ComponentType<SavedViewProps>;
  UsedArmsView?: ComponentType<{ onReset: () => void }>;
}

export interface SaveRequest extends StandRecord {
  value: number;
  usedArms: boolean;
  method: TestMethod;
  raw: number | null;
  interrupted: boolean;
}

export interface SavedViewProps {
  entryId: string;
  yearOfBirth: number | undefined;
  sex: 'female' | 'male' | 'unspecified';
  onReset: () => void;
  /** The quality report and recording offer, shown under the result when the phone measured it. */
  motionDetails: (standTimes: readonly number[] | undefined, rises: readonly number[] | undefined) => ReactNode;
}

/** Someone helping taps: a 3-2-1 is enough. Alone, the person needs time to sit back and cross the arms:
 * 10 seconds, or more if they chose it (ready-time.ts). */
export const HELPED_COUNTDOWN_S = 3;

export function countdownFor(method: TestMethod): number {
  return method === 'tapped' ? HELPED_COUNTDOWN_S : readyTime();
}
