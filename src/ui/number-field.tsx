import type { ReactNode, Ref } from 'react';
import { describedBy, FieldError, FieldHint } from './field-error';

interface NumberFieldProps {
  id: string;
  /** What to enter; the unit is added in brackets, so it is part of the field's name. */
  label: string;
  unit?: string;
  value: string;
  onChange: (text: string) => void;
  /** Whole numbers only: phones show the digits-only keypad. */
  whole?: boolean;
  hint?: ReactNode;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

export function NumberField({ id, label, unit, value, onChange, whole, hint, error, inputRef }: NumberFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {unit ? ` (${unit})` : null}
      </label>
      <FieldHint id={id} hint={hint} />
      <input
        id={id}
        ref={inputRef}
        className="number-input"
        type="number"
        inputMode={whole ? 'numeric' : 'decimal'}
        step={whole ? 1 : 'any'}
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}
