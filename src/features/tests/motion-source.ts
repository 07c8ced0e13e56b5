// The phone's movement during a test: the devicemotion events, with their time
// as ms from "Go", kept for the stand counter and (if the person records) the
// CSV. It also notices when no movement arrives at all (a phone or browser
// that does not send it) and when events stop for a while (screen locked).
import type { MotionSample } from '../../domain/stand-detector';

export type MotionPermission = 'granted' | 'denied' | 'absent';

/** No sample this long after Start: this phone is not sending its movement. */
export const SILENCE_MS = 1500;
/** Samples come every 16–70 ms; a gap this long means the phone stopped sending (locked, in the background). */
export const GAP_MS = 1000;
/** Two minutes at 100 Hz, plus the longest countdown (30 s): a bound so a runaway sensor cannot fill the memory. */
const MAX_SAMPLES = 15_000;

interface MotionEventClass {
  requestPermission?: () => Promise<'granted' | 'denied'>;
}

function motionEventClass(): MotionEventClass | undefined {
  return (window as { DeviceMotionEvent?: MotionEventClass }).DeviceMotionEvent;
}

/**
 * Asks for the movement where the browser asks the person (iPhone, iPad). Call
 * it before any other await inside the Start tap: iOS shows its question only
 * from a tap.
 */
export function requestMotionPermission(): Promise<MotionPermission> {
  const Ctor = motionEventClass();
  if (!Ctor) return Promise.resolve('absent');
  if (typeof Ctor.requestPermission !== 'function') return Promise.resolve('granted');
  return Ctor.requestPermission().then(
    (answer) => (answer === 'granted' ? 'granted' : 'denied'),
    () => 'denied',
  );
}

export interface MotionHandlers {
  onSample: (sample: MotionSample) => void;
  /** No movement at all within SILENCE_MS of starting. */
  onSilent: () => void;
  /** The movement stopped for more than GAP_MS and came back: stands may be missing. */
  onGap: () => void;
}

export interface MotionCapture {
  readonly samples: readonly MotionSample[];
  stop: () => void;
}

let lastRecording: readonly MotionSample[] = [];

/** The samples of the last test done with the phone on the chest, for the CSV (memory only, gone on reload). */
export function lastMotionRecording(): readonly MotionSample[] {
  return lastRecording;
}

/** Listens from now on; `goAt` is the Date.now() of "Go", so samples before it have negative times. */
export function startMotionCapture(goAt: number, handlers: MotionHandlers): MotionCapture {
  const samples: MotionSample[] = [];
  lastRecording = samples;
  // Event times follow performance.now(), which no change of the phone's clock can move.
  const goPerf = performance.now() + (goAt - Date.now());
  let previous: number | null = null;

  const onMotion = (event: Event) => {
    const g = (event as DeviceMotionEvent).accelerationIncludingGravity;
    // Some desktop browsers send events with no values: those are no movement.
    if (!g || typeof g.x !== 'number' || typeof g.y !== 'number' || typeof g.z !== 'number') return;
    const t = Math.round((performance.now() - goPerf) * 10) / 10;
    if (previous !== null && t - previous > GAP_MS) handlers.onGap();
    previous = t;
    const sample = { t, x: g.x, y: g.y, z: g.z };
    if (samples.length < MAX_SAMPLES) samples.push(sample);
    handlers.onSample(sample);
  };
  const silence = setTimeout(() => {
    if (previous === null) handlers.onSilent();
  }, SILENCE_MS);

  window.addEventListener('devicemotion', onMotion);
  return {
    samples,
    stop: () => {
      clearTimeout(silence);
      window.removeEventListener('devicemotion', onMotion);
    },
  };
}
