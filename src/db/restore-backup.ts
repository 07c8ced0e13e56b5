import type { Table } from 'dexie';
import { db } from './database';
import { createPacer, type OnProgress } from './pace';
import { putInPages, type Row } from './table-pages';
import { defaultProfile } from './profile-defaults';
import type { PlanProgress } from './activity-schemas';
import { foldDuplicateTicks, tickKey } from './plan-tick-fold';
import { offerUndo, readFingerprint, readSnapshot, type Snapshot } from './restore-undo';
import { guardedWrite, StorageFullError } from './storage-errors';
import { plainFailure } from './plain-failure';
import type { CheckedBackup } from './backup-format';

export type RestoreMode = 'merge' | 'replace';

type Pacer = ReturnType<typeof createPacer>;

/**
 * Comparing 200,000 records takes a while: the page gets a turn now and then,
 * by waiting on a quick read, which keeps the restore's transaction open.
 */
const pause = () => db.profile.count();

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

/** Adds what is new, takes the newer edit where both have a record, and counts each. Returns the rows to write. */
async function mergeTable(table: Table, phoneRows: Row[], rows: Row[], keyPath: string, outcome: RestoreOutcome, pacer: Pacer): Promise<Row[]> {
  const onPhone = new Map<unknown, Row>();
  for (const row of phoneRows) {
    onPhone.set(row[keyPath], row);
    if (pacer.due()) await pause();
  }
  const write: Row[] = [];
  for (const row of rows) {
    if (pacer.due()) await pause();
    const current = onPhone.get(row[keyPath]);
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
  }
  return write;
}

/**
 * Plan ticks are one per day and item (the schema refuses a second), whatever
 * their ids: a tick from another phone for a day and item this phone already
 * has is the same tick, and the newer edit wins, under this phone's id.
 */
async function mergeTicks(phoneTicks: Row[], rows: Row[], outcome: RestoreOutcome, pacer: Pacer): Promise<Row[]> {
  const onPhone = new Map<string, Row>();
  for (const tick of phoneTicks) {
    onPhone.set(tickKey(tick as PlanProgress), tick);
    if (pacer.due()) await pause();
  }
  const write: Row[] = [];
  for (const row of rows) {
    if (pacer.due()) await pause();
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
  return write;
}

/** Replace: counts what is new, what the backup has a copy of, and what goes. Returns the rows to write. */
async function replaceTable(phoneRows: Row[], rows: Row[], keyPath: string, outcome: RestoreOutcome, pacer: Pacer): Promise<Row[]> {
  const before = new Set<unknown>();
  for (const row of phoneRows) {
    before.add(row[keyPath]);
    if (pacer.due()) await pause();
  }
  const kept = new Set<unknown>();
  for (const row of rows) {
    if (pacer.due()) await pause();
    const key = row[keyPath];
    kept.add(key);
    if (before.has(key)) outcome.updated += 1;
    else outcome.added += 1;
  }
  for (const key of before) if (!kept.has(key)) outcome.removed += 1;
  return rows;
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
export async function restoreBackup(backup: CheckedBackup, mode: RestoreMode, onProgress?: OnProgress): Promise<RestoreResult> {
  const outcome: RestoreOutcome = { added: 0, updated: 0, kept: 0, removed: 0 };
  const total = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0);
  let written = 0;
  const wrote = (count: number) => {
    written += count;
    onProgress?.({ done: written, total });
  };
  try {
    let snapshot: Snapshot = {};
    let fingerprint: Awaited<ReturnType<typeof readFingerprint>> = {};
    await guardedWrite(() =>
      db.transaction('rw', db.tables, async () => {
        const pacer = createPacer();
        // What the phone held: for "Undo this restore" (restore-undo.ts), and to compare with.
        const phone = await readSnapshot();
        snapshot = phone.snapshot;
        for (const table of db.tables) {
          let rows = (backup.tables[table.name] ?? []) as Row[];
          // A backup written before the schema enforced one tick per day and item may hold two.
          if (table.name === 'planProgress') rows = foldDuplicateTicks(rows as PlanProgress[]).kept as Row[];
          const phoneRows = phone.rows[table.name] ?? [];
          const keyPath = table.schema.primKey.keyPath as string;
          let write: Row[];
          if (mode === 'replace') {
            write = await replaceTable(phoneRows, rows, keyPath, outcome, pacer);
            await table.clear();
          } else if (table.name === 'planProgress') {
            write = await mergeTicks(phoneRows, rows, outcome, pacer);
          } else {
            write = await mergeTable(table, phoneRows, rows, keyPath, outcome, pacer);
          }
          // Records kept as they were count as done at once; the rest as they are written.
          wrote(rows.length - write.length);
          await putInPages(table, write, wrote);
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
