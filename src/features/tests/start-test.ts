import { countdownFor, type TimedTestConfig } from './timed-test-config';
import { requestMotionPermission } from './motion-source';
import { prepareSignals } from './signals';
import { say, unlockSpeech } from './speech';
import type { TestMethod } from './timed-test-store';

const FIRST_WORDS: Record<TestMethod, string> = {
  motion: 'Sit back, and cross your arms over the phone.',
  typed: 'Sit back, and cross your arms.',
  tapped: 'Get ready.',
};

function begin(config: TimedTestConfig, method: TestMethod): void {
  config.store.getState().start(Date.now(), method, countdownFor(method));
}

/**
 * The Start tap. Everything a browser allows only inside a tap happens here,
 * before any wait: sound (the beeps), the voice, and on an iPhone the question
 * about the phone's movement. Where the movement is refused or missing, the
 * start screen says so and offers the other ways.
 */
export function startTimedTest(config: TimedTestConfig, method: TestMethod): void {
  prepareSignals();
  const fallback = config.methods.find((m) => m !== 'motion') ?? 'tapped';
  if (method !== 'motion' || !config.standTest) {
    say(FIRST_WORDS[method], { interrupt: true });
    begin(config, method);
    return;
  }
  // Asked first: iOS shows its question only while the tap is still being handled.
  const permission = requestMotionPermission();
  unlockSpeech();
  void permission.then((answer) => {
    if (answer !== 'granted') {
      config.store.getState().motionMissing(answer, fallback);
      return;
    }
    say(FIRST_WORDS.motion, { interrupt: true });
    begin(config, 'motion');
  });
}
