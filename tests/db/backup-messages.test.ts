import { describe, expect, it } from 'vitest';
import {
  CANNOT_RESTORE,
  describeFault,
  describeRecord,
  duplicateIdMessage,
  ENTRY_NOUNS,
  envelopeMessage,
  fieldWords,
  fileText,
  htmlMessage,
  noIdMessage,
  notARecordMessage,
  ordinal,
  RECORD_NOUNS,
  recordFaultMessage,
  timestampMessage,
  TOO_DEEP,
  unknownTableMessage,
  unknownVersionMessage,
  type RecordIssue,
} from '../../src/db/backup-messages';
import { TABLE_RECORDS } from '../../src/db/record-schemas';
import { checkBackupText } from '../../src/db/check-backup';
import { MEASUREMENT_LIMITS } from '../../src/domain/measurement-limits';

// Every way a backup can be refused, in the words of the person who made it:
// the kind of record and which one, what is wrong in terms of the file, and
// what to do. Never a name from the code, a row number or "Enter …".

interface ZodDef {
  type: string;
  shape?: Record<string, ZodLike>;
  options?: ZodLike[];
  innerType?: ZodLike;
  element?: ZodLike;
  valueType?: ZodLike;
  values?: unknown[];
}
interface ZodLike {
  _zod: { def: ZodDef };
}

/** Every field path a schema has ("answers.strength", "findings.0.detail"; a record's free keys as "any-key"). */
function fieldPaths(schema: ZodLike, prefix: string[] = []): string[][] {
  const def = schema._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return fieldPaths(def.innerType!, prefix);
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, inner]) => [[...prefix, key], ...fieldPaths(inner, [...prefix, key])]);
    case 'array':
      return [[...prefix, '0'], ...fieldPaths(def.element!, [...prefix, '0'])];
    case 'record':
      return [[...prefix, 'any-key'], ...fieldPaths(def.valueType!, [...prefix, 'any-key'])];
    default:
      return [];
  }
}

/** [table, kind (entries only), path] for every field of every record schema, walked from the schemas themselves. */
function everyField(): Array<[string, string | undefined, string[]]> {
  const out: Array<[string, string | undefined, string[]]> = [];
  for (const [table, { schema }] of Object.entries(TABLE_RECORDS)) {
    const def = (schema as unknown as ZodLike)._zod.def;
    const variants = def.type === 'union' ? def.options! : [schema as unknown as ZodLike];
    for (const variant of variants) {
      const kindSchema = variant._zod.def.shape?.kind;
      const kind = kindSchema ? String(kindSchema._zod.def.values![0]) : undefined;
      for (const path of fieldPaths(variant)) out.push([table, kind, path]);
    }
  }
  return out;
}

const FIELDS = everyField();

describe('every field of every record has plain words', () => {
  it('finds the fields by walking the schemas (so a new field is found too)', () => {
    const names = new Set(FIELDS.map(([, , path]) => path.join('.')));
    for (const name of ['planLevel', 'updatedAt', 'signIds', 'kg', 'answers.strength', 'findings.0.detail', 'answers.any-key']) expect(names).toContain(name);
  });

  it.each(FIELDS.map(([table, kind, path]) => [`${table}${kind ? ` (${kind})` : ''}: ${path.join('.')}`, table, kind, path] as const))(
    '%s',
    (_name, table, kind, path) => {
      const words = fieldWords(table, path, kind);
      // No words? Add the field to FIELD_WORDS in src/db/backup-messages.ts.
      expect(words, `no plain words for ${table}.${path.join('.')}`).toBeDefined();
      expect(words).toMatch(/^(its|the|one of its|what) /);
      expect(words).not.toMatch(/[a-z][A-Z]/); // no camelCase names from the code
      for (const key of path) if (/[A-Z]/.test(key)) expect(words).not.toContain(key);
      // …and the sentence a refusal uses says it with those words.
      const sentence = describeFault(table, kind, { code: 'invalid_type', expected: 'string', path, message: 'Invalid input' }, 42);
      expect(sentence.startsWith(words!)).toBe(true);
    },
  );

  it('has a name for one record of every table, and of every kind of entry', () => {
    for (const table of Object.keys(TABLE_RECORDS)) expect(RECORD_NOUNS[table], table).toBeDefined();
    const kinds = FIELDS.filter(([table]) => table === 'entries').map(([, kind]) => kind!);
    for (const kind of new Set(kinds)) expect(ENTRY_NOUNS[kind as keyof typeof ENTRY_NOUNS], kind).toBeDefined();
  });

  it('names a shared field by what it holds in that kind of entry', () => {
    expect(fieldWords('entries', ['kg'], 'weight')).toBe('its weight');
    expect(fieldWords('entries', ['kg'], 'grip')).toBe('its grip strength');
    expect(fieldWords('entries', ['side'], 'grip')).toBe('its hand');
    expect(fieldWords('entries', ['reps'], 'chair-stand-30s')).toBe('its number of stands');
    expect(fieldWords('entries', ['reps'], 'sit-to-stand-count')).toBe('its number of sit-to-stands');
    expect(fieldWords('profile', ['planLevel'])).toBe('its plan level');
    expect(fieldWords('profile', ['updatedAt'])).toBe('the time it was last changed');
    expect(fieldWords('symptomCheckIns', ['signIds'])).toBe('its list of signs');
    expect(fieldWords('profile', ['favouriteColour'])).toBeUndefined();
  });
});

describe('which record', () => {
  const rows = [
    { kind: 'weight', day: '2026-11-01' },
    { kind: 'steps', day: '2026-11-02' },
    { kind: 'weight', day: '2026-11-15' },
    { kind: 'weight', day: '2026-11-22' },
  ];

  it('counts among records of the same kind, in the file’s order, with the day', () => {
    expect(describeRecord('entries', rows, 3)).toBe('The 3rd weight entry, dated 22 Nov 2026');
    expect(describeRecord('entries', rows, 1)).toBe('The steps entry, dated 2 Nov 2026');
  });

  it('names the profile as the person’s own', () => {
    expect(describeRecord('profile', [{ id: 'profile' }], 0)).toBe('Your profile');
  });

  it('uses the time of a record that has no day, and leaves out a day that is not real', () => {
    expect(describeRecord('triageRuns', [{ at: '2026-11-13T10:15:00.000Z' }], 0)).toBe('The red-flag check, dated 13 Nov 2026');
    expect(describeRecord('planProgress', [{ day: '2026-02-30' }, { day: '2026-03-01' }], 0)).toBe('The 1st plan tick');
  });

  it('counts every record when the kind is unknown', () => {
    expect(describeRecord('entries', [...rows, { kind: 'push-ups', day: '2026-11-03' }], 4)).toBe('The 5th entry, dated 3 Nov 2026');
    expect(describeRecord('entries', [42, 43], 1)).toBe('The 2nd entry');
  });

  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
    [1002, '1,002nd'],
  ])('writes %i as %s', (n, words) => {
    expect(ordinal(n)).toBe(words);
  });

  it('never says "row"', () => {
    const sentences = [
      notARecordMessage('entries', [42, 43], 1),
      noIdMessage('entries', rows, 0),
      duplicateIdMessage('entries', rows, 3, 0),
      htmlMessage('entries', rows, 0, ['note']),
      timestampMessage('entries', rows, 0, 'updatedAt', 'future'),
    ];
    for (const sentence of sentences) {
      expect(sentence).not.toMatch(/\brow\b/i);
      expect(sentence.endsWith(CANNOT_RESTORE)).toBe(true);
    }
    expect(duplicateIdMessage('entries', rows, 3, 0)).toBe(
      `The 3rd weight entry, dated 22 Nov 2026: it has the same id as the 1st weight entry, dated 1 Nov 2026, and each record needs its own. ${CANNOT_RESTORE}`,
    );
  });
});

describe('what is wrong, in terms of the file', () => {
  const fault = (table: string, kind: string | undefined, issue: Partial<RecordIssue> & { path: string[] }, value: unknown) =>
    describeFault(table, kind, { message: 'Enter something.', ...issue }, value);

  it.each(
    Object.entries<[string, string]>({
      'chair-stand-30s': ['reps', 'its number of stands is outside 0–60'],
      'sit-to-stand-count': ['reps', 'its number of sit-to-stands is outside 0–500'],
      'five-times-sit-to-stand': ['seconds', 'its time is outside 3–120 seconds'],
      circumference: ['cm', 'its measurement is outside 10–100 cm'],
      weight: ['kg', `its weight is outside 20–${MEASUREMENT_LIMITS.weightKg.max} kg`],
      grip: ['kg', 'its grip strength is outside 0–100 kg'],
      protein: ['grams', 'its amount of protein is outside 0–400 g'],
      steps: ['steps', 'its number of steps is outside 0–100,000'],
    }),
  )('gives the range of a %s value that is out of range, never "Enter …"', (kind, [field, words]) => {
    expect(fault('entries', kind, { code: 'too_big', origin: 'number', maximum: 1, path: [field] }, 1e9)).toBe(words);
    expect(fault('entries', kind, { code: 'too_small', origin: 'number', minimum: 1, path: [field] }, -1)).toBe(words);
  });

  it.each<[string, string | undefined, Partial<RecordIssue> & { path: string[] }, unknown, string]>([
    ['entries', 'weight', { code: 'invalid_type', expected: 'number', path: ['kg'] }, '61', 'its weight is not a number'],
    ['entries', 'steps', { code: 'invalid_type', expected: 'int', path: ['steps'] }, 10.5, 'its number of steps is not a whole number'],
    ['entries', 'weight', { code: 'invalid_type', expected: 'number', path: ['kg'] }, undefined, 'its weight is missing'],
    ['entries', 'chair-stand-30s', { code: 'invalid_type', expected: 'boolean', path: ['usedArms'] }, 'no', 'its answer about needing arms is not a yes or no'],
    ['entries', 'weight', { code: 'custom', path: ['day'] }, '2026-02-30', 'its date is not a real date'],
    ['entries', 'weight', { code: 'custom', path: ['day'] }, '2999-01-01', 'its date is in the future'],
    ['entries', 'weight', { code: 'custom', path: ['createdAt'] }, '2026-02-30T10:00:00Z', 'the time it was saved is not a real date and time'],
    ['entries', 'weight', { code: 'too_big', origin: 'string', maximum: 500, path: ['note'] }, 'x'.repeat(501), 'its note is longer than 500 characters'],
    ['entries', 'weight', { code: 'custom', path: ['note'] }, '<b>hi</b>', 'its note contains HTML (such as <b> or <script>), which Regain never writes'],
    ['entries', 'grip', { code: 'invalid_value', path: ['side'] }, 'up', 'its hand is not one Regain knows'],
    ['entries', undefined, { code: 'invalid_union', path: ['kind'] }, 'push-ups', `it is a kind of entry Regain does not know (${fileText('“push-ups”')})`],
    ['entries', undefined, { code: 'invalid_union', path: ['kind'] }, undefined, 'its kind is missing'],
    ['entries', 'weight', { code: 'invalid_format', path: ['id'] }, 'abc', 'its id is not valid'],
    ['profile', undefined, { code: 'too_big', origin: 'number', path: ['planLevel'] }, 7, 'its plan level is not 0, 1, 2 or 3'],
    ['profile', undefined, { code: 'custom', path: ['yearOfBirth'] }, 3000, 'its year of birth is not a year from 1900 to this year'],
    ['profile', undefined, { code: 'too_small', origin: 'number', path: ['heightCm'] }, 5, 'its height is outside 50–250 cm'],
    ['profile', undefined, { code: 'invalid_format', path: ['emergencyNumber'] }, 'call me', 'its emergency number is not a phone number'],
    ['profile', undefined, { code: 'invalid_format', path: ['reminderTime'] }, '25:00', 'its reminder time is not a time of day'],
    ['profile', undefined, { code: 'invalid_value', path: ['units'] }, 'furlongs', 'its choice of units is not one Regain knows'],
    ['profile', undefined, { code: 'custom', path: ['planLevelChosenOn'] }, 'soon', 'the day its plan level was chosen is not a real date'],
    ['planProgress', undefined, { code: 'too_small', origin: 'string', minimum: 1, path: ['itemId'] }, '', 'its plan item is empty'],
    ['planProgress', undefined, { code: 'invalid_type', expected: 'boolean', path: ['done'] }, 1, 'its tick is not a yes or no'],
    ['symptomCheckIns', undefined, { code: 'invalid_type', expected: 'array', path: ['signIds'] }, 'tired', 'its list of signs is not a list'],
    ['symptomCheckIns', undefined, { code: 'invalid_type', expected: 'string', path: ['signIds', '2'] }, 7, 'one of its signs is not text'],
    ['triageRuns', undefined, { code: 'invalid_value', path: ['answers', 'stroke-face-arm-leg'] }, 'maybe', 'one of its answers is not one Regain knows'],
    ['triageRuns', undefined, { code: 'invalid_value', path: ['level'] }, 'panic', 'its urgency level is not one Regain knows'],
    ['sarcFResults', undefined, { code: 'invalid_value', path: ['answers', 'falls'] }, 5, 'its answer about falls is not 0, 1 or 2'],
    ['sarcFResults', undefined, { code: 'too_big', origin: 'number', path: ['total'] }, 11, 'its total score is not a score from 0 to 10'],
    ['sarcFResults', undefined, { code: 'custom', path: [] }, undefined, 'its total score does not match its answers'],
    ['entries', 'weight', { code: 'custom', path: ['colour'] }, '<b>', 'one of its fields contains HTML (such as <b> or <script>), which Regain never writes'],
  ])('%s (%s) %j → "%s"', (table, kind, issue, value, words) => {
    expect(fault(table, kind, issue, value)).toBe(words);
  });

  it('puts the record, the fault and what to do in one sentence', () => {
    const rows = [{ kind: 'weight', day: '2026-11-01' }, { kind: 'weight', day: '2026-11-15' }, { kind: 'weight', day: '2026-11-22', kg: 500 }];
    const issue = { code: 'too_big', origin: 'number', maximum: 350, path: ['kg'], message: 'Enter a weight between 20 and 350 kg.' };
    expect(recordFaultMessage('entries', rows, 2, issue, 500)).toBe(
      'The 3rd weight entry, dated 22 Nov 2026: its weight is outside 20–350 kg. This backup cannot be restored as it is. Nothing on this phone was changed. Try another backup file.',
    );
  });
});

describe('what is wrong with the file as a whole', () => {
  it('says a version of 0 is one this app cannot read, not that it is missing', () => {
    expect(unknownVersionMessage(0)).toBe(`This backup's version (0) is not one this app can read. ${CANNOT_RESTORE}`);
  });

  it('says what part of a backup is missing in plain words', () => {
    expect(envelopeMessage('tables')).toContain('its data is missing');
    expect(envelopeMessage('exportedAt')).toContain('the date it was made');
    expect(envelopeMessage('appVersion')).toContain('the version of Regain that made it');
    for (const field of ['tables', 'exportedAt', 'appVersion', 'schemaVersion', 'tables.entries']) {
      expect(envelopeMessage(field)).not.toMatch(/tables|exportedAt|appVersion|schemaVersion/);
    }
  });

  it('says a valid but very deep file is too deeply nested, not that it is not JSON', async () => {
    expect(TOO_DEEP).toContain('too deeply nested');
    expect(TOO_DEEP).not.toMatch(/JSON/);
    const result = await checkBackupText('['.repeat(200_000) + ']'.repeat(200_000));
    expect(result.ok ? null : result.problem.message).toBe(TOO_DEEP);
  });

  it('isolates text from the file inside a sentence and drops its direction controls', () => {
    const message = unknownTableMessage('\u202Esdrowssap');
    expect(message).toContain(`\u2068“sdrowssap”\u2069`);
    expect(message).not.toMatch(/[\u202A-\u202E]/);
    expect(fileText('a\u2066b\u2069c')).toBe('\u2068abc\u2069');
  });
});

describe('balance, walking and SPPB results', () => {
  it('say what is wrong in plain words', () => {
    const fault = (path: string[], code: string, value: unknown) => describeFault('mobilityTests', undefined, { code, origin: 'number', path, message: 'x' }, value);
    expect(fault(['holds', 'tandem'], 'too_big', 12)).toBe('its time with feet heel to toe is outside 0–10 seconds');
    expect(fault(['courseMetres'], 'invalid_value', 6)).toBe('its walking distance is not 3 or 4 metres');
    expect(fault(['total'], 'too_big', 13)).toBe('its total score is not a score from 0 to 12');
    expect(fault([], 'custom', undefined)).toBe('its times and scores do not fit together');
    expect(describeRecord('mobilityTests', [{ day: '2026-11-20' }], 0)).toBe('The balance, walking or SPPB result, dated 20 Nov 2026');
  });
});
