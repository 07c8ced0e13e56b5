import { useState, type ReactNode } from 'react';
import { endStage, RunPanel, secondsSinceGo, startStage, StoppedPanel, useStage, type StageRun } from './mobility-run';

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
  onDone: (seconds: number[]) => void;
  unableLabel: string;
  onUnable: () => void;
  onDiscard: () => void;
  discardLabel?: string;
  /** A second way to end a run that means "could not" (the arms, in chair stands). */
  cannotLabel?: string;
}

/**
 * One or more stopwatch runs in a row (two walks; one Timed Up and Go; five
 * chair stands): Start, a spoken countdown, Go, and a big Stop a helper or the
 * person taps. Stopped for safety, or at the limit: nothing is kept unless the
 * person records that they could not do it.
 */
export function TimedTrials({ trials, limitSeconds, emergencyNumber, onDone, unableLabel, onUnable, onDiscard, discardLabel, cannotLabel }: TimedTrialsProps) {
  const [times, setTimes] = useState<number[]>([]);
  const [run, setRun] = useState<StageRun | null>(null);
  const [stopped, setStopped] = useState<'safety' | 'limit' | null>(null);
  const trial = trials[times.length]!;

  const phase = useStage(run, 'stopwatch', 'Time is up. Stop and rest.', () => {
    setRun(null);
    setStopped('limit');
  });

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
        <RunPanel
          phase={phase}
          kind="stopwatch"
          doing={trial.doing}
          tap={{
            label: 'Stop',
            hint: trial.stopHint,
            onTap: () => {
              const seconds = secondsSinceGo(run);
              if (seconds <= 0) return;
              endStage('Stop.');
              setRun(null);
              const next = [...times, seconds];
              setTimes(next);
              if (next.length === trials.length) onDone(next);
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
      <div className="gt-actions">
        <button type="button" onClick={() => setRun(startStage(trial.firstWords, limitSeconds))}>
          {trial.startLabel}
        </button>
      </div>
    </section>
  );
}
