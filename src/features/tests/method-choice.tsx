import { useId } from 'react';
import { ChestPhonePicture } from './chest-phone-picture';
import type { TimedTestConfig } from './timed-test-config';

/** The ways the test can be measured, as large radio rows; the phone on the chest first, with its picture. */
export function MethodChoice({ config }: { config: TimedTestConfig }) {
  const method = config.store((s) => s.method);
  const choose = config.store((s) => s.choose);
  const name = useId();
  return (
    <section className="gt-panel" aria-labelledby={`${name}-heading`}>
      <h2 id={`${name}-heading`}>How {config.methodQuestion}</h2>
      <fieldset className="gt-checklist">
        <legend className="visually-hidden">Choose one</legend>
        {config.methods.map((m) => {
          const words = config.methodWords[m];
          if (!words) return null;
          return (
            <label key={m} className="gt-check gt-method">
              <input type="radio" name={name} value={m} checked={method === m} onChange={() => choose(m)} />
              <span>
                <strong>{words.label}</strong>
                <span className="gt-hint">{words.hint}</span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {method === 'motion' ? <ChestPhonePicture className="gt-picture" /> : null}
    </section>
  );
}
