import Dexie from 'dexie';
import * as z from 'zod/mini';
import { RegainDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import { tableRecordInfo, type RecordSchema } from './record-schemas';
import { isLocalDate } from '../domain/dates';
import { HTML_TAG, isIsoTimestamp } from './schema-helpers';
import { isTooDeep, parseBackupJson, type ParsedJson } from './backup-json';
import { readBackupJson } from './read-backup-json';
import { createPacer, giveWay, type OnProgress } from './pace';
import {
  BACKUP_APP,
  CLOCK_TOLERANCE_MS,
  MAX_BACKUP_BYTES,
  type BackupCheck,
  type BackupProblem,
  type CheckedBackup,
} from './backup-format';
import {
  duplicateIdMessage,
  envelopeMessage,
  forbiddenKeyMessage,
  htmlInEnvelopeMessage,
  htmlMessage,
  MADE_IN_FUTURE,
  newerVersionMessage,
  noIdMessage,
  NOT_A_BACKUP,
  NOT_CHECKED,
  NOT_READABLE,
  NOT_UPGRADED,
  notARecordMessage,
  recordFaultMessage,
  shorten,
  timestampMessage,
  TOO_DEEP,
  tooLargeMessage,
  uncheckableTableMessage,
  uncheckedRecordMessage,
  unknownTableMessage,
  unknownVersionMessage,
} from './backup-messages';

// Reads a backup strictly. Every way a file can be wrong ends in a BackupProblem
// naming the first fault; nothing here throws for bad input, and nothing here
// writes to the app's database. The message says it in the words of the file's
// owner (backup-messages.ts); table, row and field are for a "Details" line.
const TIMESTAMP_FIELDS = ['createdAt', 'updatedAt', 'at'];

const fail = (problem: BackupProblem): BackupCheck => ({ ok: false, problem });

/**
 * Reads a picked file. Files over the size limit are refused without being
 * read; the JSON is parsed off the page's thread (read-backup-json.ts), and
 * the records are checked with pauses for the screen, reporting progress.
 */
export async function checkBackupFile(file: Blob, now = new Date(), onProgress?: OnProgress): Promise<BackupCheck> {
  if (file.size > MAX_BACKUP_BYTES) return fail({ message: tooLargeMessage(file.size) });
  return checkParsed(await readBackupJson(file), now, onProgress);
}

export async function checkBackupText(text: string, now = new Date()): Promise<BackupCheck> {
  // Characters are at least one byte each, so this never lets a larger file through.
  if (text.length > MAX_BACKUP_BYTES) return fail({ message: tooLargeMessage(text.length) });
  return checkParsed(parseBackupJson(text), now);
}

async function checkParsed(parsed: ParsedJson, now: Date, onProgress?: OnProgress): Promise<BackupCheck> {
  if (!parsed.ok) {
    switch (parsed.reason) {
      case 'forbidden-key':
        return fail({ message: forbiddenKeyMessage(parsed.key), field: parsed.key });
      case 'too-deep':
        return fail({ message: TOO_DEEP });
      case 'unreadable':
        return fail({ message: 'The file could not be read. Nothing on this phone was changed. Try choosing it again.' });
      default:
        return fail({ message: NOT_READABLE });
    }
  }
  try {
    return await check(parsed.value, now, onProgress);
  } catch (error) {
    // A bug in a check must still end in a refusal, never in a half-read backup.
    return fail({ message: isTooDeep(error) ? TOO_DEEP : NOT_CHECKED });
  }
}

async function check(value: unknown, now: Date, onProgress?: OnProgress): Promise<BackupCheck> {
  if (!isPlainObject(value) || value.app !== BACKUP_APP) return fail({ message: NOT_A_BACKUP });

  // Any number is a version, even one never used (0, -1, 1.5): say that, not that the version is missing.
  const version = value.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return fail({ message: newerVersionMessage(version, CURRENT_SCHEMA_VERSION), field: 'schemaVersion' });
  }
  if (typeof version === 'number' && !SCHEMA_VERSIONS.some((v) => v.version === version)) {
    return fail({ message: unknownVersionMessage(version), field: 'schemaVersion' });
  }

  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) {
    const field = shorten(envelope.error.issues[0]!.path.map(String).join('.'));
    return fail({ message: envelopeMessage(field), field });
  }
  const { appVersion, schemaVersion, exportedAt, tables } = envelope.data;
  const declared = SCHEMA_VERSIONS.find((v) => v.version === schemaVersion);
  if (!declared) return fail({ message: unknownVersionMessage(schemaVersion), field: 'schemaVersion' });
  if (HTML_TAG.test(appVersion)) return fail({ message: htmlInEnvelopeMessage(), field: 'appVersion' });
  if (Date.parse(exportedAt) > now.getTime() + CLOCK_TOLERANCE_MS) return fail({ message: MADE_IN_FUTURE, field: 'exportedAt' });

  // Every table must be one the app had at that version: nothing unknown is stored.
  const keyPaths = new Map<string, string>();
  for (const [name, stores] of Object.entries(declared.stores)) keyPaths.set(name, primaryKeyPath(stores));
  for (const name of Object.keys(tables)) {
    if (!keyPaths.has(name)) {
      return fail({ message: unknownTableMessage(name), table: shorten(name) });
    }
  }

  // 200,000 records take seconds to check: the page gets a turn every few
  // tens of milliseconds, and hears how far the check has got.
  const total = Object.values(tables).reduce((sum, rows) => sum + rows.length, 0);
  let checkedRows = 0;
  const pacer = createPacer();
  const breathe = async () => {
    if (!pacer.due()) return;
    onProgress?.({ done: checkedRows, total });
    await giveWay();
  };

  // Row shape and ids first: an upgrade needs each row to have a usable id.
  const rowOfKey = new Map<string, Map<unknown, number>>();
  for (const [name, rows] of Object.entries(tables)) {
    const keyPath = keyPaths.get(name)!;
    const seen = new Map<unknown, number>();
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index];
      const at = { table: name, row: index + 1 };
      if (!isPlainObject(row)) return fail({ ...at, message: notARecordMessage(name, rows, index) });
      const key = row[keyPath];
      if (!(typeof key === 'string' && key.length > 0 && key.length <= 100) && !(typeof key === 'number' && Number.isFinite(key))) {
        return fail({ ...at, field: keyPath, message: noIdMessage(name, rows, index) });
      }
      const first = seen.get(key);
      if (first !== undefined) return fail({ ...at, field: keyPath, message: duplicateIdMessage(name, rows, index, first) });
      seen.set(key, index);
      await breathe();
    }
    rowOfKey.set(name, seen);
  }

  let current: Record<string, unknown[]>;
  if (schemaVersion === CURRENT_SCHEMA_VERSION) {
    current = tables;
  } else {
    try {
      current = await upgradeRows(schemaVersion, tables);
    } catch {
      return fail({ message: NOT_UPGRADED });
    }
  }

  const latestStores = SCHEMA_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)!.stores;
  const checked: CheckedBackup['tables'] = {};
  for (const name of Object.keys(latestStores)) checked[name] = [];
  for (const [name, rows] of Object.entries(current)) {
    const info = tableRecordInfo(name);
    const stores = Object.hasOwn(latestStores, name) ? latestStores[name] : undefined;
    if (!info || stores === undefined) {
      return fail({ table: shorten(name), message: uncheckableTableMessage(name) });
    }
    const keyPath = primaryKeyPath(stores);
    const out: unknown[] = [];
    for (let position = 0; position < rows.length; position += 1) {
      const row = rows[position] as Record<string, unknown>;
      // After an upgrade rows come back in id order: name the row as it was in the file.
      const index = rowOfKey.get(name)?.get(row[keyPath]) ?? position;
      const result = checkRow(name, tables[name] ?? rows, index, row, info.schema, now);
      if ('problem' in result) return fail(result.problem);
      out.push(result.data);
      checkedRows += 1;
      await breathe();
    }
    checked[name] = out;
  }

  return { ok: true, backup: { appVersion, schemaVersion, exportedAt, tables: checked } };
}

// No messages of its own: only the path of its first fault is used (envelopeMessage words it).
const envelopeSchema = z.object({
  appVersion: z.string().check(z.minLength(1), z.maxLength(40)),
  schemaVersion: z.int().check(z.gte(1)),
  exportedAt: z.string().check(z.refine(isIsoTimestamp)),
  tables: z.record(z.string(), z.array(z.unknown())),
});

/** 'id, day, kind' → 'id'; '++id' and '&id' too. */
function primaryKeyPath(stores: string): string {
  return stores.split(',')[0]!.trim().replace(/^(\+\+|&)/, '');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkRow(
  table: string,
  /** The table's rows as the file has them (before any upgrade): messages count records there. */
  fileRows: readonly unknown[],
  index: number,
  row: Record<string, unknown>,
  schema: RecordSchema,
  now: Date,
): { problem: BackupProblem } | { data: unknown } {
  const at = { table, row: index + 1 };
  // A day that is not a real date is reported here, before the schema's own
  // checks run on it: the same words whatever those checks do with it.
  if ('day' in row && !isLocalDate(row.day)) {
    return { problem: { ...at, field: 'day', message: recordFaultMessage(table, fileRows, index, { code: 'custom', path: ['day'], message: '' }, row.day) } };
  }
  let result: ReturnType<RecordSchema['safeParse']>;
  try {
    result = schema.safeParse(row);
  } catch {
    return { problem: { ...at, message: uncheckedRecordMessage(table, fileRows, index) } };
  }
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = shorten(issue.path.map(String).join('.'));
    return { problem: { ...at, field, message: recordFaultMessage(table, fileRows, index, issue, valueAt(row, issue.path)) } };
  }
  const html = findHtml(row, []);
  if (html !== null) {
    return { problem: { ...at, field: shorten(html.join('.')), message: htmlMessage(table, fileRows, index, html) } };
  }
  for (const field of TIMESTAMP_FIELDS) {
    const stamp = row[field];
    // What toISOString writes, on a real calendar day (schema-helpers.ts isIsoTimestamp).
    if (typeof stamp === 'string' && !isIsoTimestamp(stamp)) {
      return { problem: { ...at, field, message: timestampMessage(table, fileRows, index, field, 'not-real') } };
    }
    if (typeof stamp === 'string' && Date.parse(stamp) > now.getTime() + CLOCK_TOLERANCE_MS) {
      return { problem: { ...at, field, message: timestampMessage(table, fileRows, index, field, 'future') } };
    }
  }
  // The parsed copy: fields the schema does not know are left behind.
  return { data: result.data };
}

function valueAt(row: unknown, path: readonly PropertyKey[]): unknown {
  let value = row;
  for (const key of path) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The path of the first string (or key) that contains an HTML tag, or null. */
function findHtml(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return HTML_TAG.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findHtml(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (HTML_TAG.test(key)) return [...path, key];
      const found = findHtml(inner, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

/**
 * Brings rows written at an older schema version up to today's by running the
 * app's own upgrades: the rows go into a scratch database declared at their
 * version, which today's code then opens (and so upgrades), exactly as it
 * would upgrade a phone's database. The scratch database is deleted after.
 */
async function upgradeRows(version: number, tables: Record<string, unknown[]>): Promise<Record<string, unknown[]>> {
  const name = `regain-restore-check-${crypto.randomUUID()}`;
  try {
    const old = new Dexie(name);
    for (const past of SCHEMA_VERSIONS.filter((v) => v.version <= version)) old.version(past.version).stores(past.stores);
    await old.open();
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(tables)) await old.table(table).bulkAdd(rows);
    });
    old.close();
    const upgraded = new RegainDatabase(name);
    await upgraded.open();
    const out: Record<string, unknown[]> = {};
    for (const table of upgraded.tables) out[table.name] = await table.toArray();
    upgraded.close();
    return out;
  } finally {
    await Dexie.delete(name);
  }
}
