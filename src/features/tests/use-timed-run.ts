import { useEffect, useRef, useState } from 'react';
import { msUntilNextChange, timerPhase, type TimerPhase, type TimerPlan } from '../../domain/test-timer';
import { playSignal } from './signals';
import { useWakeLock } from './use-wake-lock';

/**
 * The current time, refreshed just after each `stepMs` boundary of the run and
 * whenever the page becomes visible again. Each wake-up reads the clock afresh,
 * so a late or skipped timer only delays the display, never shifts the time.
 */
function useRunClock(startedAt: number | null, stepMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (startedAt === null) return undefined;
    let timeout: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      clearTimeout(timeout);
      timeout = setTimeout(tick, msUntilNextChange(time - startedAt, stepMs));
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') tick();
    };
    timeout = setTimeout(tick, 0);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      clearTimeout(timeout);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, [startedAt, stepMs]);
  return now;
}

function phaseKey(phase: TimerPhase | null): string {
  if (!phase) return 'idle';
  return phase.phase === 'countdown' ? `countdown-${phase.count}` : phase.phase;
}

/**
 * Runs a timed test that started at `startedAt` (null: none running): gives
 * its phase, beeps and buzzes as it moves from 3-2-1 to Go to the end, and
 * keeps the screen awake meanwhile. A run already under way when the screen
 * opens (after a reload) is picked up silently: no stale beeps.
 */
export function useTimedRun(plan: TimerPlan, startedAt: number | null, stepMs: number): TimerPhase | null {
  const now = useRunClock(startedAt, stepMs);
  const phase = startedAt === null ? null : timerPhase(plan, now - startedAt);
  const key = phaseKey(phase);

  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastKey.current;
    lastKey.current = key;
    if (previous === null || previous === key) return;
    if (key.startsWith('countdown-')) playSignal('count');
    else if (key === 'running') playSignal('go');
    else if (key === 'finished') playSignal('end');
  }, [key]);

  useWakeLock(phase !== null && phase.phase !== 'finished');
  return phase;
}
