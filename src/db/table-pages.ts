import type { IndexableType, Table } from 'dexie';

/**
 * Big tables are read and written a page at a time. A page is small enough
 * that turning it into objects (or copying it into the database) takes a few
 * tens of milliseconds on a phone, so the screen never freezes, and large
 * enough that the number of requests stays low.
 */
export const PAGE_ROWS = 2000;

/** Writing costs the page more per row than reading (each row is copied and handed to the database). */
export const WRITE_ROWS = 500;

export type Row = Record<string, unknown>;

/**
 * Calls `onPage` with each page of the table's rows, in primary-key order.
 * Safe inside a transaction: it only waits for the database.
 */
export async function forEachPage(table: Table, onPage: (rows: Row[]) => void): Promise<void> {
  const keyPath = table.schema.primKey.keyPath as string;
  let last: IndexableType | undefined;
  for (;;) {
    const from = last === undefined ? table.orderBy(':id') : table.where(':id').above(last);
    const rows = (await from.limit(PAGE_ROWS).toArray()) as Row[];
    if (rows.length > 0) onPage(rows);
    if (rows.length < PAGE_ROWS) return;
    last = rows[rows.length - 1]![keyPath] as IndexableType;
  }
}

/**
 * Writes rows a page at a time, calling `onWritten` with how many are written
 * so far. Inside a transaction this keeps it one all-or-nothing write, while
 * the page gets a turn each time the database answers.
 */
export async function putInPages(table: Table, rows: readonly Row[], onWritten?: (count: number) => void): Promise<void> {
  for (let start = 0; start < rows.length; start += WRITE_ROWS) {
    const page = rows.slice(start, start + WRITE_ROWS);
    await table.bulkPut(page);
    onWritten?.(page.length);
  }
}
