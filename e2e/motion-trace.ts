import type { Page } from './fixtures';
import type { MotionSample } from '../src/domain/stand-detector';

/**
 * A phone goes on reporting its motion after a recording's last movement (the
 * events fire 15–60 times a second even when it is still): the trace is
 * followed by two seconds of its last reading, so a counter that confirms a
 * stand a moment after it (as the live stand counter does) gets the samples a
 * real phone would send.
 */
function withPhoneStillReporting(samples: readonly MotionSample[]): MotionSample[] {
  const out = samples.map(({ t, x, y, z }) => ({ t, x, y, z }));
  const last = out.at(-1);
  if (!last) return out;
  for (let t = last.t + 16; t <= last.t + 2000; t += 16) out.push({ ...last, t });
  return out;
}

/**
 * Plays a recorded (simulated) phone movement into the page, as the phone
 * would: one devicemotion event per sample, at the sample's own time from
 * "Go". Each event is put on the page's clock (setTimeout), so with
 * `page.clock` installed they arrive exactly when the test moves the clock on,
 * and the app reads their times from that same clock. `storageKey`: the test's
 * session store, which knows when the run started and how long its countdown is.
 */
export async function playMotionTrace(page: Page, samples: readonly MotionSample[], storageKey: string): Promise<void> {
  await page.evaluate(
    ({ samples, storageKey }) => {
      const saved = JSON.parse(sessionStorage.getItem(storageKey) ?? 'null') as {
        state: { current: { step: string; startedAt: number; countdownSeconds: number } };
      } | null;
      const run = saved?.state.current;
      if (!run || run.step !== 'timing') throw new Error('No test is running');
      const goAt = run.startedAt + run.countdownSeconds * 1000;
      for (const { t, x, y, z } of samples) {
        setTimeout(
          () => window.dispatchEvent(new DeviceMotionEvent('devicemotion', { accelerationIncludingGravity: { x, y, z }, interval: 16 })),
          Math.max(0, goAt + t - Date.now()),
        );
      }
    },
    { samples: withPhoneStillReporting(samples), storageKey },
  );
}

/**
 * Keeps every text the page asks the phone's voice to say (in `window.__spoken`), then lets the browser
 * say it as before. Call before the page opens. Returns a reader of what has been said so far.
 */
export async function listenToSpeech(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const spoken: string[] = [];
    (window as { __spoken?: string[] }).__spoken = spoken;
    if (!('speechSynthesis' in window)) return;
    const speak = window.speechSynthesis.speak.bind(window.speechSynthesis);
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      if (utterance.text) spoken.push(utterance.text);
      speak(utterance);
    };
  });
  return () => page.evaluate(() => [...((window as { __spoken?: string[] }).__spoken ?? [])]);
}
