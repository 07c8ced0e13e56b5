import { useCallback, useEffect, useMemo, useRef } from 'react';
import { hasLostCount } from '../../domain/lost-count';
import { countStands, createStandCounter, type MotionSample, type StandCount, type StandCounter } from '../../domain/stand-detector';
import { createFifthCheck, standsSaid, STANDS_TO_STOP } from '../../domain/stand-detector-five-times';
import { fiveOnSecondLook } from '../../domain/stand-detector-second-look';
import { stopwatchSeconds } from '../../domain/test-timer';
import { startMotionCapture } from './motion-source';
import { playSignal } from './signals';
import { say } from './speech';
import type { TimedTestConfig } from './timed-test-config';
import type { StandRecord, TimedTestStep } from './timed-test-store';

/** Said when the phone gives up waiting for the fifth stand. */
const LOST_COUNT_WORDS = 'The phone lost count. Sit down and rest.';

/** A detector's count as the store keeps it: times and rise durations in seconds, to the hundredth. */
export function standRecord(count: StandCount, endSeconds: number): StandRecord {
  const inTest = (t: number) => t >= 0 && t <= endSeconds;
  const hundredths = (s: number) => Math.round(s * 100) / 100;
  return {
    standTimes: count.standTimes.filter(inTest).map(hundredths),
    rises: count.rises.filter((r) => inTest(r.top)).map((r) => hundredths(r.riseSeconds)),
  };
}

/**
 * While a test runs with the phone on the chest: listens to the movement from
 * Start (the countdown's still seconds teach the live counter this phone's
 * gravity, even when its first second was the phone being put on the chest),
 * counts stands as they happen, says each one, and for a stopwatch test stops
 * the clock on the fifth, or gives up when the person has stopped short of
 * it (no stand for 6 s, and still), unless a second look at the whole
 * recording then finds the five stands. No movement within a second and a half: the store
 * is told, and the start screen offers the other ways. Returns `finish`, which
 * gives the final count when a countdown test runs out: from the whole
 * recording (countStands), which pins each rise on both sides and so counts
 * better than the live guide; the live count is what was spoken on the way.
 */
export function useMotionCounting(config: TimedTestConfig, current: TimedTestStep): { finish: (endMs: number) => StandCount | null } {
  const counter = useRef<StandCounter | null>(null);
  const recording = useRef<readonly MotionSample[]>([]);
  const timing = current.step === 'timing' && current.method === 'motion' && config.standTest ? current : null;
  const startedAt = timing?.startedAt ?? null;
  const goAt = timing ? timing.startedAt + timing.countdownSeconds * 1000 : null;
  const { store, standTest, timer } = config;

  useEffect(() => {
    if (goAt === null || !standTest) return undefined;
    const stands = createStandCounter(standTest);
    const fifthCheck = createFifthCheck();
    counter.current = stands;
    /** The clock stops at the fifth stand: beeps, words, and the time to check. */
    const stopAtFifth = (five: StandCount, ending: 'auto' | 'second-look') => {
      const at = five.standTimes[STANDS_TO_STOP - 1]!;
      const seconds = stopwatchSeconds(at * 1000);
      playSignal('end');
      say(config.words.spokenEnd);
      store.getState().finish({ ending, valueText: seconds.toFixed(1), raw: seconds, ...standRecord(five, at) });
    };
    const capture = startMotionCapture(goAt, {
      onSample: (sample) => {
        const done = stands.push(sample).filter((t) => t >= 0 && t <= timer.seconds);
        const state = store.getState();
        if (state.current.step !== 'timing') return;
        // A fifth stand not yet confirmed is checked again for a moment (see createFifthCheck).
        const again = fifthCheck.due(sample.t);
        const heard = again === null ? done : [again, ...done];
        if (heard.length === 0) {
          // A stand missed, or the person stopped: the clock would otherwise run on to its limit.
          const lastStandMs = (state.current.standTimes.at(-1) ?? 0) * 1000;
          if (timer.kind !== 'stopwatch' || !hasLostCount(stands, sample.t, lastStandMs)) return;
          const said = standsSaid(state.current.standTimes, stands.finish(sample.t));
          // Before giving up, the whole recording is looked at again: a slow rise the live count missed
          // shows there, now that the person has sat still after it.
          const found = fiveOnSecondLook([...capture.samples], { ...stands.soFar(), count: said.count, standTimes: said.standTimes }, sample.t);
          if (found) return stopAtFifth(found, 'second-look');
          playSignal('end');
          say(LOST_COUNT_WORDS);
          state.finish({ ending: 'lost-count', valueText: '', raw: null, ...standRecord(said, sample.t / 1000) });
          return;
        }
        const said = [...state.current.standTimes];
        for (const t of heard) {
          if (timer.kind === 'stopwatch' && said.length + 1 >= STANDS_TO_STOP) {
            // The fifth: stopped only when the whole recording so far finds five stands too. Else this one
            // is not said or shown (the live count may have taken a rebound on the seat for a stand), and
            // the next one is checked the same way.
            const five = fifthCheck.check(capture.samples, stands.soFar(), said, t, sample.t);
            if (!five) continue;
            state.addStands([t]);
            say(String(STANDS_TO_STOP));
            return stopAtFifth(five, 'auto');
          }
          said.push(t);
          state.addStands([t]);
          say(String(said.length));
        }
      },
      onSilent: () => store.getState().motionMissing('silent', config.methods.find((m) => m !== 'motion') ?? 'tapped'),
      onGap: () => store.getState().markInterrupted(),
    });
    recording.current = capture.samples;
    return () => {
      capture.stop();
      counter.current = null;
    };
    // startedAt: a new run (even with the same Go) starts a new capture.
  }, [startedAt, goAt, standTest, store, timer.seconds, timer.kind, config.words.spokenEnd, config.methods]);

  const finish = useCallback(
    (endMs: number) => {
      const live = counter.current?.finish(endMs) ?? null;
      // A stopwatch that ran out has no time to offer, so it keeps the stands the phone said, not those it
      // doubted (the second look belongs to losing count, above).
      if (live && timer.kind === 'stopwatch') {
        const run = store.getState().current;
        return standsSaid(run.step === 'timing' ? run.standTimes : [], live);
      }
      if (!live || !standTest || recording.current.length === 0) return live;
      return countStands([...recording.current], standTest);
    },
    [standTest, timer.kind, store],
  );
  return useMemo(() => ({ finish }), [finish]);
}
