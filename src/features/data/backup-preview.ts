import type { CheckedBackup } from '../../db/backup-format';
import { ENTRY_KIND_LABELS, tableRecordInfo } from '../../db/record-schemas';
import { isLocalDate, toLocalDate, type LocalDate } from '../../domain/dates';
import { createPacer, giveWay } from '../../db/pace';

export interface BackupPreview {
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  /** One line per kind of record with at least one, in a fixed order. */
  lines: { label: string; count: number }[];
  total: number;
  hasProfile: boolean;
  firstDay: LocalDate | null;
  lastDay: LocalDate | null;
}

/**
 * What a checked backup holds, for the person to look at before restoring it.
 * One pass over the records, with pauses for the screen (200,000 of them take
 * a moment).
 */
export async function previewBackup(backup: CheckedBackup): Promise<BackupPreview> {
  let total = 0;
  let firstDay: LocalDate | null = null;
  let lastDay: LocalDate | null = null;
  const seeDay = (day: LocalDate) => {
    if (firstDay === null || day < firstDay) firstDay = day;
    if (lastDay === null || day > lastDay) lastDay = day;
  };
  const entryKinds = new Map<unknown, number>();
  const pacer = createPacer();

  for (const [table, rows] of Object.entries(backup.tables)) {
    total += rows.length;
    for (const row of rows) {
      const { day, at, kind } = row as { day?: unknown; at?: unknown; kind?: unknown };
      if (isLocalDate(day)) seeDay(day);
      else if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) seeDay(toLocalDate(new Date(at)));
      if (table === 'entries') entryKinds.set(kind, (entryKinds.get(kind) ?? 0) + 1);
      if (pacer.due()) await giveWay();
    }
  }

  const lines: BackupPreview['lines'] = [];
  for (const [table, rows] of Object.entries(backup.tables)) {
    if (table === 'profile') continue;
    if (table === 'entries') {
      for (const [kind, label] of Object.entries(ENTRY_KIND_LABELS)) {
        const count = entryKinds.get(kind) ?? 0;
        if (count > 0) lines.push({ label, count });
      }
    } else if (rows.length > 0) lines.push({ label: tableRecordInfo(table)?.label ?? table, count: rows.length });
  }

  return {
    appVersion: backup.appVersion,
    schemaVersion: backup.schemaVersion,
    exportedAt: backup.exportedAt,
    lines,
    total,
    hasProfile: (backup.tables.profile?.length ?? 0) > 0,
    firstDay,
    lastDay,
  };
}
