import type { Ref } from 'react';
import type { LocalDate } from '../domain/dates';
import { describedBy, FieldError, FieldHint } from './field-error';

interface DateFieldProps {
  id: string;
  label: string;
  value: LocalDate;
  onChange: (day: LocalDate) => void;
  /** The latest day the picker offers (today: entries cannot be in the future). */
  max: LocalDate;
  hint?: string;
  error?: string | null;
  inputRef?: Ref<HTMLInputElement>;
}

export function DateField({ id, label, value, onChange, max, hint, error, inputRef }: DateFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <FieldHint id={id} hint={hint} />
      <input
        id={id}
        ref={inputRef}
        className="date-input"
        type="date"
        max={max}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}
