import type { Transaction } from 'dexie';
import type { PlanProgress } from './activity-schemas';
import { foldDuplicateTicks } from './plan-tick-fold';

/**
 * Every schema version the app has ever shipped, oldest first. Never edit a
 * shipped entry: add a new one with the new stores and an upgrade that moves
 * the data. tests/db/migrations.test.ts opens a database seeded at each past
 * version with the current code and checks that every row survives.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      profile: 'id',
      entries: 'id, day, kind, [kind+day], updatedAt',
      symptomCheckIns: 'id, day',
      triageRuns: 'id, at',
      planProgress: 'id, day, [day+itemId]',
    },
  },
  {
    // SARC-F results get their own table: they are neither a daily log nor a
    // symptom check-in. Every table is listed again so each version reads whole.
    version: 2,
    stores: {
      profile: 'id',
      entries: 'id, day, kind, [kind+day], updatedAt',
      symptomCheckIns: 'id, day',
      triageRuns: 'id, at',
      planProgress: 'id, day, [day+itemId]',
      sarcFResults: 'id, at',
    },
  },
  {
    // Merging two phones' backups could leave one plan item ticked twice on a
    // day, and then it could never be unticked. First fold such pairs into
    // the latest edit (here), then let the schema refuse a second one (v4):
    // a unique index cannot be created while duplicates exist.
    version: 3,
    stores: {
      profile: 'id',
      entries: 'id, day, kind, [kind+day], updatedAt',
      symptomCheckIns: 'id, day',
      triageRuns: 'id, at',
      planProgress: 'id, day, [day+itemId]',
      sarcFResults: 'id, at',
    },
    upgrade: async (tx) => {
      const ticks = tx.table<PlanProgress, string>('planProgress');
      const { dropped } = foldDuplicateTicks(await ticks.toArray());
      await ticks.bulkDelete(dropped);
    },
  },
  {
    version: 4,
    stores: {
      profile: 'id',
      entries: 'id, day, kind, [kind+day], updatedAt',
      symptomCheckIns: 'id, day',
      triageRuns: 'id, at',
      planProgress: 'id, day, &[day+itemId]',
      sarcFResults: 'id, at',
    },
  },
  {
    // Balance, walking speed, Timed Up and Go and SPPB results (issue 19).
    version: 5,
    stores: {
      profile: 'id',
      entries: 'id, day, kind, [kind+day], updatedAt',
      symptomCheckIns: 'id, day',
      triageRuns: 'id, at',
      planProgress: 'id, day, &[day+itemId]',
      sarcFResults: 'id, at',
      mobilityTests: 'id, day, kind, [kind+day], at',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
