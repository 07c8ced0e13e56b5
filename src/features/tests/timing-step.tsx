import { stopwatchSeconds, type TimerPhase } from '../../domain/test-timer';
import { StopIfUnwell } from './safety-checklist';
import { playSignal } from './signals';
import { say, useSpeakingWanted } from './speech';
import { SpeechToggle } from './speech-toggle';
import type { TimedTestConfig } from './timed-test-config';
import type { TimedTestStep } from './timed-test-store';
import { TimerClock } from './timer-clock';

type Run = Extract<TimedTestStep, { step: 'timing' }>;

interface TimingStepProps {
  config: TimedTestConfig;
  phase: TimerPhase;
  run: Run;
  emergencyNumber: string | null;
}

/** Stopped by a tap on the last stand: the time is read from the clock at the tap. */
function stopByTap(config: TimedTestConfig) {
  const { current, finish } = config.store.getState();
  if (current.step !== 'timing') return;
  const runningMs = Date.now() - current.startedAt - current.countdownSeconds * 1000;
  if (runningMs <= 0 || runningMs >= config.timer.seconds * 1000) return;
  const seconds = stopwatchSeconds(runningMs);
  playSignal('end');
  say(config.words.spokenEnd, { interrupt: true });
  finish({ ending: 'tapped', method: 'tapped', valueText: seconds.toFixed(1), raw: seconds, standTimes: current.standTimes, rises: [] });
}

function Clock({ config, phase }: { config: TimedTestConfig; phase: TimerPhase }) {
  if (phase.phase === 'countdown') return <TimerClock value={String(phase.count)} label="Get ready" pop />;
  const running = phase.phase === 'running';
  if (config.timer.kind === 'stopwatch') {
    return <TimerClock value={stopwatchSeconds(running ? phase.runningMs : config.timer.seconds * 1000).toFixed(1)} label="seconds" />;
  }
  return <TimerClock value={running ? String(phase.secondsLeft) : '0'} label="seconds left" />;
}

/** The test under way: the clock, then what this way of measuring needs (the count, a tap button), then the ways out. */
export function TimingStep({ config, phase, run, emergencyNumber }: TimingStepProps) {
  const { tap, untap, stopUsedArms, reset } = config.store.getState();
  const running = phase.phase === 'running';
  const stopwatch = config.timer.kind === 'stopwatch';
  const stands = run.standTimes.length;
  const speaking = useSpeakingWanted();
  return (
    <>
      {phase.phase === 'countdown' && run.method !== 'tapped' ? (
        <p className="gt-get-set">Sit back and cross your arms{run.method === 'motion' ? ' over the phone on your chest' : ''}.</p>
      ) : null}
      {running && run.method === 'motion' ? (
        // Side by side, so a glance from the chair takes in both the time and the count.
        <div className="gt-run-numbers">
          <Clock config={config} phase={phase} />
          {/* The phone's voice says each stand; with it off, a screen reader says them instead. */}
          <p className="gt-counted" aria-live={speaking ? 'off' : 'polite'} aria-atomic="true">
            <span className="gt-tap-count">{stands}</span> {stands === 1 ? 'stand' : 'stands'}
            <span className="visually-hidden"> counted by the phone</span>
          </p>
        </div>
      ) : (
        <Clock config={config} phase={phase} />
      )}
      {running && run.method === 'typed' ? <p className="gt-counted">Count each stand out loud.</p> : null}
      {running && run.method === 'tapped' && !stopwatch ? (
        <>
          <button type="button" className="gt-tap" onClick={tap}>
            <span className="gt-tap-count">{run.taps}</span> <span>{run.taps === 1 ? 'stand' : 'stands'}: tap each time you stand up</span>
          </button>
          <div className="gt-actions">
            <button type="button" className="gt-secondary" onClick={untap} disabled={run.taps === 0}>
              Take one off
            </button>
          </div>
        </>
      ) : null}
      {running && stopwatch ? (
        // With the phone on the chest it stops by itself; a person nearby can still stop it.
        <button type="button" className={run.method === 'motion' ? 'gt-tap gt-tap-quiet' : 'gt-tap'} onClick={() => stopByTap(config)}>
          <span className="gt-tap-count">Stop</span> <span>tap when you stand up the fifth time</span>
        </button>
      ) : null}
      <div className="gt-actions gt-actions-apart">
        {running ? (
          <button type="button" className="gt-warning" onClick={() => stopUsedArms(config.arms === 'no-result')}>
            I had to use my arms
          </button>
        ) : null}
        <button type="button" className="gt-secondary" onClick={reset}>
          {stopwatch ? 'Cancel the test' : 'Stop the test'}
        </button>
      </div>
      <SpeechToggle />
      <StopIfUnwell emergencyNumber={emergencyNumber} />
    </>
  );
}
