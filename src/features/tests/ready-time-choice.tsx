import { useId } from 'react';
import { READY_TIME_CHOICES, setReadyTime, useReadyTime } from './ready-time';

/** The countdown's length in words ("10"), following the person's choice. */
export function ReadySeconds() {
  return <>{useReadyTime()}</>;
}

/** "Time to get ready after Start": 10, 20 or 30 seconds, as large radio rows, remembered on this phone. */
export function ReadyTimeChoice() {
  const seconds = useReadyTime();
  const name = useId();
  return (
    <fieldset className="gt-checklist gt-ready-time">
      <legend>Time to get ready after Start</legend>
      {READY_TIME_CHOICES.map((choice) => (
        <label key={choice} className="gt-check">
          <input type="radio" name={name} value={choice} checked={seconds === choice} onChange={() => setReadyTime(choice)} />
          <span>{choice} seconds</span>
        </label>
      ))}
    </fieldset>
  );
}
