import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkBackupFile, checkBackupText } from '../../src/db/check-backup';
import { restoreBackup } from '../../src/db/restore-backup';
import { MAX_BACKUP_BYTES } from '../../src/db/backup-format';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { addDays, todayLocal } from '../../src/domain/dates';
import { resetDatabase } from './reset-database';
import { backupText, sampleData, seed, snapshot } from './backup-test-data';

beforeEach(async () => {
  await resetDatabase();
  await seed(sampleData());
});

/** Runs a file through the same steps as the screen: check, and restore only if the check passes. */
async function attempt(text: string) {
  const checked = await checkBackupText(text);
  if (checked.ok) await restoreBackup(checked.backup, 'replace');
  return checked;
}

const good = sampleData();
const tomorrow = addDays(todayLocal(), 1);
const withEntry = (changes: Record<string, unknown>, index = 0) =>
  backupText({ ...good, entries: good.entries.map((e, i) => (i === index ? { ...e, ...changes } : e)) });

// Each bad file, and words its message must contain (what, where, which field).
const BAD_FILES: Array<[string, string, string[]]> = [
  ['not JSON', 'this is my backup', ['not a Regain backup', 'not a JSON file']],
  ['truncated JSON', backupText(good).slice(0, 200), ['not a JSON file']],
  ['JSON that is not ours', '{"name":"my spreadsheet","rows":[]}', ['not a Regain backup']],
  ['a JSON list', '[1,2,3]', ['not a Regain backup']],
  ['another app’s backup', backupText(good, { app: 'other-app' }), ['not a Regain backup']],
  ['a newer schema', backupText(good, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }), ['newer version of Regain', 'Update Regain']],
  ['a schema version that never existed', backupText(good, { schemaVersion: 0 }), ['schemaVersion']],
  ['no tables', backupText(good, { tables: undefined }), ['tables']],
  ['an unknown kind of data', backupText({ ...good, passwords: [] }), ['does not know', 'passwords']],
  ['a row that is not a record', backupText({ ...good, entries: [42] }), ['Entries, row 1', 'not a record']],
  ['a wrong type', withEntry({ reps: '12' }), ['Entries, row 1 (chair-stand-30s)', '“reps”', 'Enter a number of stands between 0 and 60.']],
  ['a boolean that is text', withEntry({ usedArms: 'no' }), ['Entries, row 1', '“usedArms”', 'true or false']],
  ['an out-of-range value', withEntry({ kg: 500 }, 7), ['Entries, row 8 (weight)', '“kg”', 'Enter a weight between 20 and 350 kg.']],
  ['a missing value', backupText({ ...good, entries: [{ ...good.entries[7]!, kg: undefined }] }), ['Entries, row 1 (weight)', '“kg”']],
  ['an unknown kind of entry', withEntry({ kind: 'push-ups' }, 2), ['Entries, row 3', '“push-ups” is not a kind of record Regain knows']],
  ['a duplicate id', backupText({ ...good, entries: [...good.entries, { ...good.entries[4]! }] }), ['Entries, row 12', 'same as row 5']],
  ['a missing id', withEntry({ id: undefined }), ['Entries, row 1', '“id”', 'no valid id']],
  ['an id that is not a UUID', withEntry({ id: 'abc' }), ['Entries, row 1', '“id”']],
  ['a day in the future', withEntry({ day: tomorrow }, 10), ['Entries, row 11 (steps)', '“day”', 'cannot be in the future']],
  ['an edit time in the future', withEntry({ updatedAt: '2999-01-01T00:00:00.000Z' }), ['Entries, row 1', '“updatedAt”', 'in the future']],
  ['an export time in the future', backupText(good, { exportedAt: '2999-01-01T00:00:00.000Z' }), ['made in the future']],
  ['a date that does not exist', withEntry({ day: '2026-02-30' }), ['“day”', 'year-month-day']],
  ['a loose timestamp', withEntry({ createdAt: '1' }), ['Entries, row 1', '“createdAt”', 'not a date and time']],
  ['a very long unknown table name', backupText({ ...good, ['x'.repeat(5000)]: [] }), ['does not know', `“${'x'.repeat(40)}…”`]],
  ['HTML in a note', withEntry({ note: 'ok <img src=x onerror=alert(1)>' }, 3), ['Entries, row 4', '“note”', 'cannot contain HTML tags']],
  ['a script tag in a note', withEntry({ note: '<script>alert(1)</script>' }), ['“note”', 'cannot contain HTML tags']],
  ['HTML in a red-flag answer key', backupText({ ...good, triageRuns: [{ ...good.triageRuns[0]!, answers: { '<b>x</b>': 'yes' } }] }), ['Red-flag checks, row 1', 'contains HTML']],
  ['a note too long', withEntry({ note: 'x'.repeat(501) }), ['“note”', 'at most 500 characters']],
  ['a profile with a wrong id', backupText({ ...good, profile: [{ ...good.profile[0]!, id: 'someone-else' }] }), ['Profile, row 1', '“id”']],
  ['a year of birth in the future', backupText({ ...good, profile: [{ ...good.profile[0]!, yearOfBirth: 3000 }] }), ['Profile, row 1', '“yearOfBirth”', 'cannot be in the future']],
];

describe('a bad backup is refused with a message naming the first problem, and nothing changes', () => {
  it.each(BAD_FILES)('%s', async (_name, text, words) => {
    const before = await snapshot();
    const result = await attempt(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const word of words) expect(result.problem.message).toContain(word);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses `__proto__`, `constructor` and `prototype` keys anywhere, without polluting objects', async () => {
    const before = await snapshot();
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      const text = backupText(good).replace('"reps":8', `"reps":8,"${key}":{"polluted":true}`);
      const result = await attempt(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.message).toContain(`“${key}”`);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const text = vi.fn(async () => backupText(good));
    const result = await checkBackupFile({ size: MAX_BACKUP_BYTES + 1, text } as unknown as Blob);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.message).toContain('too large');
    expect(text).not.toHaveBeenCalled();
  });

  it('refuses text over 50 MB before parsing it', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const result = await checkBackupText(' '.repeat(MAX_BACKUP_BYTES + 1));
    expect(result.ok).toBe(false);
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('what a good backup may hold', () => {
  it('accepts a note with < and > that is not HTML, and keeps it as written', async () => {
    const note = 'calf < 33 cm, pain <3 & "better" > last week';
    const result = await checkBackupText(withEntry({ note }));
    expect(result.ok).toBe(true);
    if (result.ok) expect((result.backup.tables.entries![0] as { note: string }).note).toBe(note);
  });

  it('leaves behind fields a record does not have', async () => {
    const result = await checkBackupText(withEntry({ colour: 'red' }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.tables.entries![0]).not.toHaveProperty('colour');
  });

  it('reads a file from the file picker', async () => {
    const file = new File([backupText(good)], 'regain-backup.json', { type: 'application/json' });
    const result = await checkBackupFile(file);
    expect(result.ok).toBe(true);
  });
});
