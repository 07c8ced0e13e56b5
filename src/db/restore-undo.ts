import { db } from './database';
import { guardedWrite } from './storage-errors';

/**
 * "Undo this restore": every table as it was just before the last restore,
 * kept in memory (a reload ends the offer) and only until the next change to
 * the data, so undoing can never throw away something saved after it.
 */
type Snapshot = Record<string, unknown[]>;

let snapshot: Snapshot | null = null;
/** While the restore or its undo writes, its own writes are not "the next change". */
let ownWrites = false;
let watching = false;
const listeners = new Set<() => void>();

function setSnapshot(next: Snapshot | null): void {
  snapshot = next;
  listeners.forEach((listener) => listener());
}

/** Any write after the restore ends the offer. Installed on first use, so Today never pays for it. */
function watchForChanges(): void {
  if (watching) return;
  watching = true;
  const changed = () => {
    if (!ownWrites && snapshot) setSnapshot(null);
  };
  for (const table of db.tables) {
    table.hook('creating', changed);
    table.hook('updating', changed);
    table.hook('deleting', changed);
  }
}

/** Reads every table; call inside the restore's transaction, before it writes. */
export async function readSnapshot(): Promise<Snapshot> {
  const out: Snapshot = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** Runs the restore's writes as the app's own (they do not end the offer), then offers to undo them. */
export async function withUndo(restore: (keep: (before: Snapshot) => void) => Promise<void>): Promise<void> {
  watchForChanges();
  let before: Snapshot | null = null;
  ownWrites = true;
  try {
    await restore((taken) => {
      before = taken;
    });
  } finally {
    ownWrites = false;
  }
  setSnapshot(before);
}

export function canUndoRestore(): boolean {
  return snapshot !== null;
}

export function onUndoRestoreChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ends the offer (after Delete everything, say). */
export function forgetRestoreUndo(): void {
  setSnapshot(null);
}

/** Puts every table back as it was before the last restore, in one transaction. */
export async function undoRestore(): Promise<boolean> {
  const before = snapshot;
  if (!before) return false;
  ownWrites = true;
  try {
    await guardedWrite(() =>
      db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) {
          await table.clear();
          await table.bulkPut(before[table.name] ?? []);
        }
      }),
    );
  } finally {
    ownWrites = false;
  }
  setSnapshot(null);
  return true;
}
