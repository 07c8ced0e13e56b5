import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { stopwatchSeconds, type TimerPhase } from '../../domain/test-timer';
import type { MobilityLine } from '../../domain/mobility-norms';
export { formatCourse, formatSpeed } from '../../ui/format-speed';
import { useFocusMode } from '../../ui/use-focus-mode';
import { useUnsavedInput } from '../../ui/use-unsaved-input';
import { StopIfUnwell } from './safety-checklist';
import { playSignal, prepareSignals } from './signals';
import { say, stopSpeaking } from './speech';
import { SpeechToggle } from './speech-toggle';
import { readyTime } from './ready-time';
import { TimerClock } from './timer-clock';
import { usePhaseSpeech } from './use-phase-speech';
import { useTimedRun } from './use-timed-run';

// The pieces the balance, walking, Timed Up and Go and SPPB screens share with
// the chair tests' frame: the same clock (useTimedRun: wake lock, beeps), the
// same voice, big digits and "stop if unwell". These tests run in stages (four
// stances, two walks), so each screen drives its own steps with these.

/** A stage under way: a long spoken countdown, then a stopwatch or a countdown to zero. */
export interface StageRun {
  startedAt: number;
  countdownSeconds: number;
  /** A stopwatch gives up here; a hold ends here by itself. */
  testSeconds: number;
}

/** Seconds since "Go" at `now`, to the tenth (what is shown and saved). */
export function secondsSinceGo(run: StageRun, now = Date.now()): number {
  return stopwatchSeconds(now - run.startedAt - run.countdownSeconds * 1000);
}

/**
 * Starts a stage from a tap: sound and voice are allowed only inside a tap, so
 * the first words are said here; the countdown's last numbers and "Go" follow.
 */
export function startStage(firstWords: string, testSeconds: number): StageRun {
  prepareSignals();
  say(firstWords, { interrupt: true });
  return { startedAt: Date.now(), countdownSeconds: readyTime(), testSeconds };
}

/** Ends a stage with the end beep and words. */
export function endStage(words: string): void {
  playSignal('end');
  say(words, { interrupt: true });
}

/**
 * Runs a stage: its phase (null when none), its sounds, focused mode, and a
 * call when the clock runs out (a hold reached its 10 seconds, a stopwatch its limit).
 */
export function useStage(run: StageRun | null, kind: 'stopwatch' | 'hold', endWords: string, onFinished: () => void): TimerPhase | null {
  const plan = useMemo(() => ({ countdownSeconds: run?.countdownSeconds ?? 0, testSeconds: run?.testSeconds ?? 0 }), [run]);
  const phase = useTimedRun(plan, run?.startedAt ?? null, kind === 'stopwatch' ? 100 : 1000);
  usePhaseSpeech(phase, { countsDown: false, endWords });
  useFocusMode(phase !== null && phase.phase !== 'finished');
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });
  useEffect(() => {
    if (phase?.phase === 'finished') finished.current();
  }, [phase?.phase]);
  return phase;
}

/** Marks a test under way, so an app update waits; no voice goes on after leaving the screen. */
export function useTestUnderWay(id: string, underWay: boolean): void {
  useUnsavedInput(id, underWay);
  useEffect(() => () => stopSpeaking(), []);
}

interface RunPanelProps {
  phase: TimerPhase;
  kind: 'stopwatch' | 'hold';
  /** What to do now ("Hold still"), shown over the clock. */
  doing: string;
  /** The big button: "Stop", with when to tap it. */
  tap: { label: string; hint: string; onTap: () => void };
  onSafetyStop: () => void;
  emergencyNumber: string | null;
  /** Shown in the big button's place (the phone's question after a sway), the clock still running above it. */
  instead?: ReactNode;
}

/** A stage under way: the big clock, the one big button, and the safe way out. */
export function RunPanel({ phase, kind, doing, tap, onSafetyStop, emergencyNumber, instead }: RunPanelProps) {
  const running = phase.phase === 'running';
  let clock: ReactNode;
  if (phase.phase === 'countdown') clock = <TimerClock value={String(phase.count)} label="Get ready" pop />;
  else if (kind === 'stopwatch') clock = <TimerClock value={running ? stopwatchSeconds(phase.runningMs).toFixed(1) : '0.0'} label="seconds" />;
  else clock = <TimerClock value={running ? String(phase.secondsLeft) : '0'} label="seconds left" />;
  return (
    <>
      <p className="gt-get-set">{doing}</p>
      {clock}
      {instead ?? (running ? (
        <button type="button" className="gt-tap" onClick={tap.onTap}>
          <span className={tap.label.length > 4 ? 'gt-tap-count gt-tap-words' : 'gt-tap-count'}>{tap.label}</span> <span>{tap.hint}</span>
        </button>
      ) : null)}
      <div className="gt-actions gt-actions-apart">
        <button type="button" className="gt-warning" onClick={onSafetyStop}>
          Stop the test
        </button>
      </div>
      <SpeechToggle />
      <StopIfUnwell emergencyNumber={emergencyNumber} />
    </>
  );
}

interface StoppedPanelProps {
  /** "I could not do the walk": recorded so, it scores as the test says. */
  unableLabel?: string;
  onUnable?: () => void;
  onDiscard: () => void;
  discardLabel?: string;
}

/** Stopped for safety: nothing is saved unless the person chooses to record that they could not do it. */
export function StoppedPanel({ unableLabel, onUnable, onDiscard, discardLabel = 'Do not save anything' }: StoppedPanelProps) {
  return (
    <section className="gt-panel" aria-labelledby="gt-stopped-heading">
      <h2 id="gt-stopped-heading">Test stopped</h2>
      <p>Sit down and rest. Nothing has been saved.</p>
      {onUnable ? (
        <p>If you could not do it safely, you can record that. It is useful to show your doctor or physiotherapist.</p>
      ) : null}
      <div className="gt-actions">
        {onUnable && unableLabel ? (
          <button type="button" onClick={onUnable}>
            {unableLabel}
          </button>
        ) : null}
        <button type="button" className="gt-secondary" onClick={onDiscard}>
          {discardLabel}
        </button>
      </div>
    </section>
  );
}

/** Whether a result crosses each line, in plain words, the guideline named only as the source. */
export function LinesView({ lines, heading = 'What this result means', note }: { lines: ReadonlyArray<Pick<MobilityLine, 'id' | 'label' | 'source'> & { flagged: boolean }>; heading?: string; note?: string }) {
  const id = useId();
  return (
    <section className="gt-panel" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul className="gt-norms">
        {lines.map((line) => (
          <li key={line.id} className={line.flagged ? 'gt-flagged' : undefined}>
            <strong>{line.label}:</strong> <span className="gt-verdict">{line.flagged ? 'your result is on this side of the line.' : 'your result is not.'}</span>
            <span className="gt-source"> Source: {line.source}</span>
          </li>
        ))}
      </ul>
      {note ? <p>{note}</p> : null}
      {lines.some((line) => line.flagged) ? (
        <p>A result like this is worth telling your doctor or physiotherapist. Balance and walking get better with regular exercise, at any age.</p>
      ) : null}
    </section>
  );
}
