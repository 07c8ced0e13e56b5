// Turning a backup file's text into a value, shared by the reading worker
// (backup-json-worker.ts) and the in-page fallback. No dependencies: the
// worker is loaded on its own and must stay tiny.

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class ForbiddenKeyError extends Error {
  constructor(readonly key: string) {
    super(key);
  }
}

export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'not-json' | 'too-deep' | 'unreadable' }
  | { ok: false; reason: 'forbidden-key'; key: string };

/**
 * JSON nested thousands deep is valid JSON, but reading or walking it runs
 * out of stack: V8 and Safari throw RangeError ("Maximum call stack size
 * exceeded"), Firefox InternalError ("too much recursion").
 */
export function isTooDeep(error: unknown): boolean {
  return error instanceof Error && (error instanceof RangeError || error.name === 'InternalError') && /call stack|recursion/i.test(error.message);
}

/** Parses strictly: a key that could change how objects behave (__proto__ …) is refused, not read. */
export function parseBackupJson(text: string): ParsedJson {
  try {
    const value: unknown = JSON.parse(text, (key, v: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ForbiddenKeyError(key);
      return v;
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof ForbiddenKeyError) return { ok: false, reason: 'forbidden-key', key: error.key };
    // Valid JSON can still be too deep to read: say so, not that it is not JSON.
    return { ok: false, reason: isTooDeep(error) ? 'too-deep' : 'not-json' };
  }
}

/** Rows per message from the worker: each arrives as its own short task on the page. */
export const ROWS_PER_MESSAGE = 2000;

/** What the worker sends back, in order: the file without its rows, then the rows a slice at a time, then 'end'. */
export type BackupJsonMessage =
  | { type: 'failed'; parsed: Exclude<ParsedJson, { ok: true }> }
  | { type: 'head'; value: unknown; slicedTables: string[] }
  | { type: 'rows'; table: string; rows: unknown[] }
  | { type: 'end' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Splits a parsed backup into messages. Each table's rows travel in slices,
 * so the page never has to turn one 35 MB message back into objects at once.
 * Anything that is not a backup's usual shape travels whole, for the checks
 * on the page to refuse in their own words.
 */
export function* backupMessages(value: unknown): Generator<BackupJsonMessage> {
  if (!isPlainObject(value) || !isPlainObject(value.tables)) {
    yield { type: 'head', value, slicedTables: [] };
    yield { type: 'end' };
    return;
  }
  const tables = value.tables;
  const sliced = Object.keys(tables).filter((name) => Array.isArray(tables[name]));
  const headTables: Record<string, unknown> = { ...tables };
  for (const name of sliced) headTables[name] = [];
  yield { type: 'head', value: { ...value, tables: headTables }, slicedTables: sliced };
  for (const name of sliced) {
    const rows = tables[name] as unknown[];
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
      yield { type: 'rows', table: name, rows: rows.slice(start, start + ROWS_PER_MESSAGE) };
    }
  }
  yield { type: 'end' };
}

/** Puts the messages back together into the parsed value (the page's side of backupMessages). */
export function createBackupAssembler() {
  let value: unknown;
  return {
    add(message: Extract<BackupJsonMessage, { type: 'head' | 'rows' }>): void {
      if (message.type === 'head') value = message.value;
      else {
        const rows = ((value as { tables: Record<string, unknown[]> }).tables[message.table] ??= []);
        for (const row of message.rows) rows.push(row);
      }
    },
    value: () => value,
  };
}
