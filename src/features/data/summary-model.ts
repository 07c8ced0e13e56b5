// What the clinician summary shows, worked out from the records: pure, so the
// numbers can be tested without rendering. Every comparison uses the norm
// functions in src/domain and carries their source. `buildClinicianSummary`
// finds the figures; `citeResults` words the table of results against
// cut-offs and numbers the sources it cites.
import type { LogEntry } from '../../db/log-entry-schema';
import type { Profile } from '../../db/profile-schema';
import type { SarcFResult, SymptomCheckIn, TriageRun } from '../../db/activity-schemas';
import type { MobilityTest } from '../../db/mobility-schema';
import { latestMobility, mobilityRows, type LatestMobility } from './summary-mobility';
import { addDays, ageOnDate, type LocalDate } from '../../domain/dates';
import { assessChairStand, type ChairStandAssessment } from '../../domain/chair-stand-norms';
import { assessFiveTimesSitToStand, type FiveTimesSitToStandResult } from '../../domain/five-times-sit-to-stand-norms';
import { assessGrip, type GripResult } from '../../domain/grip-norms';
import { assessCalf, leftRightGap, LEFT_RIGHT_GAP_SOURCE, type CalfResult } from '../../domain/calf-norms';
import { sarcFSuggestsAssessment, SARC_F_ASSESSMENT_THRESHOLD, SARC_F_SOURCE } from '../../domain/sarc-f';
import { median } from '../../domain/statistics';
import { formatNumber } from '../../domain/units';
import { formatShortDay } from '../../ui/format';

export const SUMMARY_WEEKS = 12;
/** Enough to show a pattern and still fit the summary on two pages. */
export const MAX_TRIAGE_RUNS = 5;

export interface WeekValue {
  median: number;
  count: number;
}

export interface SummaryWeek {
  from: LocalDate;
  to: LocalDate;
  chairStand: WeekValue | null;
  fiveTimes: WeekValue | null;
}

type Entry<K extends LogEntry['kind']> = Extract<LogEntry, { kind: K }>;

export interface SideReading {
  cm?: number;
  kg?: number;
  day: LocalDate;
}

export interface GapRow {
  what: 'calf' | 'thigh' | 'upper-arm' | 'grip';
  unit: 'cm' | 'kg';
  left: SideReading;
  right: SideReading;
  gap: number;
  /** null where the fact sheet sets no flag (upper arm, grip). */
  flagged: boolean | null;
  source: string | null;
}

export interface ClinicianSummary {
  today: LocalDate;
  age: number | null;
  weeks: SummaryWeek[];
  /** Change in the weekly median from the first to the last week with a result, or null. */
  chairStandChange: { from: SummaryWeek; to: SummaryWeek; amount: number } | null;
  fiveTimesChange: { from: SummaryWeek; to: SummaryWeek; amount: number } | null;
  latest: {
    chairStand: { entry: Entry<'chair-stand-30s'>; age: number | null; assessment: ChairStandAssessment | null } | null;
    fiveTimes: { entry: Entry<'five-times-sit-to-stand'>; results: FiveTimesSitToStandResult[] } | null;
    /** EWGSOP2 and AWGS use the stronger hand: the best of the latest left and right. */
    grip: { best: Entry<'grip'>; results: GripResult[] } | null;
    calf: { entry: Entry<'circumference'>; results: CalfResult[] }[];
    weight: Entry<'weight'> | null;
    sarcF: { result: SarcFResult; suggestsAssessment: boolean; threshold: number; source: string } | null;
    /** The newest SPPB, walk, Timed Up and Go and balance test; walking speed also in ft/s for imperial units. */
    mobility: LatestMobility & { units: Profile['units'] };
  };
  gaps: GapRow[];
  triageRuns: TriageRun[];
  triageRunCount: number;
  /** Symptom check-ins of the last 12 weeks, summed up by sign: most often ticked first. */
  signs: { id: string; count: number; lastDay: LocalDate }[];
  checkInCount: number;
  lastCheckIn: LocalDate | null;
}

/** The summary gives figures to one decimal: 12.5 stands, 14.3 s. */
function toTenth(n: number): number {
  return Math.round(n * 10) / 10;
}

function newestFirst<T extends { day: LocalDate; createdAt: string }>(a: T, b: T): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

function ofKind<K extends LogEntry['kind']>(entries: readonly LogEntry[], kind: K): Entry<K>[] {
  return entries.filter((e): e is Entry<K> => e.kind === kind).sort(newestFirst);
}

function weekValue(values: number[]): WeekValue | null {
  const middle = median(values);
  return middle === null ? null : { median: toTenth(middle), count: values.length };
}

function change(weeks: SummaryWeek[], pick: (w: SummaryWeek) => WeekValue | null) {
  const withData = weeks.filter((w) => pick(w) !== null);
  const from = withData[0];
  const to = withData[withData.length - 1];
  if (!from || !to || from === to) return null;
  return { from, to, amount: toTenth(pick(to)!.median - pick(from)!.median) };
}

export function buildClinicianSummary(
  input: {
    profile: Profile;
    entries: readonly LogEntry[];
    triageRuns: readonly TriageRun[];
    checkIns: readonly SymptomCheckIn[];
    sarcFResults?: readonly SarcFResult[];
    mobilityTests?: readonly MobilityTest[];
  },
  today: LocalDate,
): ClinicianSummary {
  const { profile, entries } = input;
  const firstDay = addDays(today, -(SUMMARY_WEEKS * 7 - 1));
  const chairStands = ofKind(entries, 'chair-stand-30s');
  const fiveTimes = ofKind(entries, 'five-times-sit-to-stand');

  // Twelve 7-day weeks ending today, oldest first.
  const weeks: SummaryWeek[] = [];
  for (let i = 0; i < SUMMARY_WEEKS; i += 1) {
    const from = addDays(firstDay, i * 7);
    const to = addDays(from, 6);
    const inWeek = <T extends { day: LocalDate }>(e: T) => e.day >= from && e.day <= to;
    weeks.push({
      from,
      to,
      chairStand: weekValue(chairStands.filter(inWeek).map((e) => e.reps)),
      fiveTimes: weekValue(fiveTimes.filter(inWeek).map((e) => e.seconds)),
    });
  }

  const ageOn = (day: LocalDate) => (profile.yearOfBirth === undefined ? null : ageOnDate(profile.yearOfBirth, day));

  const latestChair = chairStands[0];
  const latestFive = fiveTimes[0];
  const grips = ofKind(entries, 'grip');
  const circumferences = ofKind(entries, 'circumference');
  const latestOf = <T extends { side: 'left' | 'right' }>(rows: T[], side: 'left' | 'right') => rows.find((r) => r.side === side);

  const latestGrips = [latestOf(grips, 'left'), latestOf(grips, 'right')].filter((g) => g !== undefined);
  const bestGrip = latestGrips.sort((a, b) => b.kg - a.kg)[0];
  const calves = circumferences.filter((c) => c.site === 'calf');
  const latestCalves = [latestOf(calves, 'left'), latestOf(calves, 'right')].filter((c) => c !== undefined);

  const gaps: GapRow[] = [];
  for (const site of ['calf', 'thigh', 'upper-arm'] as const) {
    const rows = circumferences.filter((c) => c.site === site);
    const left = latestOf(rows, 'left');
    const right = latestOf(rows, 'right');
    if (!left || !right) continue;
    const gap = leftRightGap(left.cm, right.cm);
    // The 2 cm flag is set for calf and thigh only (clinical fact sheet).
    const flagged = site === 'upper-arm' ? null : gap.flagged;
    gaps.push({
      what: site,
      unit: 'cm',
      left: { cm: left.cm, day: left.day },
      right: { cm: right.cm, day: right.day },
      gap: gap.gapCm,
      flagged,
      source: flagged === null ? null : LEFT_RIGHT_GAP_SOURCE,
    });
  }
  const leftGrip = latestOf(grips, 'left');
  const rightGrip = latestOf(grips, 'right');
  if (leftGrip && rightGrip) {
    gaps.push({
      what: 'grip',
      unit: 'kg',
      left: { kg: leftGrip.kg, day: leftGrip.day },
      right: { kg: rightGrip.kg, day: rightGrip.day },
      gap: toTenth(Math.abs(leftGrip.kg - rightGrip.kg)),
      flagged: null,
      source: null,
    });
  }

  const triageRuns = [...input.triageRuns].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const checkIns = input.checkIns.filter((c) => c.day >= firstDay && c.day <= today);
  const signs = new Map<string, { id: string; count: number; lastDay: LocalDate }>();
  for (const checkIn of checkIns) {
    for (const id of new Set(checkIn.signIds)) {
      const sign = signs.get(id) ?? { id, count: 0, lastDay: checkIn.day };
      sign.count += 1;
      if (checkIn.day > sign.lastDay) sign.lastDay = checkIn.day;
      signs.set(id, sign);
    }
  }

  const latestSarcF = [...(input.sarcFResults ?? [])].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))[0];

  return {
    today,
    age: ageOn(today),
    weeks,
    chairStandChange: change(weeks, (w) => w.chairStand),
    fiveTimesChange: change(weeks, (w) => w.fiveTimes),
    latest: {
      chairStand: latestChair
        ? {
            entry: latestChair,
            age: ageOn(latestChair.day),
            assessment: ageOn(latestChair.day) === null ? null : assessChairStand(latestChair.reps, ageOn(latestChair.day)!, profile.sex),
          }
        : null,
      fiveTimes: latestFive ? { entry: latestFive, results: assessFiveTimesSitToStand(latestFive.seconds, ageOn(latestFive.day)) } : null,
      grip: bestGrip ? { best: bestGrip, results: assessGrip(bestGrip.kg, profile.sex) } : null,
      calf: latestCalves.map((entry) => ({ entry, results: assessCalf(entry.cm, profile.sex) })),
      weight: ofKind(entries, 'weight')[0] ?? null,
      sarcF: latestSarcF
        ? {
            result: latestSarcF,
            suggestsAssessment: sarcFSuggestsAssessment(latestSarcF.total),
            threshold: SARC_F_ASSESSMENT_THRESHOLD,
            source: SARC_F_SOURCE,
          }
        : null,
      mobility: { ...latestMobility(input.mobilityTests ?? []), units: profile.units },
    },
    gaps,
    triageRuns: triageRuns.slice(0, MAX_TRIAGE_RUNS),
    triageRunCount: triageRuns.length,
    signs: [...signs.values()].sort((a, b) => b.count - a.count || (a.lastDay < b.lastDay ? 1 : a.lastDay > b.lastDay ? -1 : 0)),
    checkInCount: checkIns.length,
    lastCheckIn: checkIns.reduce<LocalDate | null>((last, c) => (last === null || c.day > last ? c.day : last), null),
  };
}

// ----- Latest results against cut-offs, in words ----------------------------

export interface ResultRow {
  test: string;
  result: string;
  cutoff: string;
  finding: string;
  /** null where no cut-off applies (no year of birth, or under the norm's ages). */
  flagged: boolean | null;
  /** The number of the cited source, or null. */
  source: number | null;
}

/** Consecutive rows about the same result: the table shows its test and result once. */
export interface ResultGroup {
  test: string;
  result: string;
  rows: ResultRow[];
}

export interface CitedResults {
  groups: ResultGroup[];
  /** Whether any row cites a cut-off's source. */
  anyCutoff: boolean;
  /** The number the flagged left–right gaps cite, or null. */
  gapSource: number | null;
  /** The sources in the order first cited: number n is sources[n - 1]. */
  sources: string[];
}

/** Sources are numbered once and cited by number, to keep the page short. */
class SourceList {
  readonly list: string[] = [];
  cite(source: string): number {
    const at = this.list.indexOf(source);
    if (at >= 0) return at + 1;
    this.list.push(source);
    return this.list.length;
  }
}

const sexWord = (s: 'female' | 'male') => (s === 'female' ? 'women' : 'men');

/**
 * One row per cut-off. With no sex given a cut-off has a value for women and
 * one for men: both go in the same row ("16 kg (women) / 27 kg (men)").
 */
function bySex<T extends { sex: 'female' | 'male' }>(items: readonly T[], value: (item: T) => string, flagged: (item: T) => boolean) {
  const both = items.length > 1;
  return {
    cutoff: items.map((i) => `${value(i)}${both ? ` (${sexWord(i.sex)})` : ''}`).join(' / '),
    flaggedFor: items.filter(flagged).map((i) => sexWord(i.sex)),
    flagged: items.some(flagged),
    both,
    sexLabel: both ? '' : ` (${sexWord(items[0]!.sex)})`,
  };
}

function finding(flag: ReturnType<typeof bySex>, yes: string, no: string): string {
  if (!flag.flagged) return no;
  return flag.both && flag.flaggedFor.length === 1 ? `${yes} for ${flag.flaggedFor[0]}` : yes;
}

function resultRows(summary: ClinicianSummary, sources: SourceList): ResultRow[] {
  const rows: ResultRow[] = [];
  const { chairStand, fiveTimes, grip, calf, sarcF, mobility } = summary.latest;
  if (chairStand) {
    const { entry, assessment, age } = chairStand;
    const test = '30-second chair stand';
    const result = `${entry.reps} stands${entry.usedArms ? ' (needed arms: scored 0)' : ''}, ${formatShortDay(entry.day)}`;
    if (!assessment) {
      rows.push({ test, result, cutoff: 'No year of birth given: no norm applied', finding: '—', flagged: null, source: null });
    } else if (assessment.comparisons.length === 0) {
      rows.push({ test, result, cutoff: `Age ${age}: the STEADI table starts at 60; see the trend above`, finding: '—', flagged: null, source: null });
    } else {
      const first = assessment.comparisons[0]!.threshold;
      const flag = bySex(assessment.comparisons, (c) => String(c.threshold.belowAverageIfUnder), (c) => c.belowAverage);
      rows.push({
        test,
        result,
        cutoff: `Below average if fewer than ${flag.cutoff}${flag.sexLabel}, age ${first.band.replace('-', '–')}`,
        finding: finding(flag, 'Below average', 'Not below average'),
        flagged: flag.flagged,
        source: sources.cite(first.source),
      });
    }
  }
  if (fiveTimes) {
    const result = `${formatNumber(fiveTimes.entry.seconds, 1)} s, ${formatShortDay(fiveTimes.entry.day)}`;
    for (const r of fiveTimes.results) {
      rows.push({
        test: 'Five-times sit-to-stand',
        result,
        cutoff: `${r.label}: ${r.comparison === '>' ? 'over' : 'at or over'} ${r.cutoffSeconds} s`,
        finding: r.flagged ? 'Slower than the cut-off' : 'Within the cut-off',
        flagged: r.flagged,
        source: sources.cite(r.source),
      });
    }
  }
  if (grip) {
    const result = `${formatNumber(grip.best.kg, 1)} kg (${grip.best.side} hand, the stronger), ${formatShortDay(grip.best.day)}`;
    for (const standard of [...new Set(grip.results.map((r) => r.standard))]) {
      const results = grip.results.filter((r) => r.standard === standard);
      const flag = bySex(results, (r) => `${r.cutoffKg} kg`, (r) => r.low);
      rows.push({
        test: 'Grip strength',
        result,
        cutoff: `${standard}: low if under ${flag.cutoff}${flag.sexLabel}`,
        finding: finding(flag, 'Low', 'Not low'),
        flagged: flag.flagged,
        source: sources.cite(results[0]!.source),
      });
    }
  }
  for (const c of calf) {
    const flag = bySex(c.results, (r) => `${r.cutoffCm} cm`, (r) => r.low);
    rows.push({
      test: `Calf circumference, ${c.entry.side}`,
      result: `${formatNumber(c.entry.cm, 1)} cm, ${formatShortDay(c.entry.day)}`,
      cutoff: `${c.results[0]!.standard}: low if under ${flag.cutoff}${flag.sexLabel}`,
      finding: finding(flag, 'Low', 'Not low'),
      flagged: flag.flagged,
      source: sources.cite(c.results[0]!.source),
    });
  }
  if (sarcF) {
    rows.push({
      test: 'SARC-F questionnaire',
      result: `${sarcF.result.total} of 10, ${formatShortDay(sarcF.result.day)}`,
      cutoff: `${sarcF.threshold} or more suggests sarcopenia and warrants assessment`,
      finding: sarcF.suggestsAssessment ? 'At or over the cut-off' : 'Under the cut-off',
      flagged: sarcF.suggestsAssessment,
      source: sources.cite(sarcF.source),
    });
  }
  for (const row of mobilityRows(mobility, mobility.units)) rows.push({ ...row, source: sources.cite(row.source) });
  return rows;
}

function groupRows(rows: readonly ResultRow[]): ResultGroup[] {
  const groups: ResultGroup[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.test === row.test && last.result === row.result) last.rows.push(row);
    else groups.push({ test: row.test, result: row.result, rows: [row] });
  }
  return groups;
}

/**
 * The table of latest results against cut-offs, and the numbered sources the
 * page cites: the results' first, then the left–right gap's.
 */
export function citeResults(summary: ClinicianSummary): CitedResults {
  const sources = new SourceList();
  const rows = resultRows(summary, sources);
  const gapSource = summary.gaps.find((g) => g.source)?.source;
  return {
    groups: groupRows(rows),
    anyCutoff: rows.some((r) => r.source !== null),
    gapSource: gapSource ? sources.cite(gapSource) : null,
    sources: sources.list,
  };
}
