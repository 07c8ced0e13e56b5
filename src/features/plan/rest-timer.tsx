import { useEffect, useState } from 'react';

/** Counts down a rest from the clock (not from ticks, which stall in background tabs). */
export function RestTimer({ seconds, onDone }: { seconds: number; onDone: () => void }) {
  const [endsAt] = useState(() => Date.now() + seconds * 1000);
  const [now, setNow] = useState(() => Date.now());
  const left = Math.max(0, Math.ceil((endsAt - now) / 1000));

  useEffect(() => {
    if (left === 0) {
      onDone();
      return;
    }
    const tick = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(tick);
  }, [left, now, onDone]);

  return (
    <div className="rest-timer">
      <p className="rest-count" aria-hidden="true">
        {left}
      </p>
      {/* Announce only at the start and in the last seconds, not every tick. */}
      <p className="visually-hidden" aria-live="polite">
        {left === seconds ? `Rest for ${seconds} seconds.` : left <= 3 && left > 0 ? `${left}` : ''}
      </p>
      <p>Rest. Breathe easily.</p>
      <button type="button" className="secondary" onClick={onDone}>
        Skip rest
      </button>
    </div>
  );
}
