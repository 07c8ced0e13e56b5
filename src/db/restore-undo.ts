import type { Table } from 'dexie';
import { db } from './database';
import { guardedWrite } from './storage-errors';
import { forEachPage, type Row } from './table-pages';

/**
 * "Undo this restore": every table as it was just before the last restore,
 * kept in memory (a reload ends the offer). Undoing is refused once anything
 * has changed since the restore, here or in another tab, so it can never
 * throw away something saved after it: each table's row count and latest
 * edit are noted when the restore ends and compared before undoing.
 */
/**
 * Each table as JSON text, a page at a time: 200,000 records take about a
 * third of the memory they would as objects, and each page is turned back
 * into objects on its own (no long freeze) when undoing.
 */
export type Snapshot = Record<string, string[]>;
type Fingerprint = Record<string, string>;

let last: { before: Snapshot; after: Fingerprint } | null = null;
const listeners = new Set<() => void>();

function setLast(next: typeof last): void {
  last = next;
  listeners.forEach((listener) => listener());
}

/**
 * Reads every table, a page at a time: the snapshot for undo, and the rows as
 * objects for the restore to compare with. Call inside the restore's
 * transaction, before it writes.
 */
export async function readSnapshot(): Promise<{ snapshot: Snapshot; rows: Record<string, Row[]> }> {
  const snapshot: Snapshot = {};
  const rows: Record<string, Row[]> = {};
  for (const table of db.tables) {
    const pages: string[] = [];
    const tableRows: Row[] = [];
    await forEachPage(table, (page) => {
      pages.push(JSON.stringify(page));
      for (const row of page) tableRows.push(row);
    });
    snapshot[table.name] = pages;
    rows[table.name] = tableRows;
  }
  return { snapshot, rows };
}

/** The latest edit in a table: through an index where there is one, else by reading it (small tables). */
async function latestEdit(table: Table): Promise<string> {
  for (const index of ['updatedAt', 'at']) {
    if (table.schema.indexes.some((i) => i.name === index)) {
      const row = (await table.orderBy(index).last()) as Record<string, unknown> | undefined;
      return String(row?.[index] ?? '');
    }
  }
  const rows = (await table.toArray()) as Record<string, unknown>[];
  return rows.map((row) => String(row.updatedAt ?? row.at ?? '')).reduce((a, b) => (a > b ? a : b), '');
}

/** Each table's count and latest edit: a save, an edit or a delete anywhere changes it. */
export async function readFingerprint(): Promise<Fingerprint> {
  const out: Fingerprint = {};
  for (const table of db.tables) out[table.name] = `${await table.count()}|${await latestEdit(table)}`;
  return out;
}

/** After a restore has written: offers to put `before` back while the data still reads `after`. */
export function offerUndo(before: Snapshot, after: Fingerprint): void {
  setLast({ before, after });
}

export function canUndoRestore(): boolean {
  return last !== null;
}

export function onUndoRestoreChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Ends the offer (after Delete everything, say). */
export function forgetRestoreUndo(): void {
  setLast(null);
}

export type UndoResult = 'undone' | 'changed-since' | 'nothing-to-undo';

/** Puts every table back as it was before the last restore, in one transaction, unless anything changed since. */
export async function undoRestore(): Promise<UndoResult> {
  const offer = last;
  if (!offer) return 'nothing-to-undo';
  const result = await guardedWrite(() =>
    db.transaction('rw', db.tables, async (): Promise<UndoResult> => {
      const now = await readFingerprint();
      if (JSON.stringify(now) !== JSON.stringify(offer.after)) return 'changed-since';
      for (const table of db.tables) {
        await table.clear();
        for (const page of offer.before[table.name] ?? []) await table.bulkPut(JSON.parse(page) as Row[]);
      }
      return 'undone';
    }),
  );
  setLast(null);
  return result;
}
