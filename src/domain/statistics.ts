// The few statistics Regain reports, in one place so every screen means the
// same thing by them. Kept tiny: the week summary on Today uses it.

/**
 * The middle value (the mean of the middle two for an even count), or null
 * for no values. Sorts a copy, so the caller's array keeps its order.
 */
export function median(values: readonly number[]): number | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(n / 2);
  return n % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
