// The phone's own voice, so a person with arms crossed hears the countdown and
// each stand without looking. speechSynthesis uses voices installed on the
// phone (it works offline); where it is missing, the beeps still play.
import { phoneSetting } from '../../ui/phone-setting';

/** Starts with "regain-", so "Delete everything" clears it (src/db/delete-everything.ts). */
export const SPEAK_ALOUD_KEY = 'regain-speak-aloud';

/** On unless the person turned it off on this phone. */
const speaking = phoneSetting(SPEAK_ALOUD_KEY, (stored) => stored !== 'off', (on: boolean) => (on ? 'on' : 'off'));
export const speakingWanted = speaking.get;
export const useSpeakingWanted = speaking.use;

export function speechAvailable(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function';
}

export function setSpeakingWanted(on: boolean): void {
  speaking.set(on);
  if (!on) stopSpeaking();
}

/** Says `text` after anything already being said; quietly does nothing where speech is off or missing. */
export function say(text: string, { interrupt = false } = {}): void {
  if (!speechAvailable() || !speakingWanted()) return;
  try {
    if (interrupt) window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = document.documentElement.lang || 'en';
    const voice = phoneVoice(utterance.lang);
    if (voice) utterance.voice = voice;
    // A little slower than the default: clearer for older ears.
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  } catch {
    // A voice that fails must never stop the test.
  }
}

/**
 * A voice installed on the phone for this language, so the test speaks offline. A browser may default to a
 * voice that needs the network (Chrome on a computer: "Google US English"), which says nothing offline.
 * None found (or the list not loaded yet): the browser's default.
 */
export function phoneVoice(lang: string): SpeechSynthesisVoice | undefined {
  const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];
  const voices = window.speechSynthesis.getVoices?.() ?? [];
  const local = voices.filter((voice) => voice.localService && language(voice.lang) === language(lang));
  return local.find((voice) => voice.default) ?? local.find((voice) => voice.lang.toLowerCase() === lang.toLowerCase()) ?? local[0];
}

/**
 * iOS speaks only after a first utterance inside a tap. When the tap must wait
 * for something first (the motion question), a silent one is said now.
 */
export function unlockSpeech(): void {
  if (!speechAvailable() || !speakingWanted()) return;
  try {
    const utterance = new SpeechSynthesisUtterance('');
    utterance.volume = 0;
    window.speechSynthesis.speak(utterance);
  } catch {
    // Then the first words may be silent on an iPhone; the beeps still play.
  }
}

export function stopSpeaking(): void {
  if (!speechAvailable()) return;
  try {
    window.speechSynthesis.cancel();
  } catch {
    // Nothing to stop.
  }
}
