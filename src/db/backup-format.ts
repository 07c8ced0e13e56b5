// The backup file: one JSON object holding every table of the database.
//
// {
//   "app": "regain",
//   "appVersion": "0.1.0",          package.json version of the app that made it
//   "schemaVersion": 1,              the database schema version its rows follow
//   "exportedAt": "2026-11-22T…Z",
//   "tables": { "profile": [...], "entries": [...], ... }
// }

export const BACKUP_APP = 'regain';

/** Larger files are refused before they are read: a real backup of years of data is a few MB. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export interface BackupEnvelope {
  app: typeof BACKUP_APP;
  appVersion: string;
  schemaVersion: number;
  exportedAt: string;
  tables: Record<string, unknown[]>;
}

/** The first thing wrong with a backup, in words a person can act on, and where it is. */
export interface BackupProblem {
  message: string;
  /** Table name as stored (e.g. 'entries'), when the problem is inside one. */
  table?: string;
  /** 1-based row number within the table. */
  row?: number;
  field?: string;
}

/** A backup that passed every check, with its rows in today's schema. */
export interface CheckedBackup {
  appVersion: string;
  /** The schema version the file was made at (older ones were upgraded on reading). */
  schemaVersion: number;
  exportedAt: string;
  /** Every table of today's database; tables the file did not have are empty. */
  tables: Record<string, unknown[]>;
}

export type BackupCheck = { ok: true; backup: CheckedBackup } | { ok: false; problem: BackupProblem };

/** Timestamps this far ahead of the device clock are accepted: clocks of two phones can differ. */
export const CLOCK_TOLERANCE_MS = 24 * 60 * 60 * 1000;
