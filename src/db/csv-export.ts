import { db } from './database';
import type { LogEntry, LogEntryKind } from './log-entry-schema';
import type { PlanProgress, SarcFResult, SymptomCheckIn, TriageRun } from './activity-schemas';
import type { MobilityTest, MobilityTestOf } from './mobility-schema';
import { ENTRY_KIND_LABELS } from './record-schemas';
import { toCsv, type CsvValue } from '../domain/csv';
import { toLocalDate } from '../domain/dates';

export interface CsvFile {
  /** 'weight', 'symptom-check-ins', …: also the middle of the file name. */
  id: string;
  label: string;
  fileName: string;
  rowCount: number;
  text: string;
}

type Column<T> = readonly [header: string, value: (row: T) => CsvValue];
type EntryOf<K extends LogEntryKind> = Extract<LogEntry, { kind: K }>;

// Units are in the column names; values are the stored canonical units (kg, cm, s, g).
const ENTRY_COLUMNS: { [K in LogEntryKind]: readonly Column<EntryOf<K>>[] } = {
  'chair-stand-30s': [
    ['stands_in_30_s', (e) => e.reps],
    ['used_arms', (e) => e.usedArms],
    // How it was counted (motion, tapped, typed) and what that gave before the person checked it.
    ['counted_by', (e) => e.countedBy],
    ['count_before_checking', (e) => e.rawCount],
    ['stand_times_s', (e) => e.standTimes?.join('; ')],
  ],
  'sit-to-stand-count': [['sit_to_stands', (e) => e.reps]],
  'five-times-sit-to-stand': [
    ['time_s', (e) => e.seconds],
    ['timed_by', (e) => e.timedBy],
    ['time_before_checking_s', (e) => e.rawSeconds],
    ['stand_times_s', (e) => e.standTimes?.join('; ')],
  ],
  circumference: [
    ['site', (e) => e.site],
    ['side', (e) => e.side],
    ['circumference_cm', (e) => e.cm],
  ],
  weight: [['weight_kg', (e) => e.kg]],
  grip: [
    ['side', (e) => e.side],
    ['grip_kg', (e) => e.kg],
  ],
  protein: [
    ['protein_g', (e) => e.grams],
    ['scope', (e) => e.scope],
  ],
  steps: [['steps', (e) => e.steps]],
};

function entryCsv<K extends LogEntryKind>(kind: K, entries: readonly LogEntry[], stamp: string): CsvFile {
  const rows = entries.filter((e): e is EntryOf<K> => e.kind === kind);
  const columns = ENTRY_COLUMNS[kind] as readonly Column<EntryOf<K>>[];
  const header = ['date', ...columns.map(([name]) => name), 'note', 'recorded_at', 'updated_at', 'id'];
  const body = rows.map((e) => [e.day, ...columns.map(([, value]) => value(e)), e.note, e.createdAt, e.updatedAt, e.id]);
  return { id: kind, label: ENTRY_KIND_LABELS[kind], fileName: `regain-${kind}-${stamp}.csv`, rowCount: rows.length, text: toCsv(header, body) };
}

function byDayThen(a: { day: string; at: string }, b: { day: string; at: string }): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : a.at < b.at ? -1 : a.at > b.at ? 1 : 0;
}

/**
 * One CSV file per kind of record: each kind of log entry, symptom check-ins,
 * red-flag checks, plan progress and SARC-F results. Kinds with no records are left out.
 */
export async function buildCsvFiles(now = new Date()): Promise<CsvFile[]> {
  const stamp = toLocalDate(now);
  const [entries, checkIns, triageRuns, plan, sarcF, mobility] = await db.transaction(
    'r',
    [db.entries, db.symptomCheckIns, db.triageRuns, db.planProgress, db.sarcFResults, db.mobilityTests],
    () =>
      Promise.all([
        db.entries.toArray(),
        db.symptomCheckIns.toArray(),
        db.triageRuns.toArray(),
        db.planProgress.toArray(),
        db.sarcFResults.toArray(),
        db.mobilityTests.toArray(),
      ]),
  );
  mobility.sort((a, b) => byDayThen(a, b));
  entries.sort((a, b) => byDayThen({ day: a.day, at: a.createdAt }, { day: b.day, at: b.createdAt }));
  checkIns.sort((a, b) => byDayThen(a, b));
  triageRuns.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  plan.sort((a, b) => byDayThen({ day: a.day, at: a.updatedAt }, { day: b.day, at: b.updatedAt }));
  sarcF.sort((a, b) => byDayThen(a, b));

  const files = (Object.keys(ENTRY_COLUMNS) as LogEntryKind[]).map((kind) => entryCsv(kind, entries, stamp));
  files.push(
    otherCsv<SymptomCheckIn>('symptom-check-ins', 'Symptom check-ins', stamp, checkIns, [
      ['date', (c) => c.day],
      ['checked_at', (c) => c.at],
      ['signs', (c) => c.signIds.join('; ')],
      ['id', (c) => c.id],
    ]),
    otherCsv<TriageRun>('red-flag-checks', 'Red-flag checks', stamp, triageRuns, [
      ['date', (t) => toLocalDate(new Date(t.at))],
      ['checked_at', (t) => t.at],
      ['result', (t) => t.level],
      ['answers', (t) => Object.entries(t.answers).map(([question, answer]) => `${question}: ${answer}`).join('; ')],
      ['id', (t) => t.id],
    ]),
    otherCsv<PlanProgress>('plan-progress', 'Plan progress', stamp, plan, [
      ['date', (p) => p.day],
      ['plan_item', (p) => p.itemId],
      ['done', (p) => p.done],
      ['updated_at', (p) => p.updatedAt],
      ['id', (p) => p.id],
    ]),
    otherCsv<SarcFResult>('sarc-f-results', 'SARC-F results', stamp, sarcF, [
      ['date', (r) => r.day],
      ['answered_at', (r) => r.at],
      ['strength_score', (r) => r.answers.strength],
      ['walking_score', (r) => r.answers.walking],
      ['rising_score', (r) => r.answers.rising],
      ['stairs_score', (r) => r.answers.stairs],
      ['falls_score', (r) => r.answers.falls],
      ['total_0_to_10', (r) => r.total],
      ['id', (r) => r.id],
    ]),
    ...mobilityCsvFiles(mobility, stamp),
  );
  return files.filter((file) => file.rowCount > 0);
}

function otherCsv<T>(id: string, label: string, stamp: string, rows: readonly T[], columns: readonly Column<T>[]): CsvFile {
  return {
    id,
    label,
    fileName: `regain-${id}-${stamp}.csv`,
    rowCount: rows.length,
    text: toCsv(
      columns.map(([name]) => name),
      rows.map((row) => columns.map(([, value]) => value(row))),
    ),
  };
}

const of = <K extends MobilityTest['kind']>(rows: readonly MobilityTest[], kind: K) => rows.filter((r): r is MobilityTestOf<K> => r.kind === kind);
const seconds = (value: number | 'unable' | null | undefined) => value ?? undefined;

/** Balance, walking speed, Timed Up and Go and SPPB: one file each. Times in seconds; "unable" where the person could not. */
function mobilityCsvFiles(rows: readonly MobilityTest[], stamp: string): CsvFile[] {
  return [
    otherCsv('balance-tests', 'Balance tests', stamp, of(rows, 'balance'), [
      ['date', (r) => r.day],
      ['done_at', (r) => r.at],
      ['feet_side_by_side_s', (r) => seconds(r.holds.sideBySide)],
      ['one_foot_half_in_front_s', (r) => seconds(r.holds.semiTandem)],
      ['feet_heel_to_toe_s', (r) => seconds(r.holds.tandem)],
      ['one_foot_s', (r) => seconds(r.holds.oneLeg)],
      ['ended_by', (r) => r.stoppedBy],
      ['id', (r) => r.id],
    ]),
    otherCsv('walking-speed-tests', 'Walking speed tests', stamp, of(rows, 'walk'), [
      ['date', (r) => r.day],
      ['done_at', (r) => r.at],
      ['course_m', (r) => r.courseMetres],
      ['first_walk_s', (r) => (r.walkSeconds === 'unable' ? 'unable' : r.walkSeconds[0])],
      ['second_walk_s', (r) => (r.walkSeconds === 'unable' ? 'unable' : r.walkSeconds[1])],
      ['timed_by', (r) => r.timedBy],
      ['id', (r) => r.id],
    ]),
    otherCsv('timed-up-and-go-tests', 'Timed Up and Go tests', stamp, of(rows, 'tug'), [
      ['date', (r) => r.day],
      ['done_at', (r) => r.at],
      ['time_s', (r) => r.seconds],
      ['timed_by', (r) => r.timedBy],
      ['id', (r) => r.id],
    ]),
    otherCsv('sppb-results', 'SPPB results', stamp, of(rows, 'sppb'), [
      ['date', (r) => r.day],
      ['done_at', (r) => r.at],
      ['feet_side_by_side_s', (r) => seconds(r.holds.sideBySide)],
      ['one_foot_half_in_front_s', (r) => seconds(r.holds.semiTandem)],
      ['feet_heel_to_toe_s', (r) => seconds(r.holds.tandem)],
      ['course_m', (r) => r.courseMetres],
      ['faster_walk_over_4_m_s', (r) => r.walkSeconds],
      ['five_stands_s', (r) => r.fiveStandsSeconds],
      ['balance_score_0_to_4', (r) => r.balanceScore],
      ['walk_score_0_to_4', (r) => r.walkScore],
      ['chair_stands_score_0_to_4', (r) => r.chairStandsScore],
      ['total_0_to_12', (r) => r.total],
      ['id', (r) => r.id],
    ]),
  ];
}
