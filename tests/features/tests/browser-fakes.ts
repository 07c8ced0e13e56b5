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

  /** Every text the phone's voice was asked to say, in order (silent unlocks left out). */
  const spoken: string[] = [];
  class FakeUtterance {
    lang = '';
    rate = 1;
    volume = 1;
    constructor(public text: string) {}
  }
  const speechSynthesis = {
    speak: vi.fn((utterance: FakeUtterance) => {
      if (utterance.text) spoken.push(utterance.text);
    }),
    cancel: vi.fn(),
  };

  Object.defineProperty(window, 'AudioContext', { configurable: true, writable: true, value: FakeAudioContext });
  Object.defineProperty(window, 'speechSynthesis', { configurable: true, writable: true, value: speechSynthesis });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { configurable: true, writable: true, value: FakeUtterance });
  Object.defineProperty(navigator, 'vibrate', { configurable: true, writable: true, value: vibrate });
  Object.defineProperty(navigator, 'wakeLock', { configurable: true, writable: true, value: { request: wakeLockRequest } });

  return {
    tones,
    spoken,
    speechSynthesis,
    vibrate,
    wakeLockRequest,
    wakeLockRelease: release,
    uninstall() {
      delete (window as { AudioContext?: unknown }).AudioContext;
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
      delete (window as { DeviceMotionEvent?: unknown }).DeviceMotionEvent;
      delete (navigator as { vibrate?: unknown }).vibrate;
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    },
  };
}

export function yearOfBirthForAge(age: number): number {
  return new Date().getFullYear() - age;
}

/**
 * A phone that sends its movement: DeviceMotionEvent exists (with iOS's
 * permission question when `permission` is given), and `send` dispatches one
 * sample as the browser would.
 */
export function installMotion(permission?: 'granted' | 'denied') {
  const requestPermission = vi.fn(async () => permission ?? 'granted');
  class FakeDeviceMotionEvent extends Event {}
  if (permission) Object.assign(FakeDeviceMotionEvent, { requestPermission });
  Object.defineProperty(window, 'DeviceMotionEvent', { configurable: true, writable: true, value: FakeDeviceMotionEvent });
  return {
    requestPermission,
    send(x: number, y: number, z: number) {
      window.dispatchEvent(Object.assign(new Event('devicemotion'), { accelerationIncludingGravity: { x, y, z }, interval: 16 }));
    },
  };
}
