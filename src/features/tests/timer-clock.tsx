interface TimerClockProps {
  value: string;
  label: string;
  /** A small "pop" as each countdown number appears (none with reduced motion). */
  pop?: boolean;
}

/** The big digits: readable at arm's length by someone who has taken their glasses off. */
export function TimerClock({ value, label, pop = false }: TimerClockProps) {
  return (
    <div className="gt-clock">
      {/* The key remounts the digits on each change, which replays the pop. */}
      <span key={pop ? value : undefined} className={pop ? 'gt-digits gt-pop' : 'gt-digits'}>
        {value}
      </span>
      <span className="gt-clock-label">{label}</span>
    </div>
  );
}
