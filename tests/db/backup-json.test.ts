import { describe, expect, it } from 'vitest';
import { backupMessages, createBackupAssembler, parseBackupJson, ROWS_PER_MESSAGE, type BackupJsonMessage } from '../../src/db/backup-json';

/** What the page gets back after the worker's messages (read-backup-json.ts does the same). */
function roundTrip(value: unknown): { value: unknown; messages: BackupJsonMessage[] } {
  const messages = [...backupMessages(value)];
  const assembler = createBackupAssembler();
  for (const message of messages) {
    if (message.type === 'head' || message.type === 'rows') assembler.add(structuredClone(message));
  }
  return { value: assembler.value(), messages };
}

describe('a backup travels from the reading worker to the page in slices', () => {
  it('arrives exactly as parsed, with no message carrying more than a slice of rows', () => {
    const entries = Array.from({ length: ROWS_PER_MESSAGE * 2 + 7 }, (_, i) => ({ id: `e${i}`, steps: i }));
    const backup = { app: 'regain', schemaVersion: 4, tables: { profile: [{ id: 'profile' }], entries, planProgress: [] } };
    const { value, messages } = roundTrip(backup);
    expect(value).toEqual(backup);
    const rowMessages = messages.filter((m) => m.type === 'rows');
    expect(rowMessages.map((m) => (m.type === 'rows' ? `${m.table}:${m.rows.length}` : ''))).toEqual([
      'profile:1',
      `entries:${ROWS_PER_MESSAGE}`,
      `entries:${ROWS_PER_MESSAGE}`,
      'entries:7',
    ]);
    expect(messages.at(-1)).toEqual({ type: 'end' });
  });

  it.each([
    ['a list, not a backup', [1, 2, 3]],
    ['tables that is not an object', { app: 'regain', tables: 'entries' }],
    ['a table that is not a list', { app: 'regain', tables: { entries: { id: 'x' } } }],
    ['a number', 42],
  ])('%s arrives whole, for the checks to refuse in their own words', (_, value) => {
    expect(roundTrip(value).value).toEqual(value);
  });
});

describe('parsing a backup file', () => {
  it('refuses keys that could change how objects behave, naming the key', () => {
    expect(parseBackupJson('{"tables":{"entries":[{"__proto__":{"x":1}}]}}')).toEqual({ ok: false, reason: 'forbidden-key', key: '__proto__' });
  });

  it('tells JSON too deep to read from text that is not JSON', () => {
    expect(parseBackupJson('['.repeat(200_000) + ']'.repeat(200_000))).toEqual({ ok: false, reason: 'too-deep' });
    expect(parseBackupJson('{"app": "regain",')).toEqual({ ok: false, reason: 'not-json' });
  });
});
