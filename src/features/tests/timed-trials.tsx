import { useRef, useState, type ReactNode } from 'react';
import type { MotionSample } from '../../domain/stand-detector-types';
import { stopwatchSeconds } from '../../domain/test-timer';
import { endStage, RunPanel, secondsSinceGo, startStage, StoppedPanel, useStage, type StageRun } from './mobility-run';
import { askForMotion, TROUBLE_WORDS, useStageMotion, type MotionTrouble } from './stage-motion';

export interface Trial {
  heading: string;
  /** What to do before tapping Start. */
  before: ReactNode;
  startLabel: string;
  /** Said at the Start tap, before the countdown's last numbers. */
  firstWords: string;
  /** Shown over the clock. */
  doing: string;
  /** When to tap Stop. */
  stopHint: string;
}

interface TimedTrialsProps {
  trials: readonly Trial[];
  /** The stopwatch gives up here (seconds). */
  limitSeconds: number;
  emergencyNumber: string | null;
  onDone: (seconds: number[], stoppedBy: StoppedBy[]) => void;
  unableLabel: string;
  onUnable: () => void;
  onDiscard: () => void;
  discardLabel?: string;
  /** A second way to end a run that means "could not" (the arms, in chair stands). */
  cannotLabel?: string;
  /**
   * The phone on the chest stops the clock: given the samples so far (ms from
   * Go), the seconds from Go at which the run ended, or null. Absent: taps only.
   */
  motionStop?: (samples: readonly MotionSample[]) => number | null;
}

/** Who stopped each run's clock. */
export type StoppedBy = 'motion' | 'tapped';

/** How often (ms of recording) the phone's recording is looked at again for the end of a run. */
const LOOK_EVERY_MS = 250;

/**
 * One or more stopwatch runs in a row (two walks; one Timed Up and Go; five
 * chair stands): Start, a spoken countdown, Go, and a big Stop a helper or the
 * person taps. Stopped for safety, or at the limit: nothing is kept unless the
 * person records that they could not do it.
 */
export function TimedTrials({ trials, limitSeconds, emergencyNumber, onDone, unableLabel, onUnable, onDiscard, discardLabel, cannotLabel, motionStop }: TimedTrialsProps) {
  const [times, setTimes] = useState<number[]>([]);
  const [by, setBy] = useState<StoppedBy[]>([]);
  const [run, setRun] = useState<StageRun | null>(null);
  const [stopped, setStopped] = useState<'safety' | 'limit' | null>(null);
  const [trouble, setTrouble] = useState<MotionTrouble | null>(null);
  const lookedAt = useRef(-Infinity);
  const trial = trials[times.length]!;
  const feeling = motionStop !== undefined && trouble === null;

  const phase = useStage(run, 'stopwatch', 'Time is up. Stop and rest.', () => {
    setRun(null);
    setStopped('limit');
  });

  const finish = (seconds: number, how: StoppedBy) => {
    endStage('Stop.');
    setRun(null);
    const next = [...times, seconds];
    const nextBy = [...by, how];
    setTimes(next);
    setBy(nextBy);
    if (next.length === trials.length) onDone(next, nextBy);
  };

  useStageMotion(
    run,
    feeling,
    (sample, all) => {
      if (!motionStop || !run || sample.t < 0 || sample.t - lookedAt.current < LOOK_EVERY_MS) return;
      lookedAt.current = sample.t;
      const at = motionStop(all);
      if (at !== null && at > 0) finish(stopwatchSeconds(at * 1000), 'motion');
    },
    () => setTrouble('silent'),
  );

  const start = () => {
    lookedAt.current = -Infinity;
    if (!feeling) {
      setRun(startStage(trial.firstWords, limitSeconds));
      return;
    }
    // Asked inside the tap (iPhone); the run starts either way, and is stopped by a tap if the phone cannot feel it.
    void askForMotion().then((problem) => {
      if (problem) setTrouble(problem);
      setRun(startStage(trial.firstWords, limitSeconds));
    });
  };

  const troubleNotice =
    motionStop && trouble ? (
      <p className="gt-panel gt-problem">
        {TROUBLE_WORDS[trouble]} So the phone cannot stop the clock. Tap Stop yourself as soon as you are sitting down again.
      </p>
    ) : null;

  if (stopped) {
    return (
      <>
        {stopped === 'limit' ? <p className="gt-error">The stopwatch stopped after {limitSeconds / 60} minutes.</p> : null}
        <StoppedPanel unableLabel={unableLabel} onUnable={onUnable} onDiscard={onDiscard} discardLabel={discardLabel} />
      </>
    );
  }

  if (run && phase) {
    return (
      <>
        {troubleNotice}
        <RunPanel
          phase={phase}
          kind="stopwatch"
          doing={trial.doing}
          tap={{
            label: 'Stop',
            hint: trial.stopHint,
            onTap: () => {
              const seconds = secondsSinceGo(run);
              if (seconds > 0) finish(seconds, 'tapped');
            },
          }}
          onSafetyStop={() => {
            endStage('Test stopped.');
            setRun(null);
            setStopped('safety');
          }}
          emergencyNumber={emergencyNumber}
        />
        {cannotLabel && phase.phase === 'running' ? (
          <div className="gt-actions">
            <button
              type="button"
              className="gt-secondary"
              onClick={() => {
                endStage('Test stopped.');
                setRun(null);
                setStopped('safety');
              }}
            >
              {cannotLabel}
            </button>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <section className="gt-panel" aria-labelledby="gt-trial-heading">
      <h2 id="gt-trial-heading">{trial.heading}</h2>
      {times.length > 0 ? <p>Time: {times.at(-1)!.toFixed(1)} seconds.</p> : null}
      {trial.before}
      {troubleNotice}
      <div className="gt-actions">
        <button type="button" onClick={start}>
          {trial.startLabel}
        </button>
      </div>
    </section>
  );
}
