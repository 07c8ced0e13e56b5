// What the clinician summary shows, worked out from the records: pure, so the
// numbers can be tested without rendering. Every comparison uses the norm
// functions in src/domain and carries their source.
import type { LogEntry } from '../../db/log-entry-schema';
import type { Profile } from '../../db/profile-schema';
import type { SarcFResult, SymptomCheckIn, TriageRun } from '../../db/activity-schemas';
import { addDays, ageOnDate, type LocalDate } from '../../domain/dates';
import { assessChairStand, type ChairStandAssessment } from '../../domain/chair-stand-norms';
import { assessFiveTimesSitToStand, type FiveTimesSitToStandResult } from '../../domain/five-times-sit-to-stand-norms';
import { assessGrip, type GripResult } from '../../domain/grip-norms';
import { assessCalf, leftRightGap, LEFT_RIGHT_GAP_SOURCE, type CalfResult } from '../../domain/calf-norms';
import { sarcFSuggestsAssessment, SARC_F_ASSESSMENT_THRESHOLD, SARC_F_SOURCE } from '../../domain/sarc-f';

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
  };
  gaps: GapRow[];
  triageRuns: TriageRun[];
  triageRunCount: number;
  /** Symptom check-ins of the last 12 weeks, summed up by sign: most often ticked first. */
  signs: { id: string; count: number; lastDay: LocalDate }[];
  checkInCount: number;
  lastCheckIn: LocalDate | null;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return Math.round(value * 10) / 10;
}

function newestFirst<T extends { day: LocalDate; createdAt: string }>(a: T, b: T): number {
  if (a.day !== b.day) return a.day < b.day ? 1 : -1;
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

function ofKind<K extends LogEntry['kind']>(entries: readonly LogEntry[], kind: K): Entry<K>[] {
  return entries.filter((e): e is Entry<K> => e.kind === kind).sort(newestFirst);
}

function weekValue(values: number[]): WeekValue | null {
  return values.length ? { median: median(values), count: values.length } : null;
}

function change(weeks: SummaryWeek[], pick: (w: SummaryWeek) => WeekValue | null) {
  const withData = weeks.filter((w) => pick(w) !== null);
  const from = withData[0];
  const to = withData[withData.length - 1];
  if (!from || !to || from === to) return null;
  return { from, to, amount: Math.round((pick(to)!.median - pick(from)!.median) * 10) / 10 };
}

export function buildClinicianSummary(
  input: {
    profile: Profile;
    entries: readonly LogEntry[];
    triageRuns: readonly TriageRun[];
    checkIns: readonly SymptomCheckIn[];
    sarcFResults?: readonly SarcFResult[];
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
      gap: Math.round(Math.abs(leftGrip.kg - rightGrip.kg) * 10) / 10,
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
    },
    gaps,
    triageRuns: triageRuns.slice(0, MAX_TRIAGE_RUNS),
    triageRunCount: triageRuns.length,
    signs: [...signs.values()].sort((a, b) => b.count - a.count || (a.lastDay < b.lastDay ? 1 : a.lastDay > b.lastDay ? -1 : 0)),
    checkInCount: checkIns.length,
    lastCheckIn: checkIns.reduce<LocalDate | null>((last, c) => (last === null || c.day > last ? c.day : last), null),
  };
}
