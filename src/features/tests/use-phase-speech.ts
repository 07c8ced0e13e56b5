import { useEffect, useRef } from 'react';
import type { TimerPhase } from '../../domain/test-timer';
import { say } from './speech';

/** Numbers said aloud at the end of the countdown; before that, the first words are still being said. */
const SPOKEN_COUNT_FROM = 5;
/** In a longer countdown (20 or 30 s, ready-time.ts), each ten is said too, so the person is not left in
 * silence for up to 24 s wondering whether the test is still on. */
const SPOKEN_TENS = 10;

function speechKey(phase: TimerPhase | null, lastTenWarned: boolean): string {
  if (!phase) return 'idle';
  if (phase.phase === 'countdown') return `countdown-${phase.count}`;
  if (phase.phase === 'running') return lastTenWarned && phase.secondsLeft <= 10 ? 'last-ten' : 'running';
  return 'finished';
}

/**
 * Says the countdown's last numbers, "Go", "Ten seconds left" (countdown tests)
 * and the end, as the run moves on. Like the beeps, a run picked up after a
 * reload stays silent until its next change.
 */
export function usePhaseSpeech(phase: TimerPhase | null, { countsDown, endWords }: { countsDown: boolean; endWords: string }): void {
  const key = speechKey(phase, countsDown);
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    const previous = lastKey.current;
    lastKey.current = key;
    if (previous === null || previous === key || key === 'idle') return;
    if (key.startsWith('countdown-')) {
      const count = Number(key.slice('countdown-'.length));
      if (count <= SPOKEN_COUNT_FROM) say(String(count));
      // Not at the countdown's first number: the first words are being said then.
      else if (count % SPOKEN_TENS === 0 && previous.startsWith('countdown-')) say(`${count} seconds.`);
    } else if (key === 'running') say('Go!', { interrupt: true });
    else if (key === 'last-ten') say('Ten seconds left.');
    else if (key === 'finished') say(endWords, { interrupt: true });
  }, [key, endWords]);
}
