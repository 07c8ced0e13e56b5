import { vi } from 'vitest';

/**
 * Stand-ins for the browser APIs jsdom lacks (Web Audio, vibration, Wake
 * Lock), recording what the app asked of them so tests can hear the beeps.
 */
export function installBrowserFakes() {
  /** The frequency of every tone started, in order. */
  const tones: number[] = [];

  class FakeAudioContext {
    state = 'running';
    currentTime = 0;
    destination = {};
    resume = vi.fn(async () => undefined);
    createOscillator() {
      let frequency = 0;
      return {
        type: 'sine',
        frequency: { setValueAtTime: (value: number) => (frequency = value) },
        connect: vi.fn(),
        start: () => tones.push(frequency),
        stop: vi.fn(),
      };
    }
    createGain() {
      return { gain: { setValueAtTime: vi.fn(), exponentialRampToValueAtTime: vi.fn() }, connect: vi.fn() };
    }
  }

  const vibrate = vi.fn((_pattern: number | number[]) => true);
  const release = vi.fn(async () => undefined);
  const wakeLockRequest = vi.fn(async (_type: 'screen') => {
    const sentinel = {
      released: false,
      release: async () => {
        sentinel.released = true;
        await release();
      },
    };
    return sentinel;
  });

  Object.defineProperty(window, 'AudioContext', { configurable: true, writable: true, value: FakeAudioContext });
  Object.defineProperty(navigator, 'vibrate', { configurable: true, writable: true, value: vibrate });
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, writable: true, value: { request: wakeLockRequest } });

  return {
    tones,
    vibrate,
    wakeLockRequest,
    wakeLockRelease: release,
    uninstall() {
      delete (window as { AudioContext?: unknown }).AudioContext;
      delete (navigator as { vibrate?: unknown }).vibrate;
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    },
  };
}

export function yearOfBirthForAge(age: number): number {
  return new Date().getFullYear() - age;
}
