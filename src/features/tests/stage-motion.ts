// The phone on the chest during a balance stance or a Timed Up and Go: the
// question on an iPhone (inside the Start tap), and listening while a stage
// runs. The detectors themselves are pure (src/domain/sway-detector.ts,
// src/domain/tug-detector.ts); this only feeds them.
import { useEffect, useRef } from 'react';
import type { MotionSample } from '../../domain/stand-detector-types';
import type { StageRun } from './mobility-run';
import { requestMotionPermission, startMotionCapture } from './motion-source';
import { prepareSignals } from './signals';
import { unlockSpeech } from './speech';

/** Why the phone cannot feel the movement: no sensor here, permission refused, or nothing arrived. */
export type MotionTrouble = 'absent' | 'denied' | 'silent';

/** In plain words, for the notice that the test goes on with taps. */
export const TROUBLE_WORDS: Record<MotionTrouble, string> = {
  absent: 'This phone or browser does not let apps feel its movement.',
  denied: 'Regain was not allowed to use the phone’s movement. To allow it another day, close Regain fully, open it again, and choose Allow when the phone asks.',
  silent: 'The phone did not send any movement. Some phones and browsers do not share it.',
};

/**
 * Call first thing inside the Start tap: on an iPhone the question shows only
 * from a tap, and sound and voice are unlocked here for after the answer.
 * Resolves to the trouble, or null when the movement may be used.
 */
export function askForMotion(): Promise<MotionTrouble | null> {
  const answer = requestMotionPermission();
  prepareSignals();
  unlockSpeech();
  return answer.then((a) => (a === 'granted' ? null : a));
}

/**
 * Listens while `run` is under way (from its Start, so the countdown's
 * stillness is there too) and `on` is true. `onSample` gets each sample with
 * all so far, times in ms from Go. Nothing within 1.5 s: `onSilent`.
 */
export function useStageMotion(
  run: StageRun | null,
  on: boolean,
  onSample: (sample: MotionSample, all: readonly MotionSample[]) => void,
  onSilent: () => void,
): void {
  const handlers = useRef({ onSample, onSilent });
  useEffect(() => {
    handlers.current = { onSample, onSilent };
  });
  const goAt = run && on ? run.startedAt + run.countdownSeconds * 1000 : null;
  useEffect(() => {
    if (goAt === null) return undefined;
    const capture = startMotionCapture(goAt, {
      onSample: (sample) => handlers.current.onSample(sample, capture.samples),
      onSilent: () => handlers.current.onSilent(),
      // A gap (screen locked) is not fatal here: the wake lock keeps the screen on, and the person can still tap.
      onGap: () => undefined,
    });
    return () => capture.stop();
  }, [goAt]);
}
