// Number inputs hold text: a half-typed "1." or an empty field must stay as the
// person left it, so forms keep strings and turn them into numbers only on save.

/** The number a person typed, or null when the field is empty or not a number. A decimal comma counts. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** A number as an input's value: rounded, without thousands separators ('150', '14.5'). */
export function toNumberText(value: number, decimals: number): string {
  const factor = 10 ** decimals;
  return String(Math.round(value * factor) / factor);
}

/**
 * Ids of the number boxes in a form that hold text the browser cannot read as
 * a number ("1e", "7..5"). The browser reports those as empty, so without this
 * check a typo would be skipped as "not filled in" instead of pointed out.
 */
export function unreadableNumberIds(form: HTMLFormElement): Set<string> {
  const boxes = form.querySelectorAll<HTMLInputElement>('input[type="number"]');
  return new Set([...boxes].filter((box) => box.validity.badInput).map((box) => box.id));
}
