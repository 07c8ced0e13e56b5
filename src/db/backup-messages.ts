import { RISE_MAX_S, STAND_TIME_MAX_S, type LogEntryKind } from './log-entry-schema';
import { STANCE_MAX_S } from './mobility-schema';
import { MEASUREMENT_LIMITS, type MeasurementLimit } from '../domain/measurement-limits';
import { HEIGHT_LIMIT } from '../domain/height';
import { isLocalDate } from '../domain/dates';
import { HTML_TAG } from './schema-helpers';
import { withoutDirectionControls } from '../ui/person-text';

// Why a backup file was refused, in the words of the file's owner: which
// record ("the 3rd weight entry, dated 22 Nov 2026"), what is wrong with it
// ("its weight is outside 20–350 kg") and what to do. Never a field's name in
// the code (planLevel, updatedAt), never "row 8", never a typing instruction
// ("Enter a number…"): nobody is typing. check-backup.ts finds the fault;
// this file only words it.

/** What to do, after any fault in the file's records. */
export const CANNOT_RESTORE = 'This backup cannot be restored as it is. Nothing on this phone was changed. Try another backup file.';
const CHOOSE_A_BACKUP = 'Nothing on this phone was changed. Choose a file made with “Back up now” in Regain.';

export const NOT_A_BACKUP = `This file is not a Regain backup. ${CHOOSE_A_BACKUP}`;
export const NOT_READABLE = `This file is not a Regain backup, or it is damaged: it is not in the format Regain writes backups in. ${CHOOSE_A_BACKUP}`;
export const TOO_DEEP = `This file is not a Regain backup: its contents are too deeply nested (lists inside lists, thousands deep), which a backup never is. ${CHOOSE_A_BACKUP}`;
export const NOT_CHECKED = 'This backup could not be checked, so nothing was restored. Nothing on this phone was changed. Try again, or try another backup file.';
export const NOT_UPGRADED =
  'This backup is from an older version of Regain and could not be brought up to date. Nothing on this phone was changed. Try another backup file.';
export const MADE_IN_FUTURE =
  'This backup says it was made in the future. Nothing on this phone was changed. Check the date and time on the phone that made it, then make a new backup there.';

export function tooLargeMessage(bytes: number): string {
  const mb = Math.round(bytes / (1024 * 1024));
  return `This file is too large (${mb} MB) to be a Regain backup: backups are at most 50 MB. Nothing on this phone was changed. Check that you chose the right file.`;
}

export function newerVersionMessage(version: number, current: number): string {
  return `This backup was made by a newer version of Regain (data version ${version}; this app reads up to ${current}). Nothing on this phone was changed. Update Regain, then restore it.`;
}

/** Any version number the app never wrote: 0, −1, 1.5 (a missing one is not a backup at all). */
export function unknownVersionMessage(version: number): string {
  return `This backup's version (${String(version)}) is not one this app can read. ${CANNOT_RESTORE}`;
}

export function forbiddenKeyMessage(key: string): string {
  return `This file has a field named “${key}”, which a Regain backup never has. ${CANNOT_RESTORE}`;
}

export function unknownTableMessage(table: string): string {
  return `This backup holds a kind of data Regain does not know (${fileText(`“${shorten(table)}”`)}). ${CANNOT_RESTORE}`;
}

export function uncheckableTableMessage(table: string): string {
  return `This version of Regain cannot check ${fileText(`“${shorten(table)}”`)} records. ${CANNOT_RESTORE}`;
}

/** The envelope around the data (app version, date made, the data itself) is missing or malformed. */
const ENVELOPE_WORDS: Record<string, string> = {
  appVersion: 'the version of Regain that made it is missing or not valid',
  schemaVersion: 'its version is missing',
  exportedAt: 'the date it was made is missing or not a real date and time',
  tables: 'its data is missing or not in the form a backup has',
};

export function envelopeMessage(field: string): string {
  const top = field.split('.')[0]!;
  const reason = Object.hasOwn(ENVELOPE_WORDS, top) ? ENVELOPE_WORDS[top] : 'it is not in the form a backup has';
  return `This file is not a complete Regain backup: ${reason}. ${CHOOSE_A_BACKUP}`;
}

export function htmlInEnvelopeMessage(): string {
  return `This file is not a Regain backup: the version of Regain it names contains HTML. ${CHOOSE_A_BACKUP}`;
}

// ── Which record ────────────────────────────────────────────────────────────

/** What a person calls one record of each table. Adding a table? tests/db/backup-messages.test.ts fails until it has words here. */
export const RECORD_NOUNS: Readonly<Record<string, string>> = {
  profile: 'profile',
  entries: 'entry',
  symptomCheckIns: 'symptom check-in',
  triageRuns: 'red-flag check',
  planProgress: 'plan tick',
  sarcFResults: 'SARC-F result',
  mobilityTests: 'balance, walking or SPPB result',
};

export const ENTRY_NOUNS = {
  'chair-stand-30s': '30-second chair stand result',
  'sit-to-stand-count': 'daily sit-to-stand count',
  'five-times-sit-to-stand': 'five-times sit-to-stand result',
  circumference: 'limb measurement',
  weight: 'weight entry',
  grip: 'grip strength entry',
  protein: 'protein entry',
  steps: 'steps entry',
} as const satisfies Record<LogEntryKind, string>;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st. */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n.toLocaleString('en-GB')}${suffix}`;
}

/** 2026-11-22 → "22 Nov 2026": by hand, so a phone's locale cannot turn it into 11/22. */
function shortDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function knownKind(row: unknown): LogEntryKind | undefined {
  const kind = isRecord(row) ? row.kind : undefined;
  return typeof kind === 'string' && Object.hasOwn(ENTRY_NOUNS, kind) ? (kind as LogEntryKind) : undefined;
}

/** The day a record is for, when the file gives one that is a real date. */
function recordDay(row: unknown): string | null {
  if (!isRecord(row)) return null;
  if (isLocalDate(row.day)) return row.day;
  const at = typeof row.at === 'string' ? row.at.slice(0, 10) : null;
  return isLocalDate(at) ? at : null;
}

/**
 * "Your profile", "The weight entry, dated 22 Nov 2026", "The 3rd plan tick":
 * counted among records of the same kind, in the file's order, so the person
 * can find it in the app that made the backup.
 */
export function describeRecord(table: string, rows: readonly unknown[], index: number): string {
  if (table === 'profile') return 'Your profile';
  const row = rows[index];
  const kind = table === 'entries' ? knownKind(row) : undefined;
  const noun = kind ? ENTRY_NOUNS[kind] : Object.hasOwn(RECORD_NOUNS, table) ? RECORD_NOUNS[table]! : 'record';
  const sameKind = (other: unknown) => (kind ? knownKind(other) === kind : true);
  let position = 0;
  let count = 0;
  for (let i = 0; i < rows.length; i += 1) {
    if (!sameKind(rows[i])) continue;
    count += 1;
    if (i <= index) position += 1;
  }
  const day = recordDay(row);
  return `The ${count > 1 ? `${ordinal(position)} ` : ''}${noun}${day ? `, dated ${shortDate(day)}` : ''}`;
}

// ── Which part of it ────────────────────────────────────────────────────────

const COMMON_FIELDS: Readonly<Record<string, string>> = {
  id: 'its id',
  day: 'its date',
  createdAt: 'the time it was saved',
  updatedAt: 'the time it was last changed',
  at: 'the time it was done',
  note: 'its note',
  kind: 'its kind',
};

/**
 * Every field of every record schema, in plain words. A new field with no
 * words here fails tests/db/backup-messages.test.ts, which walks the schemas.
 */
export const FIELD_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  profile: {
    id: 'its id',
    yearOfBirth: 'its year of birth',
    sex: 'its sex',
    heightCm: 'its height',
    units: 'its choice of units',
    region: 'its country',
    emergencyNumber: 'its emergency number',
    kidneyDisease: 'its answer about kidney disease',
    planLevel: 'its plan level',
    planLevelChosenOn: 'the day its plan level was chosen',
    exercisingOrRecovering: 'its answer about exercising or recovering',
    reminderTime: 'its reminder time',
    updatedAt: 'the time it was last changed',
  },
  entries: {
    reps: 'its number of stands',
    usedArms: 'its answer about needing arms',
    seconds: 'its time',
    site: 'its body part',
    side: 'its side',
    cm: 'its measurement',
    kg: 'its weight',
    grams: 'its amount of protein',
    scope: 'its answer about one meal or the whole day',
    steps: 'its number of steps',
    countedBy: 'its way of counting the stands',
    timedBy: 'its way of timing the stands',
    rawCount: 'the count before it was checked',
    rawSeconds: 'the time before it was checked',
    standTimes: 'its list of stand times',
    'standTimes.*': 'one of its stand times',
    riseSeconds: 'its list of rise times',
    'riseSeconds.*': 'one of its rise times',
    interrupted: 'its answer about the test being interrupted',
  },
  symptomCheckIns: {
    signIds: 'its list of signs',
    'signIds.*': 'one of its signs',
  },
  triageRuns: {
    level: 'its urgency level',
    answers: 'its set of answers',
    'answers.*': 'one of its answers',
    reasons: 'its list of reasons',
    'reasons.*': 'one of its reasons',
    outcome: 'the advice it records',
    'outcome.title': 'the advice it records',
    'outcome.action': 'the advice it records',
    startedWhen: 'its answer about when the symptoms started',
    side: 'its answer about which side of the body',
    findings: 'what your saved data added to it',
    'findings.*': 'what your saved data added to it',
    'findings.*.id': 'what your saved data added to it',
    'findings.*.detail': 'what your saved data added to it',
    amends: 'its link to an earlier check',
  },
  planProgress: {
    itemId: 'its plan item',
    done: 'its tick',
  },
  sarcFResults: {
    answers: 'its set of answers',
    'answers.strength': 'its answer about strength',
    'answers.walking': 'its answer about walking across a room',
    'answers.rising': 'its answer about rising from a chair',
    'answers.stairs': 'its answer about climbing stairs',
    'answers.falls': 'its answer about falls',
    total: 'its total score',
  },
  mobilityTests: {
    holds: 'its balance times',
    'holds.sideBySide': 'its time with feet side by side',
    'holds.semiTandem': 'its time with one foot half in front',
    'holds.tandem': 'its time with feet heel to toe',
    'holds.oneLeg': 'its time on one foot',
    stoppedBy: 'its way of ending the balance test',
    courseMetres: 'its walking distance',
    walkSeconds: 'its walk time',
    'walkSeconds.*': 'one of its walk times',
    timedBy: 'its way of timing the test',
    seconds: 'its time',
    fiveStandsSeconds: 'its time for five stands',
    balanceScore: 'its balance score',
    walkScore: 'its walking score',
    chairStandsScore: 'its chair stands score',
    total: 'its total score',
  },
};

/** Where one kind of entry calls a shared field something else. */
const ENTRY_FIELD_WORDS: Partial<Record<LogEntryKind, Readonly<Record<string, string>>>> = {
  'sit-to-stand-count': { reps: 'its number of sit-to-stands' },
  grip: { kg: 'its grip strength', side: 'its hand' },
};

/** A path with list positions and free-form keys (a question id) as "*": "findings.2.detail" → "findings.*.detail". */
function pathKeys(path: readonly string[]): string[] {
  const exact = path.map((part) => (/^\d+$/.test(part) ? '*' : part)).join('.');
  return path.length > 1 ? [exact, [...path.slice(0, -1), '*'].join('.')] : [exact];
}

/**
 * The plain words for a field ("its weight"), or undefined when there are
 * none: the tests use that to find a field nobody has named yet.
 */
export function fieldWords(table: string, path: readonly string[], kind?: string): string | undefined {
  if (path.length === 0) return undefined;
  const own = Object.hasOwn(FIELD_WORDS, table) ? FIELD_WORDS[table]! : {};
  const byKind = table === 'entries' && kind && Object.hasOwn(ENTRY_FIELD_WORDS, kind) ? ENTRY_FIELD_WORDS[kind as LogEntryKind]! : {};
  for (const key of pathKeys(path)) {
    for (const words of [byKind, own, COMMON_FIELDS]) {
      if (Object.hasOwn(words, key)) return words[key];
    }
  }
  return undefined;
}

function fieldWordsOrGeneric(table: string, path: readonly string[], kind?: string): string {
  const words = fieldWords(table, path, kind);
  if (words) return words;
  // A part of a known field ("part of its answers"), or a field no record has.
  const top = path.length > 1 ? fieldWords(table, path.slice(0, 1), kind) : undefined;
  return top ? `part of ${top}` : 'one of its fields';
}

// ── What is wrong with it ───────────────────────────────────────────────────

/** The parts of a zod issue the wording uses. */
export interface RecordIssue {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
}

const DATE_FIELDS = new Set(['day', 'planLevelChosenOn']);
const TIMESTAMP_FIELDS = new Set(['createdAt', 'updatedAt', 'at']);

/** The measurement an entry field holds, by kind of entry: its range is what the app accepts. */
const ENTRY_LIMITS: Record<LogEntryKind, { field: string; limit: MeasurementLimit }> = {
  'chair-stand-30s': { field: 'reps', limit: MEASUREMENT_LIMITS.chairStandReps },
  'sit-to-stand-count': { field: 'reps', limit: MEASUREMENT_LIMITS.dailySitToStandReps },
  'five-times-sit-to-stand': { field: 'seconds', limit: MEASUREMENT_LIMITS.fiveTimesSitToStandSeconds },
  circumference: { field: 'cm', limit: MEASUREMENT_LIMITS.circumferenceCm },
  weight: { field: 'kg', limit: MEASUREMENT_LIMITS.weightKg },
  grip: { field: 'kg', limit: MEASUREMENT_LIMITS.gripKg },
  protein: { field: 'grams', limit: MEASUREMENT_LIMITS.proteinG },
  steps: { field: 'steps', limit: MEASUREMENT_LIMITS.steps },
};

const UNIT_WORDS: Record<MeasurementLimit['unit'], string> = { reps: '', steps: '', s: ' seconds', cm: ' cm', kg: ' kg', g: ' g' };

function rangeWords(limit: MeasurementLimit): string {
  return `${limit.min.toLocaleString('en-GB')}–${limit.max.toLocaleString('en-GB')}${UNIT_WORDS[limit.unit]}`;
}

/** "is outside 20–350 kg", "is not 0, 1, 2 or 3": the numbers a field may hold, where it has a range. */
function outOfRange(table: string, field: string, kind?: string): string | undefined {
  if (table === 'entries' && kind && Object.hasOwn(ENTRY_LIMITS, kind)) {
    const { field: measured, limit } = ENTRY_LIMITS[kind as LogEntryKind];
    if (field === measured) return `is outside ${rangeWords(limit)}`;
  }
  if (table === 'entries' && field === 'rawCount') return `is outside ${rangeWords(MEASUREMENT_LIMITS.chairStandReps)}`;
  if (table === 'entries' && field === 'rawSeconds') return `is outside 0–${STAND_TIME_MAX_S} seconds`;
  if (table === 'entries' && /^standTimes\.\d+$/.test(field)) return `is outside 0–${STAND_TIME_MAX_S} seconds`;
  if (table === 'entries' && /^riseSeconds\.\d+$/.test(field)) return `is outside 0–${RISE_MAX_S} seconds`;
  if (table === 'profile' && field === 'heightCm') return `is outside ${rangeWords(HEIGHT_LIMIT)}`;
  if (table === 'profile' && field === 'yearOfBirth') return 'is not a year from 1900 to this year';
  if (table === 'profile' && field === 'planLevel') return 'is not 0, 1, 2 or 3';
  if (table === 'sarcFResults' && field === 'total') return 'is not a score from 0 to 10';
  if (table === 'sarcFResults' && field.startsWith('answers.')) return 'is not 0, 1 or 2';
  if (table === 'mobilityTests' && field.startsWith('holds.')) return `is outside 0–${STANCE_MAX_S} seconds`;
  if (table === 'mobilityTests' && field === 'courseMetres') return 'is not 3 or 4 metres';
  if (table === 'mobilityTests' && field.endsWith('Score')) return 'is not a score from 0 to 4';
  if (table === 'mobilityTests' && field === 'total') return 'is not a score from 0 to 12';
  return undefined;
}

/** "is not a number", "is not text": what a value of the wrong type is not. */
function wrongType(expected: string | undefined, value: unknown): string {
  switch (expected) {
    case 'number':
      return 'is not a number';
    case 'int':
      return typeof value === 'number' ? 'is not a whole number' : 'is not a number';
    case 'string':
      return 'is not text';
    case 'boolean':
      return 'is not a yes or no';
    case 'array':
      return 'is not a list';
  }
  return 'is not in a form Regain can read';
}

/**
 * "its weight is outside 20–350 kg", "its date is not a real date": the fault,
 * in terms of what the file holds, without the record (see describeRecord).
 */
export function describeFault(table: string, kind: string | undefined, issue: RecordIssue, value: unknown): string {
  const path = issue.path.map(String);
  // A check across fields: the only one is SARC-F's total against its answers.
  if (path.length === 0) {
    if (table === 'mobilityTests') return 'its times and scores do not fit together';
    return table === 'sarcFResults' ? 'its total score does not match its answers' : 'it is not a record Regain can read';
  }
  if (issue.code === 'invalid_union' && path.join('.') === 'kind') return unknownKind(value);
  const words = fieldWordsOrGeneric(table, path, kind);
  if (value === undefined) return `${words} is missing`;
  const field = path.join('.');
  const range = outOfRange(table, field, kind);
  if (range && issue.code !== 'invalid_type') return `${words} ${range}`;
  if (DATE_FIELDS.has(field)) return `${words} ${isLocalDate(value) ? 'is in the future' : 'is not a real date'}`;
  if (TIMESTAMP_FIELDS.has(field)) return `${words} is not a real date and time`;
  switch (issue.code) {
    case 'invalid_type':
      return `${words} ${wrongType(issue.expected, value)}`;
    case 'invalid_value':
      return `${words} is not one Regain knows`;
    case 'too_big':
      if (issue.origin === 'array') return `${words} has more than ${Number(issue.maximum)} values`;
      return issue.origin === 'string' ? `${words} is longer than ${Number(issue.maximum)} characters` : `${words} is too long`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) <= 1 ? `${words} is empty` : `${words} is too short`;
    case 'invalid_format':
      if (field === 'id') return `${words} is not valid`;
      if (field === 'emergencyNumber') return `${words} is not a phone number`;
      if (field === 'reminderTime') return `${words} is not a time of day`;
      return `${words} is not in the form Regain writes`;
    case 'custom':
      // The text checks (a note, a region) refuse only HTML once the length is right.
      if (typeof value === 'string' && HTML_TAG.test(value)) return `${words} ${HAS_HTML}`;
      return `${words} is not valid`;
  }
  return `${words} is not valid`;
}

const HAS_HTML = 'contains HTML (such as <b> or <script>), which Regain never writes';

function unknownKind(value: unknown): string {
  if (value === undefined) return 'its kind is missing';
  const shown = typeof value === 'string' && value.length > 0 && value.length <= 40 && !HTML_TAG.test(value);
  return `it is a kind of entry Regain does not know${shown ? ` (${fileText(`“${value}”`)})` : ''}`;
}

// ── Whole sentences for one record ──────────────────────────────────────────

/** A record and what is wrong with it, then what to do: the sentence for any fault inside the data. */
function aboutRecord(table: string, rows: readonly unknown[], index: number, fault: string): string {
  return `${describeRecord(table, rows, index)}: ${fault}. ${CANNOT_RESTORE}`;
}

export function recordFaultMessage(table: string, rows: readonly unknown[], index: number, issue: RecordIssue, value: unknown): string {
  return aboutRecord(table, rows, index, describeFault(table, knownKind(rows[index]), issue, value));
}

export function notARecordMessage(table: string, rows: readonly unknown[], index: number): string {
  return aboutRecord(table, rows, index, 'it is not a record Regain can read');
}

export function noIdMessage(table: string, rows: readonly unknown[], index: number): string {
  return aboutRecord(table, rows, index, 'it has no valid id');
}

export function duplicateIdMessage(table: string, rows: readonly unknown[], index: number, firstIndex: number): string {
  const first = describeRecord(table, rows, firstIndex);
  const fault = `it has the same id as ${first.charAt(0).toLowerCase()}${first.slice(1)}, and each record needs its own`;
  return aboutRecord(table, rows, index, fault);
}

export function uncheckedRecordMessage(table: string, rows: readonly unknown[], index: number): string {
  return aboutRecord(table, rows, index, 'it could not be checked');
}

/** HTML anywhere in a record: in a field (a note) or in a key (a question id). */
export function htmlMessage(table: string, rows: readonly unknown[], index: number, path: readonly string[]): string {
  return aboutRecord(table, rows, index, `${fieldWordsOrGeneric(table, path, knownKind(rows[index]))} ${HAS_HTML}`);
}

export function timestampMessage(table: string, rows: readonly unknown[], index: number, field: string, problem: 'not-real' | 'future'): string {
  const words = fieldWordsOrGeneric(table, [field], knownKind(rows[index]));
  return aboutRecord(table, rows, index, `${words} ${problem === 'future' ? 'is later than now on this phone' : 'is not a real date and time'}`);
}

// ── Text from the file inside a message ─────────────────────────────────────

/** Names from a file go into messages: keep a hostile 1 MB "name" from flooding the screen. */
export function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Text from the file inside one of our sentences, isolated like a <bdi> would
 * (U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE) and without
 * its own direction controls: a table named "\u202Eabc" cannot turn the rest
 * of the sentence around.
 */
export function fileText(text: string): string {
  return `\u2068${withoutDirectionControls(text)}\u2069`;
}
