import { describedBy, FieldError } from './field-error';

interface NoteFieldProps {
  id: string;
  value: string;
  onChange: (text: string) => void;
  error?: string | null;
}

/** The optional free-text note every entry can carry. */
export function NoteField({ id, value, onChange, error }: NoteFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>Note (optional)</label>
      <textarea
        id={id}
        className="note-input"
        rows={3}
        // A note in a right-to-left language reads from the right, whatever the app's direction.
        dir="auto"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { error })}
      />
      <FieldError id={id} message={error} />
    </div>
  );
}
