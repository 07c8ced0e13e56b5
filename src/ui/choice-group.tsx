import type { ReactNode } from 'react';
import { describedBy, FieldError, FieldHint } from './field-error';

interface ChoiceGroupProps<T extends string> {
  id: string;
  legend: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
  hint?: ReactNode;
  error?: string | null;
}

/** Radio buttons in a fieldset; each whole row is the tap target. */
export function ChoiceGroup<T extends string>({ id, legend, value, options, onChange, hint, error }: ChoiceGroupProps<T>) {
  return (
    <fieldset className="choice-group" aria-describedby={describedBy(id, { hint, error })}>
      <legend>{legend}</legend>
      <FieldHint id={id} hint={hint} />
      {options.map((option) => (
        <label key={option.value} className="choice-option">
          <input
            type="radio"
            name={id}
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
      <FieldError id={id} message={error} />
    </fieldset>
  );
}
