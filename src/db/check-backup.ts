import Dexie from 'dexie';
import * as z from 'zod/mini';
import { RegainDatabase } from './database';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from './schema-versions';
import { tableRecordInfo, type RecordSchema } from './record-schemas';
import { isLocalDate } from '../domain/dates';
import { HTML_TAG } from './schema-helpers';
import {
  BACKUP_APP,
  CLOCK_TOLERANCE_MS,
  MAX_BACKUP_BYTES,
  type BackupCheck,
  type BackupProblem,
  type CheckedBackup,
} from './backup-format';

// Reads a backup strictly. Every way a file can be wrong ends in a BackupProblem
// naming the first fault (table, row, field); nothing here throws for bad input,
// and nothing here writes to the app's database.

const NOT_OURS = 'This file is not a Regain backup. Choose a file made with “Back up now” in Regain.';
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const TIMESTAMP_FIELDS = ['createdAt', 'updatedAt', 'at'];
/** YYYY-MM-DDTHH:MM(:SS(.sss))Z or ±HH:MM: what toISOString writes, and nothing looser. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

const fail = (problem: BackupProblem): BackupCheck => ({ ok: false, problem });

/** Reads a picked file. Files over the size limit are refused without being read. */
export async function checkBackupFile(file: Blob, now = new Date()): Promise<BackupCheck> {
  if (file.size > MAX_BACKUP_BYTES) return fail({ message: tooLarge(file.size) });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail({ message: 'The file could not be read. Try choosing it again.' });
  }
  return checkBackupText(text, now);
}

function tooLarge(bytes: number): string {
  const mb = Math.round(bytes / (1024 * 1024));
  return `This file is too large (${mb} MB) to be a Regain backup: backups are at most 50 MB. Check that you chose the right file.`;
}

export async function checkBackupText(text: string, now = new Date()): Promise<BackupCheck> {
  try {
    return await check(text, now);
  } catch {
    // A bug in a check must still end in a refusal, never in a half-read backup.
    return fail({ message: 'This backup could not be checked, so nothing was restored.' });
  }
}

async function check(text: string, now: Date): Promise<BackupCheck> {
  // Characters are at least one byte each, so this never lets a larger file through.
  if (text.length > MAX_BACKUP_BYTES) return fail({ message: tooLarge(text.length) });

  let value: unknown;
  try {
    value = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return v;
    });
  } catch (error) {
    if (error instanceof ForbiddenKeyError) {
      return fail({ message: `This file has a field named “${error.key}”, which a Regain backup never has. It was not restored.`, field: error.key });
    }
    return fail({ message: `${NOT_OURS} (It is not a JSON file.)` });
  }

  if (!isPlainObject(value) || value.app !== BACKUP_APP) return fail({ message: NOT_OURS });

  const version = value.schemaVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > CURRENT_SCHEMA_VERSION) {
    return fail({
      message: `This backup was made by a newer version of Regain (data version ${version}; this app reads up to ${CURRENT_SCHEMA_VERSION}). Update Regain, then restore it.`,
      field: 'schemaVersion',
    });
  }

  const envelope = envelopeSchema.safeParse(value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    const field = issue.path.map(String).join('.');
    return fail({ message: `${NOT_OURS} (“${field}”: ${issue.message})`, field });
  }
  const { appVersion, schemaVersion, exportedAt, tables } = envelope.data;
  const declared = SCHEMA_VERSIONS.find((v) => v.version === schemaVersion);
  if (!declared) {
    return fail({ message: `This backup has data version ${schemaVersion}, which no version of Regain ever used.`, field: 'schemaVersion' });
  }
  if (HTML_TAG.test(appVersion)) return fail({ message: `${NOT_OURS} (“appVersion” contains HTML.)`, field: 'appVersion' });
  if (Date.parse(exportedAt) > now.getTime() + CLOCK_TOLERANCE_MS) {
    return fail({ message: 'This backup says it was made in the future. Check the date on the phone that made it.', field: 'exportedAt' });
  }

  // Every table must be one the app had at that version: nothing unknown is stored.
  const keyPaths = new Map<string, string>();
  for (const [name, stores] of Object.entries(declared.stores)) keyPaths.set(name, primaryKeyPath(stores));
  for (const name of Object.keys(tables)) {
    if (!keyPaths.has(name)) {
      return fail({ message: `This backup has a kind of data Regain does not know (“${shorten(name)}”). It was not restored.`, table: name });
    }
  }

  // Row shape and ids first: an upgrade needs each row to have a usable id.
  const rowOfKey = new Map<string, Map<unknown, number>>();
  for (const [name, rows] of Object.entries(tables)) {
    const keyPath = keyPaths.get(name)!;
    const seen = new Map<unknown, number>();
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index];
      const at = { table: name, row: index + 1 };
      if (!isPlainObject(row)) return fail({ ...at, message: `${where(name, index)}: this row is not a record.` });
      const key = row[keyPath];
      if (!(typeof key === 'string' && key.length > 0 && key.length <= 100) && !(typeof key === 'number' && Number.isFinite(key))) {
        return fail({ ...at, field: keyPath, message: `${where(name, index, row)}, field “${keyPath}”: this record has no valid id.` });
      }
      const first = seen.get(key);
      if (first !== undefined) {
        return fail({
          ...at,
          field: keyPath,
          message: `${where(name, index, row)}: the id is the same as row ${first + 1}'s. Each record must have its own id.`,
        });
      }
      seen.set(key, index);
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
      return fail({ message: 'This backup is from an older version of Regain and could not be updated to this one. Nothing was restored.' });
    }
  }

  const latestStores = SCHEMA_VERSIONS.find((v) => v.version === CURRENT_SCHEMA_VERSION)!.stores;
  const checked: CheckedBackup['tables'] = {};
  for (const name of Object.keys(latestStores)) checked[name] = [];
  for (const [name, rows] of Object.entries(current)) {
    const info = tableRecordInfo(name);
    const stores = Object.hasOwn(latestStores, name) ? latestStores[name] : undefined;
    if (!info || stores === undefined) {
      return fail({ table: name, message: `This version of Regain cannot check “${shorten(name)}” records, so the backup was not restored.` });
    }
    const keyPath = primaryKeyPath(stores);
    const out: unknown[] = [];
    for (let position = 0; position < rows.length; position += 1) {
      const row = rows[position] as Record<string, unknown>;
      // After an upgrade rows come back in id order: name the row as it was in the file.
      const index = rowOfKey.get(name)?.get(row[keyPath]) ?? position;
      const result = checkRow(name, index, row, info.schema, now);
      if ('problem' in result) return fail(result.problem);
      out.push(result.data);
    }
    checked[name] = out;
  }

  return { ok: true, backup: { appVersion, schemaVersion, exportedAt, tables: checked } };
}

const envelopeSchema = z.object({
  appVersion: z.string('The app version is missing.').check(z.minLength(1, 'The app version is missing.'), z.maxLength(40, 'The app version is too long.')),
  schemaVersion: z.int('The data version is missing.').check(z.gte(1, 'The data version is missing.')),
  exportedAt: z.string('The backup date is missing.').check(z.regex(ISO_TIMESTAMP, 'The backup date is not a date and time.')),
  tables: z.record(z.string(), z.array(z.unknown(), 'Each kind of data must be a list.'), 'The data is missing.'),
});

/** 'id, day, kind' → 'id'; '++id' and '&id' too. */
function primaryKeyPath(stores: string): string {
  return stores.split(',')[0]!.trim().replace(/^(\+\+|&)/, '');
}

/** Names from a file go into messages: keep a hostile 1 MB "name" from flooding the screen. */
function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function where(table: string, index: number, row?: Record<string, unknown>): string {
  const label = tableRecordInfo(table)?.label ?? shorten(table);
  const kind = row && typeof row.kind === 'string' && row.kind.length <= 40 && !HTML_TAG.test(row.kind) ? ` (${row.kind})` : '';
  return `${label}, row ${index + 1}${kind}`;
}

type Issue = { code?: string; path: PropertyKey[]; message: string; expected?: string };

function checkRow(
  table: string,
  index: number,
  row: Record<string, unknown>,
  schema: RecordSchema,
  now: Date,
): { problem: BackupProblem } | { data: unknown } {
  const at = { table, row: index + 1 };
  // pastOrToday() throws, rather than reporting, on a day that is not a real date
  // (it runs its future check anyway): catch that here with the same words.
  if ('day' in row && !isLocalDate(row.day)) {
    return { problem: { ...at, field: 'day', message: `${where(table, index, row)}, field “day”: Enter a date as year-month-day.` } };
  }
  let result: ReturnType<RecordSchema['safeParse']>;
  try {
    result = schema.safeParse(row);
  } catch {
    return { problem: { ...at, message: `${where(table, index, row)}: this record could not be checked.` } };
  }
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = shorten(issue.path.map(String).join('.'));
    const sentence = describeIssue(issue, valueAt(row, issue.path));
    return { problem: { ...at, field, message: `${where(table, index, row)}${field ? `, field “${field}”` : ''}: ${sentence}` } };
  }
  const html = findHtml(row, []);
  if (html !== null) {
    return {
      problem: {
        ...at,
        field: html,
        message: `${where(table, index, row)}, field “${html}”: contains HTML (such as <b> or <script>). Regain notes are plain text, so this backup was not restored.`,
      },
    };
  }
  for (const field of TIMESTAMP_FIELDS) {
    const stamp = row[field];
    // The app writes these with toISOString; the record schemas accept anything Date.parse reads ("1", "May").
    if (typeof stamp === 'string' && !ISO_TIMESTAMP.test(stamp)) {
      return { problem: { ...at, field, message: `${where(table, index, row)}, field “${field}”: this is not a date and time.` } };
    }
    if (typeof stamp === 'string' && Date.parse(stamp) > now.getTime() + CLOCK_TOLERANCE_MS) {
      return { problem: { ...at, field, message: `${where(table, index, row)}, field “${field}”: the date and time is in the future.` } };
    }
  }
  // The parsed copy: fields the schema does not know are left behind.
  return { data: result.data };
}

/** zod/mini has no English messages of its own: give its bare "Invalid input" words. */
function describeIssue(issue: Issue, value: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  if (issue.code === 'invalid_union') {
    return typeof value === 'string' && !HTML_TAG.test(value) && value.length <= 40
      ? `“${value}” is not a kind of record Regain knows.`
      : 'this record has no kind Regain knows.';
  }
  if (value === undefined) return 'this value is missing.';
  switch (issue.expected) {
    case 'number':
    case 'int':
      return 'this should be a number.';
    case 'string':
      return 'this should be text.';
    case 'boolean':
      return 'this should be true or false.';
    case 'array':
      return 'this should be a list.';
    case 'object':
    case 'record':
      return 'this should be a group of fields.';
  }
  return 'this value is not valid.';
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
function findHtml(value: unknown, path: string[]): string | null {
  if (typeof value === 'string') return HTML_TAG.test(value) ? shorten(path.join('.')) : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = findHtml(value[i], [...path, String(i)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, inner] of Object.entries(value)) {
      if (HTML_TAG.test(key)) return shorten([...path, key].join('.'));
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
