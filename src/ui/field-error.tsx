import type { ReactNode } from 'react';

/** The ids a field's aria-describedby should list: its hint, and its error only while there is one. */
export function describedBy(id: string, { hint, error }: { hint?: unknown; error?: string | null }): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/**
 * The message beside a field. The element is always there (empty when all is
 * well) because screen readers announce a live region that changes, and may
 * miss one that appears already filled.
 */
export function FieldError({ id, message }: { id: string; message?: string | null }) {
  return (
    <p id={`${id}-error`} className="field-error" role="alert">
      {message || null}
    </p>
  );
}

export function FieldHint({ id, hint }: { id: string; hint?: ReactNode }) {
  if (!hint) return null;
  return (
    <p id={`${id}-hint`} className="field-hint">
      {hint}
    </p>
  );
}
