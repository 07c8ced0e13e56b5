import type { PlanProgress } from './activity-schemas';

type Tick = Pick<PlanProgress, 'id' | 'day' | 'itemId' | 'updatedAt'>;

/** The key that makes a plan tick unique: one row per day and item. */
export function tickKey(tick: Pick<Tick, 'day' | 'itemId'>): string {
  return `${tick.day}\u0000${tick.itemId}`;
}

/** Is a the later edit? Ties go to the larger id, so every phone folds the same way. */
function isLater(a: Tick, b: Tick): boolean {
  const ta = Date.parse(a.updatedAt);
  const tb = Date.parse(b.updatedAt);
  if (ta !== tb) return ta > tb;
  return a.id > b.id;
}

/**
 * One tick per day and item: where there are several (merged from two phones
 * before the schema enforced it), the latest edit stands for them all.
 * Returns the rows to keep, in their first order, and the ids of those dropped.
 */
export function foldDuplicateTicks<T extends Tick>(ticks: readonly T[]): { kept: T[]; dropped: string[] } {
  const latest = new Map<string, T>();
  for (const tick of ticks) {
    const key = tickKey(tick);
    const current = latest.get(key);
    if (!current || isLater(tick, current)) latest.set(key, tick);
  }
  const keep = new Set(latest.values());
  return { kept: ticks.filter((t) => keep.has(t)), dropped: ticks.filter((t) => !keep.has(t)).map((t) => t.id) };
}
