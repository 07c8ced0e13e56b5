import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkBackupFile, checkBackupText } from '../../src/db/check-backup';
import { restoreBackup } from '../../src/db/restore-backup';
import { MAX_BACKUP_BYTES } from '../../src/db/backup-format';
import { CURRENT_SCHEMA_VERSION } from '../../src/db/schema-versions';
import { addDays } from '../../src/domain/dates';
import { latestDayAnywhere } from '../../src/domain/day-anywhere';
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
// A day that has begun nowhere yet: not even in UTC+14, the zone furthest ahead.
const tomorrow = addDays(latestDayAnywhere(), 1);
const withEntry = (changes: Record<string, unknown>, index = 0) =>
  backupText({ ...good, entries: good.entries.map((e, i) => (i === index ? { ...e, ...changes } : e)) });

// Each bad file, and words its message must contain: which record, in the
// words of the person who made the backup, what is wrong with it, and what to do.
const AND_WHAT_TO_DO = 'This backup cannot be restored as it is. Nothing on this phone was changed. Try another backup file.';
const BAD_FILES: Array<[string, string, string[]]> = [
  ['not JSON', 'this is my backup', ['not a Regain backup', 'not in the format Regain writes', 'Choose a file made with “Back up now”']],
  ['truncated JSON', backupText(good).slice(0, 200), ['or it is damaged']],
  ['JSON that is not ours', '{"name":"my spreadsheet","rows":[]}', ['not a Regain backup']],
  ['a JSON list', '[1,2,3]', ['not a Regain backup']],
  ['another app’s backup', backupText(good, { app: 'other-app' }), ['not a Regain backup']],
  ['a newer schema', backupText(good, { schemaVersion: CURRENT_SCHEMA_VERSION + 1 }), ['newer version of Regain', 'Update Regain']],
  ['a schema version that never existed', backupText(good, { schemaVersion: 0 }), ["This backup's version (0) is not one this app can read.", AND_WHAT_TO_DO]],
  ['a negative schema version', backupText(good, { schemaVersion: -3 }), ["This backup's version (-3) is not one this app can read."]],
  ['no schema version', backupText(good, { schemaVersion: undefined }), ['not a complete Regain backup', 'its version is missing']],
  ['no tables', backupText(good, { tables: undefined }), ['not a complete Regain backup', 'its data is missing']],
  ['no export date', backupText(good, { exportedAt: 'last Tuesday' }), ['not a complete Regain backup', 'the date it was made']],
  ['an unknown kind of data', backupText({ ...good, passwords: [] }), ['does not know', 'passwords', AND_WHAT_TO_DO]],
  ['a row that is not a record', backupText({ ...good, entries: [42] }), ['The entry: it is not a record Regain can read.']],
  ['a wrong type', withEntry({ reps: '12' }), ['The 1st 30-second chair stand result, dated 31 Oct 2026: its number of stands is not a number.', AND_WHAT_TO_DO]],
  ['a boolean that is text', withEntry({ usedArms: 'no' }), ['The 1st 30-second chair stand result', 'its answer about needing arms is not a yes or no']],
  ['an out-of-range value', withEntry({ kg: 500 }, 7), ['The weight entry, dated 16 Nov 2026: its weight is outside 20–350 kg.', AND_WHAT_TO_DO]],
  ['a missing value', backupText({ ...good, entries: [{ ...good.entries[7]!, kg: undefined }] }), ['The weight entry, dated 16 Nov 2026: its weight is missing.']],
  ['an unknown kind of entry', withEntry({ kind: 'push-ups' }, 2), ['The 3rd entry, dated 19 Nov 2026', 'a kind of entry Regain does not know', '“push-ups”']],
  ['a duplicate id', backupText({ ...good, entries: [...good.entries, { ...good.entries[4]! }] }), ['The 3rd five-times sit-to-stand result, dated 18 Nov 2026: it has the same id as the 2nd five-times sit-to-stand result']],
  ['a missing id', withEntry({ id: undefined }), ['The 1st 30-second chair stand result', 'it has no valid id']],
  ['an id that is not a UUID', withEntry({ id: 'abc' }), ['The 1st 30-second chair stand result', 'its id is not valid']],
  ['a day in the future', withEntry({ day: tomorrow }, 10), ['The steps entry, dated', 'its date is in the future']],
  ['an edit time in the future', withEntry({ updatedAt: '2999-01-01T00:00:00.000Z' }), ['The 1st 30-second chair stand result', 'the time it was last changed', 'later than now']],
  ['an export time in the future', backupText(good, { exportedAt: '2999-01-01T00:00:00.000Z' }), ['made in the future', 'Check the date and time on the phone that made it']],
  ['a date that does not exist', withEntry({ day: '2026-02-30' }), ['The 1st 30-second chair stand result: its date is not a real date.']],
  ['a loose timestamp', withEntry({ createdAt: '1' }), ['The 1st 30-second chair stand result', 'the time it was saved is not a real date and time']],
  ['a very long unknown table name', backupText({ ...good, ['x'.repeat(5000)]: [] }), ['does not know', `“${'x'.repeat(40)}…”`]],
  ['HTML in a note', withEntry({ note: 'ok <img src=x onerror=alert(1)>' }, 3), ['The 1st five-times sit-to-stand result, dated 7 Nov 2026: its note contains HTML']],
  ['a script tag in a note', withEntry({ note: '<script>alert(1)</script>' }), ['its note contains HTML']],
  ['HTML in a red-flag answer key', backupText({ ...good, triageRuns: [{ ...good.triageRuns[0]!, answers: { '<b>x</b>': 'yes' } }] }), ['The red-flag check, dated 13 Nov 2026: one of its answers contains HTML']],
  ['a note too long', withEntry({ note: 'x'.repeat(501) }), ['its note is longer than 500 characters']],
  ['a profile with a wrong id', backupText({ ...good, profile: [{ ...good.profile[0]!, id: 'someone-else' }] }), ['Your profile: its id is not one Regain knows.']],
  ['a year of birth in the future', backupText({ ...good, profile: [{ ...good.profile[0]!, yearOfBirth: 3000 }] }), ['Your profile: its year of birth is not a year from 1900 to this year.']],
  ['a plan level out of range', backupText({ ...good, profile: [{ ...good.profile[0]!, planLevel: 7 }] }), ['Your profile: its plan level is not 0, 1, 2 or 3.']],
  ['a plan tick with no item', backupText({ ...good, planProgress: [{ ...good.planProgress[0]!, itemId: '' }] }), ['The plan tick, dated 19 Nov 2026: its plan item is empty.']],
  // What the phone recorded of a chair-stand test: optional, but bounded and checked like everything else.
  ['too many stand times', withEntry({ standTimes: Array.from({ length: 61 }, (_, i) => i / 2) }), ['The 1st 30-second chair stand result, dated 31 Oct 2026: its list of stand times has more than 60 values.', AND_WHAT_TO_DO]],
  ['a stand time out of range', withEntry({ standTimes: [2.1, 4.5, 1e9] }), ['The 1st 30-second chair stand result, dated 31 Oct 2026: one of its stand times is outside 0–120 seconds.']],
  ['a rise time that is text', withEntry({ riseSeconds: ['1.2'] }), ['one of its rise times is not a number']],
  ['stand times that are not a list', withEntry({ standTimes: 'lots' }), ['its list of stand times is not a list']],
  ['an unknown way of counting', withEntry({ countedBy: 'guessed' }), ['its way of counting the stands is not one Regain knows']],
  ['a count before checking out of range', withEntry({ rawCount: 500 }), ['the count before it was checked is outside 0–60']],
  ['a time before checking out of range', withEntry({ rawSeconds: -4 }, 3), ['The 1st five-times sit-to-stand result, dated 7 Nov 2026: the time before it was checked is outside 0–120 seconds.']],
  ['a symptom check-in with signs that are not a list', backupText({ ...good, symptomCheckIns: [{ ...good.symptomCheckIns[0]!, signIds: 'tired' }] }), ['The symptom check-in, dated 13 Nov 2026: its list of signs is not a list.']],
];

/** Words a refusal never uses: names in the code, places in the file, typing instructions. */
const NEVER_SAID = [/\brow \d/i, /\bfield\b/, /planLevel|updatedAt|createdAt|signIds|usedArms|yearOfBirth|schemaVersion|itemId|standTimes|riseSeconds|countedBy|rawCount|rawSeconds/, /\bEnter\b/, /\bChoose (?!a file made)/];

describe('a bad backup is refused with a message naming the first problem, and nothing changes', () => {
  it.each(BAD_FILES)('%s', async (_name, text, words) => {
    const before = await snapshot();
    const result = await attempt(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    for (const word of words) expect(result.problem.message).toContain(word);
    for (const words of NEVER_SAID) expect(result.problem.message).not.toMatch(words);
    expect(await snapshot()).toEqual(before);
  });

  it('says a valid but very deeply nested file is too deeply nested, not that it is not JSON', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    for (const text of [deep, backupText(good).replace('"reps":8', `"reps":8,"extra":${deep}`)]) {
      expect(() => JSON.parse(text)).not.toThrow(SyntaxError); // valid JSON, however deep
      const result = await attempt(text);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.problem.message).toContain('too deeply nested');
      expect(result.problem.message).not.toContain('format');
    }
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

describe('a long check and restore say how far they have got', () => {
  it('reports progress through every record, in order, and the same for the restore', async () => {
    // A slow phone: each step takes 50 ms, so every record ends a slice.
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 50));
    const text = backupText(good);
    const rows = Object.values(good).reduce((sum, table) => sum + table.length, 0);
    const checking: number[] = [];
    const checked = await checkBackupFile(new Blob([text]), new Date(), ({ done, total }) => {
      expect(total).toBe(rows);
      checking.push(done);
    });
    expect(checked.ok).toBe(true);
    expect(checking.length).toBeGreaterThan(rows / 2);
    expect(checking).toEqual([...checking].sort((a, b) => a - b));
    expect(checking.at(-1)).toBeLessThanOrEqual(rows);

    const writing: number[] = [];
    if (checked.ok) await restoreBackup(checked.backup, 'replace', ({ done, total }) => {
      expect(total).toBe(rows);
      writing.push(done);
    });
    vi.restoreAllMocks();
    expect(writing.at(-1)).toBe(rows);
    expect(writing).toEqual([...writing].sort((a, b) => a - b));
  });
});
