import { useId, useState } from 'react';

const CHECKS = [
  'My chair has no arms and is pushed back against a wall, so it cannot slide.',
  'I will sit in the middle of the seat, feet flat on the floor, arms crossed over my chest.',
  'If I feel at all unsteady, someone is standing beside me.',
] as const;

interface SafetyChecklistProps {
  /** What to make true first; the chair tests' three checks unless a test brings its own three. */
  checks?: readonly [string, string, string];
  /** Buttons that begin the test; each runs only once every box is ticked. */
  actions: ReadonlyArray<{ label: string; onStart: () => void; secondary?: boolean }>;
}

/** The checks before either test, and when to stop. Nothing starts until all are ticked. */
export function SafetyChecklist({ actions, checks = CHECKS }: SafetyChecklistProps) {
  const [ticked, setTicked] = useState<boolean[]>(() => checks.map(() => false));
  const [showMissing, setShowMissing] = useState(false);
  const hintId = useId();
  const allTicked = ticked.every(Boolean);

  return (
    <section className="gt-panel" aria-labelledby={`${hintId}-heading`}>
      <h2 id={`${hintId}-heading`}>Before you start</h2>
      <fieldset className="gt-checklist" aria-describedby={showMissing && !allTicked ? hintId : undefined}>
        <legend>Tick each one when it is true.</legend>
        {checks.map((text, i) => (
          <label key={text} className="gt-check">
            <input
              type="checkbox"
              checked={ticked[i]}
              onChange={(event) => {
                const next = [...ticked];
                next[i] = event.target.checked;
                setTicked(next);
              }}
            />
            <span>{text}</span>
          </label>
        ))}
      </fieldset>
      {showMissing && !allTicked ? (
        <p id={hintId} className="gt-error" role="alert">
          Please tick all three checks first. They keep you safe during the test.
        </p>
      ) : null}
      <div className="gt-actions">
        {actions.map(({ label, onStart, secondary }) => (
          <button
            key={label}
            type="button"
            className={secondary ? 'gt-secondary' : undefined}
            onClick={() => {
              if (!allTicked) {
                setShowMissing(true);
                return;
              }
              onStart();
            }}
          >
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}

/** When to stop: shown before and during every test. */
export function StopIfUnwell({ emergencyNumber }: { emergencyNumber: string | null }) {
  return (
    <div className="gt-stop" role="note" aria-label="When to stop">
      <p>
        <strong>Stop straight away</strong> and sit down if you feel dizzy, have chest pain, or feel suddenly weak.
      </p>
      <p>
        If chest pain or sudden weakness does not pass, call{' '}
        {emergencyNumber ? <strong>{emergencyNumber}</strong> : 'your emergency number'} now.
      </p>
    </div>
  );
}
