import { useState } from 'react';
import type { PlanProgress } from '../../db/activity-schemas';
// Loaded with the screen, not on demand: a tick shows at once, so its write
// must start at once too, or a reload right after ticking could lose it.
import { setPlanItemDone } from '../../db/plan-progress-repository';
import { saveFailureMessage } from '../../db/storage-errors';
import type { LocalDate } from '../../domain/dates';

/** A tick the database may not show yet, and when it was made (the row's `updatedAt` once written). */
interface PendingTick {
  done: boolean;
  at: string;
}

/** A tick that could not be saved: which one, and what to tell the person. */
export interface TickFailure {
  day: LocalDate;
  itemId: string;
  message: string;
}

type Pending = ReadonlyMap<string, PendingTick>;

const keyOf = (day: LocalDate, itemId: string) => `${day}|${itemId}`;

function without(pending: Pending, keys: readonly string[]): Pending {
  const next = new Map(pending);
  for (const key of keys) next.delete(key);
  return next;
}

/**
 * The plan's ticks: a tap shows at once, and the database takes over as soon
 * as it has the write (so a later change from another tab or a restore shows
 * too). A write that fails puts the box back and says why, in plain words.
 */
export function usePlanTicks(progress: readonly PlanProgress[] | undefined) {
  const [pending, setPending] = useState<Pending>(new Map());
  const [failure, setFailure] = useState<TickFailure | null>(null);
  const rows = new Map((progress ?? []).map((row) => [keyOf(row.day, row.itemId), row]));

  // A row at least as new as the tick holds it (or a later change): the
  // pending tick has done its job. Dropped during render, as React advises
  // for state that follows what a hook returns, so no frame shows it stale.
  const stored = [...pending].filter(([key, tick]) => (rows.get(key)?.updatedAt ?? '') >= tick.at).map(([key]) => key);
  if (stored.length > 0) setPending(without(pending, stored));

  const isDone = (day: LocalDate, itemId: string): boolean => {
    const key = keyOf(day, itemId);
    return pending.get(key)?.done ?? rows.get(key)?.done ?? false;
  };

  const toggle = async (day: LocalDate, itemId: string, done: boolean): Promise<void> => {
    const key = keyOf(day, itemId);
    const now = new Date();
    const at = now.toISOString();
    setPending((current) => new Map(current).set(key, { done, at }));
    setFailure(null);
    try {
      await setPlanItemDone(day, itemId, done, now);
    } catch (error) {
      // Back to what the database holds, unless a later tap on the same box has taken over.
      setPending((current) => (current.get(key)?.at === at ? without(current, [key]) : current));
      setFailure({ day, itemId, message: saveFailureMessage(error, 'Sorry, this tick could not be saved. Please try again.') });
    }
  };

  return { isDone, toggle, failure };
}
