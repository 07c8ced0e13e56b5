import { useEffect } from 'react';
import { useRecentResults } from '../../db/use-recent-results';
import { ChestPhonePicture } from './chest-phone-picture';

interface SppbStandsChoiceProps {
  /** When the person chose the phone (ISO time), or undefined before. */
  phoneSince: string | undefined;
  onPhone: () => void;
  onHelper: () => void;
  /** The five-times test saved a time after `phoneSince`: the session takes it. */
  onTimed: (seconds: number) => void;
  onUnable: () => void;
}

/**
 * Part 3 of the SPPB: how the five chair stands are timed. With the phone on
 * the chest, the five-times test runs them (it starts the clock at Go and
 * stops it on the fifth stand, and the person confirms the time); the result
 * it saves comes back here by itself. Or a helper taps Start and Stop.
 */
export function SppbStandsChoice({ phoneSince, onPhone, onHelper, onTimed, onUnable }: SppbStandsChoiceProps) {
  const latest = useRecentResults('five-times-sit-to-stand', 1)?.[0];
  const timed = phoneSince !== undefined && latest !== undefined && latest.createdAt >= phoneSince ? latest : null;
  // The session moves on to its score at the first call, so this part is gone before it could run twice.
  useEffect(() => {
    if (timed) onTimed(timed.seconds);
  }, [timed, onTimed]);

  return (
    <section className="gt-panel" aria-labelledby="gt-stands-heading">
      <h2 id="gt-stands-heading">Part 3 of 3: five chair stands</h2>
      <p>
        Sit with your arms crossed on your chest, then stand all the way up and sit down 5 times, as fast as you safely can,
        without using your arms.
      </p>
      <p>
        The phone can time them for you: hold it flat on your chest under your crossed arms. The clock starts at “Go” and stops
        by itself on the fifth stand. The time is also saved as a five chair stands result, and comes back here.
      </p>
      <ChestPhonePicture className="gt-picture" />
      {phoneSince ? <p>If you needed your arms to stand up, the chair stands score 0 points: record that below.</p> : null}
      <div className="gt-actions">
        <button type="button" onClick={onPhone}>
          Time them with the phone on my chest
        </button>
        <button type="button" className="gt-secondary" onClick={onHelper}>
          Someone will tap Start and Stop
        </button>
        {phoneSince ? (
          <button type="button" className="gt-secondary" onClick={onUnable}>
            I needed my arms: record that
          </button>
        ) : null}
      </div>
    </section>
  );
}
