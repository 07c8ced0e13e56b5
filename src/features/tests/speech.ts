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

/** The phone's voices as last listed: Chrome lists them only a moment after first asked (and says so with
 * "voiceschanged"), so they are asked for as soon as this file loads, before any test starts. */
let knownVoices: SpeechSynthesisVoice[] = [];
function voices(): SpeechSynthesisVoice[] {
  const listed = window.speechSynthesis.getVoices?.() ?? [];
  if (listed.length) knownVoices = listed;
  return knownVoices;
}
if (speechAvailable()) {
  try {
    voices();
    window.speechSynthesis.addEventListener?.('voiceschanged', voices);
  } catch {
    // No list: the browser's default voice.
  }
}

/**
 * A voice for this language installed on the phone, only where the browser's own default would need the
 * network (Chrome on a computer may default to "Google US English", which says nothing offline). Where the
 * default is on the phone and speaks the language, it is left alone: it is the person's own choice of
 * voice and accent. The person's region first (en-GB before en-US); undefined: the browser's default.
 */
export function phoneVoice(lang: string): SpeechSynthesisVoice | undefined {
  const tag = (value: string) => value.toLowerCase().replace('_', '-');
  const language = (value: string) => tag(value).split('-')[0];
  const all = voices();
  const browserDefault = all.find((voice) => voice.default);
  if (!browserDefault || (browserDefault.localService && language(browserDefault.lang) === language(lang))) return undefined;
  const local = all.filter((voice) => voice.localService && language(voice.lang) === language(lang));
  const region = tag(globalThis.navigator?.language ?? '');
  return local.find((voice) => tag(voice.lang) === region) ?? local[0];
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
