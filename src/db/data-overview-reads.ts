import { db } from './database';
import type { LogEntryKind } from './log-entry-schema';
import { ENTRY_KIND_LABELS, tableRecordInfo } from './record-schemas';

export interface DataOverview {
  /** Every table, with what a person calls it and how many records it holds. */
  tables: { name: string; label: string; count: number }[];
  /** Entries per kind, only kinds with at least one entry, in the usual order. */
  entriesByKind: { kind: LogEntryKind; label: string; count: number }[];
  total: number;
}

export async function dataOverview(): Promise<DataOverview> {
  const kinds = Object.keys(ENTRY_KIND_LABELS) as LogEntryKind[];
  return db.transaction('r', db.tables, async () => {
    const tables = await Promise.all(
      db.tables.map(async (table) => ({ name: table.name, label: tableRecordInfo(table.name)?.label ?? table.name, count: await table.count() })),
    );
    const kindCounts = await Promise.all(kinds.map((kind) => db.entries.where('kind').equals(kind).count()));
    const entriesByKind = kinds
      .map((kind, i) => ({ kind, label: ENTRY_KIND_LABELS[kind], count: kindCounts[i]! }))
      .filter((k) => k.count > 0);
    return { tables, entriesByKind, total: tables.reduce((sum, t) => sum + t.count, 0) };
  });
}
