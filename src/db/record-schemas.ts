import { profileSchema } from './profile-schema';
import { logEntrySchema } from './log-entry-schema';
import { planProgressSchema, sarcFResultSchema, symptomCheckInSchema, triageRunSchema } from './activity-schemas';
import { mobilityTestSchema } from './mobility-schema';
import type { LogEntryKind } from './log-entry-schema';

/** The parts of a zod/mini schema the backup code uses. */
export interface RecordSchema {
  safeParse(input: unknown):
    | { success: true; data: unknown }
    | { success: false; error: { issues: ReadonlyArray<{ code?: string; path: PropertyKey[]; message: string; expected?: string }> } };
}

export interface TableRecordInfo {
  schema: RecordSchema;
  /** What a person calls these records, for messages and previews ("Red-flag checks"). */
  label: string;
}

/**
 * The record schema of every table, by table name. Backups cover every table of
 * the database (db.tables) and check each row with its schema here; a table
 * with no entry cannot be restored (restore refuses what it cannot check).
 * Adding a table in a new schema version? Add its schema here too:
 * tests/db/record-schemas.test.ts fails until you do.
 */
export const TABLE_RECORDS: Readonly<Record<string, TableRecordInfo>> = {
  profile: { schema: profileSchema, label: 'Profile' },
  entries: { schema: logEntrySchema, label: 'Entries' },
  symptomCheckIns: { schema: symptomCheckInSchema, label: 'Symptom check-ins' },
  triageRuns: { schema: triageRunSchema, label: 'Red-flag checks' },
  planProgress: { schema: planProgressSchema, label: 'Plan progress' },
  sarcFResults: { schema: sarcFResultSchema, label: 'SARC-F results' },
  mobilityTests: { schema: mobilityTestSchema, label: 'Balance and walking tests' },
};

export function tableRecordInfo(table: string): TableRecordInfo | undefined {
  return Object.hasOwn(TABLE_RECORDS, table) ? TABLE_RECORDS[table] : undefined;
}

/** Human names of the kinds of log entry, for previews, CSV files and messages. */
export const ENTRY_KIND_LABELS = {
  'chair-stand-30s': '30-second chair stand',
  'sit-to-stand-count': 'Daily sit-to-stands',
  'five-times-sit-to-stand': 'Five-times sit-to-stand',
  circumference: 'Limb measurements',
  weight: 'Weight',
  grip: 'Grip strength',
  protein: 'Protein',
  steps: 'Steps',
} as const satisfies Record<LogEntryKind, string>;
