import type { CheckedBackup } from '../../db/backup-format';
import { ENTRY_KIND_LABELS, tableRecordInfo } from '../../db/record-schemas';
import { isLocalDate, toLocalDate, type LocalDate } from '../../domain/dates';

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

/** What a checked backup holds, for the person to look at before restoring it. */
export function previewBackup(backup: CheckedBackup): BackupPreview {
  const lines: BackupPreview['lines'] = [];
  let total = 0;
  let firstDay: LocalDate | null = null;
  let lastDay: LocalDate | null = null;
  const seeDay = (day: LocalDate) => {
    if (firstDay === null || day < firstDay) firstDay = day;
    if (lastDay === null || day > lastDay) lastDay = day;
  };

  for (const [table, rows] of Object.entries(backup.tables)) {
    total += rows.length;
    for (const row of rows) {
      const { day, at } = row as { day?: unknown; at?: unknown };
      if (isLocalDate(day)) seeDay(day);
      else if (typeof at === 'string' && !Number.isNaN(Date.parse(at))) seeDay(toLocalDate(new Date(at)));
    }
    if (table === 'profile') continue;
    if (table === 'entries') {
      for (const [kind, label] of Object.entries(ENTRY_KIND_LABELS)) {
        const count = rows.filter((row) => (row as { kind?: unknown }).kind === kind).length;
        if (count > 0) lines.push({ label, count });
      }
      continue;
    }
    if (rows.length > 0) lines.push({ label: tableRecordInfo(table)?.label ?? table, count: rows.length });
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
