import type { Table } from 'dexie';
import { db } from './database';
import { defaultProfile } from './profile-defaults';
import type { PlanProgress } from './activity-schemas';
import { foldDuplicateTicks, tickKey } from './plan-tick-fold';
import { offerUndo, readFingerprint, readSnapshot } from './restore-undo';
import { guardedWrite, StorageFullError } from './storage-errors';
import { plainFailure } from './plain-failure';
import type { CheckedBackup } from './backup-format';

export type RestoreMode = 'merge' | 'replace';

export interface RestoreOutcome {
  /** Records that were not on the phone before. */
  added: number;
  /** Records the backup had a newer edit of. */
  updated: number;
  /** Records kept as they were on the phone, because the phone's edit was as new or newer (merge only). */
  kept: number;
  /** Records removed because the backup did not have them (replace only). */
  removed: number;
}

export type RestoreResult = { ok: true; outcome: RestoreOutcome } | { ok: false; message: string };

/** When a record was last changed: updatedAt where it has one, else `at`. */
function editedAt(row: unknown): string | null {
  const r = row as { updatedAt?: unknown; at?: unknown };
  if (typeof r.updatedAt === 'string') return r.updatedAt;
  if (typeof r.at === 'string') return r.at;
  return null;
}

function isNewer(incoming: unknown, existing: unknown): boolean {
  const a = editedAt(incoming);
  const b = editedAt(existing);
  if (a === null || b === null) return false; // cannot tell: keep what the phone has
  return Date.parse(a) > Date.parse(b);
}

type Row = Record<string, unknown>;

/** Answers that only make sense together: taken as a pair from one profile, never mixed. */
const ANSWER_PAIRS: readonly (readonly string[])[] = [
  ['region', 'emergencyNumber'], // a number typed for one country must never follow another country
  ['planLevel', 'planLevelChosenOn'],
];

/** An answer the person gave: set, and not just the default a new phone starts with (src/db/profile-defaults.ts). */
function answered(profile: Row, field: string, defaults: Row): boolean {
  const value = profile[field];
  return value !== undefined && value !== defaults[field];
}

/**
 * The profile, answer by answer: an answer only one side gave is kept, and
 * where both gave one, the more recently changed profile's wins. A new phone's
 * defaults (sex "prefer not to say", kidney disease "no", metric units) are
 * not answers: they never overwrite the backup's. Paired answers (a country
 * and its emergency number; a plan level and the day it was chosen) come
 * together from one side.
 */
export function mergeProfiles(phone: Row, backup: Row): Row {
  const [older, newer] = isNewer(backup, phone) ? [phone, backup] : [backup, phone];
  const defaults = defaultProfile() as unknown as Row;
  const pick = (fields: readonly string[]) => {
    const source = fields.some((f) => answered(newer, f, defaults)) ? newer : fields.some((f) => answered(older, f, defaults)) ? older : newer;
    for (const field of fields) {
      if (source[field] === undefined) delete merged[field];
      else merged[field] = source[field];
    }
  };
  const merged: Row = { ...older, ...newer };
  const paired = new Set(ANSWER_PAIRS.flat());
  for (const field of new Set([...Object.keys(older), ...Object.keys(newer)])) {
    if (field !== 'id' && field !== 'updatedAt' && !paired.has(field)) pick([field]);
  }
  for (const pair of ANSWER_PAIRS) pick(pair);
  return merged;
}

function sameRecord(a: Row, b: Row): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => JSON.stringify(a[key]) === JSON.stringify(b[key]));
}

/** Adds what is new, takes the newer edit where both have a record, and counts each. */
async function mergeTable(table: Table, rows: Row[], keyPath: string, outcome: RestoreOutcome): Promise<void> {
  const keys = rows.map((row) => row[keyPath] as string);
  const existing = (await table.bulkGet(keys)) as (Row | undefined)[];
  const write: Row[] = [];
  rows.forEach((row, i) => {
    const current = existing[i];
    if (current === undefined) {
      outcome.added += 1;
      write.push(row);
    } else if (table.name === 'profile') {
      const merged = mergeProfiles(current, row);
      if (sameRecord(merged, current)) outcome.kept += 1;
      else {
        outcome.updated += 1;
        write.push(merged);
      }
    } else if (isNewer(row, current)) {
      outcome.updated += 1;
      write.push(row);
    } else {
      outcome.kept += 1;
    }
  });
  await table.bulkPut(write);
}

/**
 * Plan ticks are one per day and item (the schema refuses a second), whatever
 * their ids: a tick from another phone for a day and item this phone already
 * has is the same tick, and the newer edit wins, under this phone's id.
 */
async function mergeTicks(table: Table, phoneTicks: Row[], rows: Row[], outcome: RestoreOutcome): Promise<void> {
  const onPhone = new Map(phoneTicks.map((tick) => [tickKey(tick as PlanProgress), tick]));
  const write: Row[] = [];
  for (const row of rows) {
    const current = onPhone.get(tickKey(row as PlanProgress));
    if (current === undefined) {
      outcome.added += 1;
      write.push(row);
    } else if (isNewer(row, current)) {
      outcome.updated += 1;
      write.push({ ...row, id: current.id });
    } else {
      outcome.kept += 1;
    }
  }
  await table.bulkPut(write);
}

/**
 * Writes a checked backup in one transaction over every table: if anything
 * fails part-way (a full disk, a closed database), Dexie rolls the whole
 * transaction back and the phone keeps exactly what it had.
 *
 * merge:   by id; a record in both keeps the newest edit (updatedAt, else at),
 *          and a tie keeps the phone's copy. The profile merges field by
 *          field, and plan ticks match by day and item (see above).
 * replace: every table is emptied, then filled from the backup.
 */
export async function restoreBackup(backup: CheckedBackup, mode: RestoreMode): Promise<RestoreResult> {
  const outcome: RestoreOutcome = { added: 0, updated: 0, kept: 0, removed: 0 };
  try {
    let snapshot: Awaited<ReturnType<typeof readSnapshot>> = {};
    let fingerprint: Awaited<ReturnType<typeof readFingerprint>> = {};
    await guardedWrite(() =>
      db.transaction('rw', db.tables, async () => {
        // What the phone held, for "Undo this restore" (restore-undo.ts).
        snapshot = await readSnapshot();
        for (const table of db.tables) {
          let rows = (backup.tables[table.name] ?? []) as Row[];
          // A backup written before the schema enforced one tick per day and item may hold two.
          if (table.name === 'planProgress') rows = foldDuplicateTicks(rows as PlanProgress[]).kept as Row[];
          const keyPath = table.schema.primKey.keyPath as string;
          if (mode === 'replace') {
            const keys = rows.map((row) => row[keyPath] as string);
            // The snapshot already holds what the phone had: no second read of the table.
            const before = new Set((snapshot[table.name] ?? []).map((row) => (row as Row)[keyPath]));
            for (const key of keys) {
              if (before.has(key)) outcome.updated += 1;
              else outcome.added += 1;
            }
            const kept = new Set(keys);
            outcome.removed += [...before].filter((key) => !kept.has(key as string)).length;
            await table.clear();
            await table.bulkPut(rows);
          } else if (table.name === 'planProgress') {
            await mergeTicks(table, (snapshot[table.name] ?? []) as Row[], rows, outcome);
          } else {
            await mergeTable(table, rows, keyPath, outcome);
          }
        }
        fingerprint = await readFingerprint();
      }),
    );
    offerUndo(snapshot, fingerprint);
    return { ok: true, outcome };
  } catch (error) {
    if (error instanceof StorageFullError) {
      return { ok: false, message: 'Your phone is out of storage space, so the backup was not restored. Nothing was changed. Free some space, then try again.' };
    }
    // A lost connection or missing code: the shared plain words (reload), not a guess.
    const failure = plainFailure(error);
    return {
      ok: false,
      message: failure
        ? `The backup was not restored, and nothing was changed. ${failure.message}`
        : 'The backup could not be restored, and nothing was changed. Try again; if it keeps failing, reload the app.',
    };
  }
}
