// Which voice the phone speaks with, and that the beeps are left to follow the silent switch. The screens' use of
// speech and sounds is tested with the screens (phone-counts-stands.test.tsx).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playSignal, prepareSignals, resetSignalsForTests } from '../../../src/features/tests/signals';
import { say } from '../../../src/features/tests/speech';
import { installBrowserFakes } from './browser-fakes';

type Voice = { name: string; lang: string; localService: boolean; default: boolean };
const voice = (name: string, lang: string, localService: boolean, isDefault = false): Voice => ({ name, lang, localService, default: isDefault });

describe("the phone's voice", () => {
  let fakes: ReturnType<typeof installBrowserFakes>;
  beforeEach(() => {
    fakes = installBrowserFakes();
    document.documentElement.lang = 'en';
  });
  afterEach(() => fakes.uninstall());

  const voiceUsed = (voices: Voice[]) => {
    Object.assign(fakes.speechSynthesis, { getVoices: () => voices });
    say('1');
    const [utterance] = fakes.speechSynthesis.speak.mock.calls.at(-1)!;
    return (utterance as { voice?: Voice }).voice?.name;
  };

  it('is one installed on the phone for the page\'s language, not a default one that needs the network', () => {
    const voices = [voice('Google US English', 'en-US', false, true), voice('Thomas', 'fr-FR', true), voice('Samantha', 'en-US', true)];
    expect(voiceUsed(voices)).toBe('Samantha');
  });

  it("is the browser's own when its default is on the phone and speaks the language: the person's choice of voice", () => {
    expect(voiceUsed([voice('Daniel', 'en-GB', true), voice('Karen', 'en_AU', true, true)])).toBeUndefined();
  });

  it("is one for the person's region, where the browser's default needs the network", () => {
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => 'en-GB' });
    try {
      const voices = [voice('Google US English', 'en-US', false, true), voice('Samantha', 'en-US', true), voice('Daniel', 'en_GB', true)];
      expect(voiceUsed(voices)).toBe('Daniel');
    } finally {
      delete (navigator as { language?: string }).language;
    }
  });

  it("is left to the browser when the phone has no voice of its own for the language (or the list is not loaded yet)", () => {
    expect(voiceUsed([voice('Google US English', 'en-US', false, true), voice('Thomas', 'fr-FR', true)])).toBeUndefined();
    expect(voiceUsed([])).toBeUndefined();
  });
});

describe('the beeps and the silent switch', () => {
  let fakes: ReturnType<typeof installBrowserFakes>;
  beforeEach(() => {
    fakes = installBrowserFakes();
    resetSignalsForTests();
  });
  afterEach(() => {
    fakes.uninstall();
    delete (navigator as { audioSession?: unknown }).audioSession;
  });

  it('leaves the silent switch to the phone: it never asks for sound that plays through the switch', () => {
    const session = { type: 'auto' };
    Object.defineProperty(navigator, 'audioSession', { configurable: true, value: session });
    prepareSignals();
    playSignal('end');
    expect(session.type).toBe('auto');
    expect(fakes.tones).toEqual([660, 660, 660]);
  });

  it('beeps where the browser has no audio session', () => {
    prepareSignals();
    playSignal('go');
    expect(fakes.tones).toEqual([880]);
  });
});
