import { useRef, useState, type ReactNode, type Ref } from 'react';
import { describedBy, FieldError, FieldHint } from './field-error';
import { parseNumberText } from './number-text';
import { useHydrated } from './use-hydrated';

interface StepperProps {
  id: string;
  label: string;
  /** The text in the box; the person may also type a number. */
  value: string;
  onChange: (text: string) => void;
  min: number;
  max: number;
  hint?: ReactNode;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A whole-number counter with big − and + buttons for shaky hands, and a box
 * that can be typed in for bigger jumps. The buttons stop at min and max; a
 * typed number out of range is left for the form to point out.
 */
export function Stepper({ id, label, value, onChange, min, max, hint, error, inputRef }: StepperProps) {
  // Pressing a button leaves focus on it, so the new value is read out here.
  const [spoken, setSpoken] = useState('');
  // Read-only in the prerendered page: typing there before the app runs
  // would be wiped when the app takes over the box.
  const hydrated = useHydrated();
  const current = parseNumberText(value);
  const base = current === null ? min : Math.round(current);

  const step = (by: 1 | -1) => {
    const next = Math.min(max, Math.max(min, base + by));
    onChange(String(next));
    setSpoken(String(next));
  };
  // Typing replaces the number in the box: the whole number is selected when
  // the box gets focus, so "12" typed over 0 is 12, not 120 or 012. A tap also
  // places the caret on mouse-up, which would undo the selection: the first
  // mouse-up after focus is ignored.
  const justFocused = useRef(false);
  const atMin = current !== null && base <= min;
  const atMax = current !== null && base >= max;

  return (
    <div className="stepper">
      <label id={`${id}-label`} htmlFor={id}>
        {label}
      </label>
      <FieldHint id={id} hint={hint} />
      <div className="stepper-controls" role="group" aria-labelledby={`${id}-label`}>
        <button
          type="button"
          className="stepper-button"
          aria-label="Minus one"
          aria-controls={id}
          // aria-disabled, not disabled: a disabled button drops keyboard focus.
          aria-disabled={atMin}
          onClick={() => !atMin && step(-1)}
        >
          <span aria-hidden="true">−</span>
        </button>
        <input
          id={id}
          ref={inputRef}
          className="stepper-input"
          type="number"
          readOnly={!hydrated}
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          autoComplete="off"
          value={value}
          onChange={(event) => onChange(withoutLeadingZeros(event.target.value))}
          onFocus={(event) => {
            event.currentTarget.select();
            justFocused.current = true;
          }}
          onMouseUp={(event) => {
            if (justFocused.current) event.preventDefault();
            justFocused.current = false;
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
        />
        <button
          type="button"
          className="stepper-button"
          aria-label="Plus one"
          aria-controls={id}
          aria-disabled={atMax}
          onClick={() => !atMax && step(1)}
        >
          <span aria-hidden="true">+</span>
        </button>
      </div>
      <span className="visually-hidden" aria-live="polite">
        {spoken}
      </span>
      <FieldError id={id} message={error} />
    </div>
  );
}

/** "012" → "12": a zero left in front by a caret placed after it is not part of the number. */
function withoutLeadingZeros(text: string): string {
  return text.replace(/^0+(?=\d)/, '');
}
