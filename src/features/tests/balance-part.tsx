import { useEffect, useRef, useState } from 'react';
import type { Stance } from '../../db/mobility-schema';
import { createSwayDetector, type SwayDetector } from '../../domain/sway-detector';
import { ReadySeconds } from './ready-time-choice';
import { StancePicture } from './stance-picture';
import { endStage, RunPanel, secondsSinceGo, startStage, StoppedPanel, useStage, type StageRun } from './mobility-run';
import { Status } from './mobility-screen';
import { say } from './speech';
import { askForMotion, TROUBLE_WORDS, useStageMotion, type MotionTrouble } from './stage-motion';

/** Each stance is held for 10 seconds (CDC STEADI; the SPPB's balance part alike). */
export const HOLD_SECONDS = 10;

/** Plain words for each stance: what a person hears and reads, and what its picture shows. */
export const STANCE_WORDS: Record<Stance, { name: string; how: string; picture: string }> = {
  sideBySide: { name: 'Feet side by side', how: 'Stand with your feet side by side, touching each other.', picture: 'two feet side by side, touching.' },
  semiTandem: {
    name: 'One foot half in front',
    how: 'Put one foot half a step forward, so the side of its heel touches the big toe of the other foot.',
    picture: 'one foot half a step ahead of the other, its heel beside the big toe of the other foot.',
  },
  tandem: {
    name: 'Feet heel to toe',
    how: 'Put one foot straight in front of the other, the heel touching the toes of the back foot.',
    picture: 'one foot straight in front of the other, heel touching toes.',
  },
  oneLeg: { name: 'On one foot', how: 'Stand on one foot.', picture: 'one foot on the floor; the other, drawn dashed, lifted.' },
};

export type Holds = Partial<Record<Stance, number | null>>;
export type StoppedBy = 'tapped' | 'motion';

export const SWAY_QUESTION = 'The phone felt you move. Did you move your feet or need support?';

interface BalancePartProps {
  /** The stances in order: four for the balance test, three in the SPPB. */
  stances: readonly Stance[];
  emergencyNumber: string | null;
  /** Every stance tried; those not reached are null. `stoppedBy`: how the last one was ended, if not by the clock. */
  onDone: (holds: Record<Stance, number | null>, stoppedBy: StoppedBy | undefined) => void;
  /** Stopped for safety: what the screen offers then (record "could not", or nothing). */
  unableLabel: string;
  onDiscard: () => void;
  discardLabel?: string;
  /** The phone is held on the chest, and a sudden sway or step may end a stance (the person confirms). Off: taps only. */
  motion?: boolean;
}

function allHolds(stances: readonly Stance[], holds: Holds): Record<Stance, number | null> {
  const out = { sideBySide: null, semiTandem: null, tandem: null, oneLeg: null } as Record<Stance, number | null>;
  for (const stance of stances) out[stance] = holds[stance] ?? null;
  return out;
}

/**
 * The stances one after another, each with its own Start tap and a spoken
 * countdown. A stance held for 10 seconds leads to the next; moving the feet
 * or needing support ends the part with the time held. With the phone on the
 * chest, a sudden sway or step asks the person whether they moved.
 */
export function BalancePart({ stances, emergencyNumber, onDone, unableLabel, onDiscard, discardLabel, motion = false }: BalancePartProps) {
  const [index, setIndex] = useState(0);
  const [holds, setHolds] = useState<Holds>({});
  const [run, setRun] = useState<StageRun | null>(null);
  const [stopped, setStopped] = useState(false);
  const [trouble, setTrouble] = useState<MotionTrouble | null>(null);
  // The phone felt a sway at `at` seconds; `timeUp`: the 10 seconds ran out while asking.
  const [asking, setAsking] = useState<{ at: number; timeUp: boolean } | null>(null);
  const detector = useRef<SwayDetector | null>(null);
  const stance = stances[index]!;
  const words = STANCE_WORDS[stance];
  const feeling = motion && trouble === null;

  const record = (seconds: number, ended: 'clock' | StoppedBy) => {
    const next = { ...holds, [stance]: seconds };
    setHolds(next);
    setRun(null);
    setAsking(null);
    if (ended !== 'clock' || index === stances.length - 1) {
      onDone(allHolds(stances, next), ended === 'clock' ? undefined : ended);
      return;
    }
    setIndex(index + 1);
  };

  const phase = useStage(run, 'hold', asking ? 'Time is up. Answer on the screen.' : 'Well done. Relax.', () => {
    if (asking) setAsking({ ...asking, timeUp: true });
    else record(HOLD_SECONDS, 'clock');
  });

  useEffect(() => {
    detector.current = run ? createSwayDetector() : null;
  }, [run]);
  useStageMotion(
    run,
    feeling,
    (sample) => {
      const at = detector.current?.push(sample) ?? null;
      if (at === null || asking || !run || at / 1000 >= HOLD_SECONDS) return;
      setAsking({ at: Math.min(HOLD_SECONDS - 0.1, Math.round(at / 100) / 10), timeUp: false });
      say(SWAY_QUESTION, { interrupt: true });
    },
    () => setTrouble('silent'),
  );

  const start = () => {
    const first = `${words.name}. ${words.how}`;
    if (!feeling) {
      setRun(startStage(first, HOLD_SECONDS));
      return;
    }
    // Asked inside the tap (iPhone); the stance starts either way, with taps if the phone cannot feel it.
    void askForMotion().then((problem) => {
      if (problem) setTrouble(problem);
      setRun(startStage(first, HOLD_SECONDS));
    });
  };

  const troubleNotice = motion && trouble ? (
    <p className="gt-panel gt-problem">
      {TROUBLE_WORDS[trouble]} So the phone will not notice if you move. Tap “I moved” if your feet move or you need support.
    </p>
  ) : null;

  if (stopped) {
    return (
      <StoppedPanel
        unableLabel={unableLabel}
        onUnable={() => onDone(allHolds(stances, { ...holds, [stance]: 0 }), 'tapped')}
        onDiscard={onDiscard}
        discardLabel={discardLabel}
      />
    );
  }

  if (run && phase) {
    return (
      <>
        <Status>{asking ? SWAY_QUESTION : ''}</Status>
        {troubleNotice}
        <RunPanel
          phase={phase}
          kind="hold"
          doing={`${words.name}. ${phase.phase === 'countdown' ? words.how : 'Hold still.'}`}
          tap={{
            label: 'I moved',
            hint: 'or needed support: tap to end',
            onTap: () => {
              endStage('Stop. Relax.');
              record(Math.min(HOLD_SECONDS - 0.1, secondsSinceGo(run)), 'tapped');
            },
          }}
          instead={
            asking ? (
              <SwayQuestion
                timeUp={asking.timeUp}
                onMoved={() => {
                  endStage('Stop. Relax.');
                  record(asking.at, 'motion');
                }}
                onCarryOn={() => {
                  if (asking.timeUp) {
                    say('Well done. Relax.', { interrupt: true });
                    record(HOLD_SECONDS, 'clock');
                    return;
                  }
                  detector.current = createSwayDetector();
                  setAsking(null);
                }}
              />
            ) : undefined
          }
          onSafetyStop={() => {
            endStage('Test stopped.');
            setRun(null);
            setAsking(null);
            setStopped(true);
          }}
          emergencyNumber={emergencyNumber}
        />
      </>
    );
  }

  return (
    <section className="gt-panel" aria-labelledby="gt-stance-heading">
      <h2 id="gt-stance-heading">
        Stance {index + 1} of {stances.length}: {words.name}
      </h2>
      {index > 0 ? <p>Well done: you held the last one for 10 seconds.</p> : null}
      <p>{words.how}</p>
      <StancePicture stance={stance} description={`Seen from above: ${words.picture}`} />
      <p>After Start you have <ReadySeconds /> seconds to get into position. Then hold still, without holding on.</p>
      {feeling ? <p>Hold the phone flat on your chest with one hand.</p> : null}
      {troubleNotice}
      <div className="gt-actions">
        <button type="button" onClick={start}>
          Start: {words.name.toLowerCase()}
        </button>
      </div>
    </section>
  );
}

/**
 * "Carry on" keeps the clock that never stopped: the stance goes on being
 * timed while the question waits, because a hold counts only if it is
 * unbroken, and a clinician would not credit seconds nobody timed. If the
 * person says they did not move, the phone was wrong and the hold goes on to
 * its 10 seconds (or, if the time ran out while they answered, it is complete:
 * they say they held the stance all through). "Yes" ends the stance at the
 * moment the phone felt the sway, as the tap would have, a little earlier.
 */
function SwayQuestion({ timeUp, onMoved, onCarryOn }: { timeUp: boolean; onMoved: () => void; onCarryOn: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="gt-panel gt-problem" aria-labelledby="gt-sway-heading">
      <h2 id="gt-sway-heading" tabIndex={-1} ref={heading}>
        The phone felt you move.
      </h2>
      <p>Did you move your feet or need support?</p>
      {timeUp ? <p>The 10 seconds are up.</p> : <p>If not, keep standing as you are: the clock is still running.</p>}
      <div className="gt-actions">
        <button type="button" onClick={onMoved}>
          Yes, I moved
        </button>
        <button type="button" className="gt-secondary" onClick={onCarryOn}>
          No, carry on
        </button>
      </div>
    </section>
  );
}
