import { db } from './database';
import { APP_VERSION } from './app-version';
import { CURRENT_SCHEMA_VERSION } from './schema-versions';
import { BACKUP_APP, type BackupEnvelope } from './backup-format';
import { toLocalDate } from '../domain/dates';

export interface BackupFileContents {
  fileName: string;
  json: string;
  /** Rows per table, to tell the person what the file holds. */
  counts: Record<string, number>;
}

/**
 * Every table of the database, read in one transaction so the file is a
 * consistent snapshot even if another tab saves an entry meanwhile. Tables are
 * taken from db.tables, so a table added in a new schema version is backed up
 * without a change here.
 */
export async function exportBackup(now = new Date()): Promise<BackupFileContents> {
  const tables: Record<string, unknown[]> = {};
  await db.transaction('r', db.tables, async () => {
    for (const table of db.tables) tables[table.name] = await table.toArray();
  });
  const envelope: BackupEnvelope = {
    app: BACKUP_APP,
    appVersion: APP_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    tables,
  };
  const counts = Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
  return { fileName: `regain-backup-${toLocalDate(now)}.json`, json: JSON.stringify(envelope), counts };
}
