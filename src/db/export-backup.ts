import { db } from './database';
import { APP_VERSION } from './app-version';
import { CURRENT_SCHEMA_VERSION } from './schema-versions';
import { BACKUP_APP, type BackupEnvelope } from './backup-format';
import { forEachPage } from './table-pages';
import { toLocalDate } from '../domain/dates';

export interface BackupFileContents {
  fileName: string;
  /** The backup as a JSON file (backup-format.ts). */
  file: Blob;
  /** Rows per table, to tell the person what the file holds. */
  counts: Record<string, number>;
}

/**
 * Every table of the database, read in one transaction so the file is a
 * consistent snapshot even if another tab saves an entry meanwhile. Tables are
 * taken from db.tables, so a table added in a new schema version is backed up
 * without a change here.
 *
 * The file is the JSON of a BackupEnvelope, written a page of rows at a time
 * (each page its own small piece of the file) so that 200,000 records never
 * freeze the screen the way one JSON.stringify of everything would.
 */
export async function exportBackup(now = new Date()): Promise<BackupFileContents> {
  const head: Omit<BackupEnvelope, 'tables'> = {
    app: BACKUP_APP,
    appVersion: APP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
  };
  const parts: BlobPart[] = [`${JSON.stringify(head).slice(0, -1)},"tables":{`];
  const counts: Record<string, number> = {};
  await db.transaction('r', db.tables, async () => {
    for (const [index, table] of db.tables.entries()) {
      parts.push(`${index > 0 ? ',' : ''}${JSON.stringify(table.name)}:[`);
      counts[table.name] = 0;
      await forEachPage(table, (rows) => {
        const json = JSON.stringify(rows);
        // Each page's rows without the page's own brackets, joined by commas.
        parts.push(new Blob([counts[table.name]! > 0 ? ',' : '', json.slice(1, -1)]));
        counts[table.name]! += rows.length;
      });
      parts.push(']');
    }
  });
  parts.push('}}');
  const fileName = `regain-backup-${toLocalDate(now)}.json`;
  return { fileName, file: new Blob(parts, { type: 'application/json' }), counts };
}
