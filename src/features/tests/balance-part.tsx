import { useState } from 'react';
import type { Stance } from '../../db/mobility-schema';
import { ALONE_COUNTDOWN_S } from './timed-test-config';
import { endStage, RunPanel, secondsSinceGo, startStage, StoppedPanel, useStage, type StageRun } from './mobility-run';

/** Each stance is held for 10 seconds (CDC STEADI; the SPPB's balance part alike). */
export const HOLD_SECONDS = 10;

/** Plain words for each stance, with no picture: what a person hears and reads. */
export const STANCE_WORDS: Record<Stance, { name: string; how: string }> = {
  sideBySide: { name: 'Feet side by side', how: 'Stand with your feet side by side, touching each other.' },
  semiTandem: {
    name: 'One foot half in front',
    how: 'Put one foot half a step forward, so the side of its heel touches the big toe of the other foot.',
  },
  tandem: { name: 'Feet heel to toe', how: 'Put one foot straight in front of the other, the heel touching the toes of the back foot.' },
  oneLeg: { name: 'On one foot', how: 'Stand on one foot.' },
};

export type Holds = Partial<Record<Stance, number | null>>;

interface BalancePartProps {
  /** The stances in order: four for the balance test, three in the SPPB. */
  stances: readonly Stance[];
  emergencyNumber: string | null;
  /** Every stance tried; those not reached are null. `stoppedBy`: how the last one was ended, if not by the clock. */
  onDone: (holds: Record<Stance, number | null>, stoppedBy: 'tapped' | undefined) => void;
  /** Stopped for safety: what the screen offers then (record "could not", or nothing). */
  unableLabel: string;
  onDiscard: () => void;
  discardLabel?: string;
}

function allHolds(stances: readonly Stance[], holds: Holds): Record<Stance, number | null> {
  const out = { sideBySide: null, semiTandem: null, tandem: null, oneLeg: null } as Record<Stance, number | null>;
  for (const stance of stances) out[stance] = holds[stance] ?? null;
  return out;
}

/**
 * The stances one after another, each with its own Start tap and a spoken
 * countdown. A stance held for 10 seconds leads to the next; moving the feet
 * or needing support ends the part with the time held.
 */
export function BalancePart({ stances, emergencyNumber, onDone, unableLabel, onDiscard, discardLabel }: BalancePartProps) {
  const [index, setIndex] = useState(0);
  const [holds, setHolds] = useState<Holds>({});
  const [run, setRun] = useState<StageRun | null>(null);
  const [stopped, setStopped] = useState(false);
  const stance = stances[index]!;
  const words = STANCE_WORDS[stance];

  const record = (seconds: number, ended: 'clock' | 'tapped') => {
    const next = { ...holds, [stance]: seconds };
    setHolds(next);
    setRun(null);
    if (ended === 'tapped' || index === stances.length - 1) {
      onDone(allHolds(stances, next), ended === 'tapped' ? 'tapped' : undefined);
      return;
    }
    setIndex(index + 1);
  };

  const phase = useStage(run, 'hold', 'Well done. Relax.', () => record(HOLD_SECONDS, 'clock'));

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
        onSafetyStop={() => {
          endStage('Test stopped.');
          setRun(null);
          setStopped(true);
        }}
        emergencyNumber={emergencyNumber}
      />
    );
  }

  return (
    <section className="gt-panel" aria-labelledby="gt-stance-heading">
      <h2 id="gt-stance-heading">
        Stance {index + 1} of {stances.length}: {words.name}
      </h2>
      {index > 0 ? <p>Well done: you held the last one for 10 seconds.</p> : null}
      <p>{words.how}</p>
      <p>After Start you have {ALONE_COUNTDOWN_S} seconds to get into position. Then hold still, without holding on.</p>
      <div className="gt-actions">
        <button type="button" onClick={() => setRun(startStage(`${words.name}. ${words.how}`, HOLD_SECONDS))}>
          Start: {words.name.toLowerCase()}
        </button>
      </div>
    </section>
  );
}
