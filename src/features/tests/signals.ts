// Beeps and buzzes that let a person with arms crossed follow the test without
// looking at the screen. Every API is feature-detected: where one is missing
// (or the browser refuses), the test simply runs without it.
// The silent switch: on an iPhone, sound made this way (Web Audio) is silenced by
// the switch unless a page asks for "playback" sound (navigator.audioSession), and
// this one never does; so the beeps follow the switch, the buzz still comes, and
// the spoken words are left as they are (asking for "ambient" sound might silence them too).

export type Signal = 'count' | 'go' | 'end';

type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

function audioContextClass(): AudioContextClass | undefined {
  // Optional on purpose: older browsers and test environments have neither.
  const w = window as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return w.AudioContext ?? w.webkitAudioContext;
}

/**
 * Call from the Start tap: browsers allow sound only after a tap, so the audio
 * context is created (or woken) then, and reused for the beeps that follow.
 */
export function prepareSignals(): void {
  try {
    const Ctor = audioContextClass();
    if (!Ctor) return;
    context ??= new Ctor();
    if (context.state === 'suspended') void context.resume().catch(() => undefined);
  } catch {
    context = null;
  }
}

/** One tone with a soft start and end (a hard edge would click). */
function tone(audio: AudioContext, frequency: number, startIn: number, seconds: number): void {
  const start = audio.currentTime + startIn;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.setValueAtTime(frequency, start);
  gain.gain.setValueAtTime(0.0001, start);
  gain.gain.exponentialRampToValueAtTime(0.4, start + 0.02);
  gain.gain.setValueAtTime(0.4, start + seconds - 0.05);
  gain.gain.exponentialRampToValueAtTime(0.0001, start + seconds);
  oscillator.connect(gain);
  gain.connect(audio.destination);
  oscillator.start(start);
  oscillator.stop(start + seconds + 0.02);
}

// Middle frequencies: age-related hearing loss takes the high notes first.
const TONES: Record<Signal, Array<[frequency: number, startIn: number, seconds: number]>> = {
  count: [[520, 0, 0.15]],
  go: [[880, 0, 0.5]],
  end: [
    [660, 0, 0.35],
    [660, 0.5, 0.35],
    [660, 1, 0.7],
  ],
};

const VIBRATIONS: Partial<Record<Signal, number[]>> = {
  go: [400],
  end: [300, 150, 300, 150, 600],
};

export function playSignal(signal: Signal): void {
  try {
    if (context && context.state !== 'closed') {
      for (const [frequency, startIn, seconds] of TONES[signal]) tone(context, frequency, startIn, seconds);
    }
  } catch {
    // No sound is better than a broken test.
  }
  const pattern = VIBRATIONS[signal];
  if (pattern && typeof navigator.vibrate === 'function') {
    try {
      navigator.vibrate(pattern);
    } catch {
      // Some browsers throw without a recent tap; the beep still plays.
    }
  }
}

/** For tests: forget the audio context so the next Start creates a fresh one. */
export function resetSignalsForTests(): void {
  context = null;
}
