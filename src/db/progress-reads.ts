import { db } from './database';
import { entriesOfKind, latestOfKind } from './entries-reads';
import { defaultProfile, PROFILE_ID } from './profile-defaults';
import type { Profile } from './profile-schema';
import type { LogEntry, LogEntryKind } from './log-entry-schema';
import type { PlanProgress } from './activity-schemas';
import type { MobilityTest } from './mobility-schema';
import type { LocalDate } from '../domain/dates';

export interface ProgressData {
  /** The period this data was read for (a live query can briefly return the previous one). */
  from: LocalDate | null;
  to: LocalDate;
  profile: Profile;
  /** Entries of the charted kinds from `from` (or the first ever) to `to`, inclusive, in no particular order. */
  entries: Array<Extract<LogEntry, { kind: ProgressKind }>>;
  /** Plan ticks in the same days. */
  planProgress: PlanProgress[];
  /** The earliest day with an entry, a plan tick or a mobility result, or null when there is none. */
  firstDay: LocalDate | null;
  /** Whether any plan tick exists at all, in any period. */
  hasPlanProgress: boolean;
  /** For each kind with no entry in the period: the newest earlier day, for "your last one was on…". */
  lastDayBefore: Partial<Record<ProgressKind, LocalDate>>;
  /** The newest weight up to `to`, even when it is older than the period: protein targets use it. */
  latestWeightKg: number | null;
  /**
   * Every balance, walking, Timed Up and Go and SPPB result up to `to`, in any
   * period: their cards show once there is one result, and say when the last
   * one was when the period has none. A few a month at most, so all are read.
   */
  mobilityTests: MobilityTest[];
}

/** The kinds the Progress screen charts: the tests, the measurements and the daily habit (sit-to-stands, steps). */
export const PROGRESS_KINDS = [
  'chair-stand-30s',
  'five-times-sit-to-stand',
  'circumference',
  'weight',
  'grip',
  'protein',
  'sit-to-stand-count',
  'steps',
] as const satisfies readonly LogEntryKind[];
export type ProgressKind = (typeof PROGRESS_KINDS)[number];

/**
 * Everything the Progress screen draws, read in one transaction so the charts
 * and the profile (units, age, sex) always agree. `from` null reads every entry.
 */
export async function loadProgressData(from: LocalDate | null, to: LocalDate): Promise<ProgressData> {
  return db.transaction('r', [db.profile, db.entries, db.planProgress, db.mobilityTests], async () => {
    // Only the charted kinds, each through its [kind+day] index and only the
    // period's days: three years of daily steps and rep counts are a third of
    // all entries, and a shorter period needs only its own weeks of them.
    const [profile, byKind, planProgress, firstEntry, firstTick, mobilityTests] = await Promise.all([
      db.profile.get(PROFILE_ID),
      Promise.all(PROGRESS_KINDS.map((kind) => entriesOfKind(kind, from, to).toArray())),
      from === null
        ? db.planProgress.where('day').belowOrEqual(to).toArray()
        : db.planProgress.where('day').between(from, to, true, true).toArray(),
      db.entries.orderBy('day').first(),
      db.planProgress.orderBy('day').first(),
      db.mobilityTests.where('day').belowOrEqual(to).toArray(),
    ]);
    const entries = byKind.flat() as ProgressData['entries'];
    const missing = PROGRESS_KINDS.filter((_, i) => byKind[i]!.length === 0);
    const older = await Promise.all(missing.map((kind) => entriesOfKind(kind, null, to).last()));
    const lastDayBefore: ProgressData['lastDayBefore'] = {};
    missing.forEach((kind, i) => {
      const entry = older[i];
      if (entry) lastDayBefore[kind] = entry.day;
    });
    const firstMobility = mobilityTests.reduce<LocalDate | undefined>((first, t) => (first === undefined || t.day < first ? t.day : first), undefined);
    const firstDays = [firstEntry?.day, firstTick?.day, firstMobility].filter((d): d is LocalDate => d !== undefined).sort();
    return {
      from,
      to,
      profile: profile ?? defaultProfile(),
      entries,
      planProgress,
      firstDay: firstDays[0] ?? null,
      hasPlanProgress: firstTick !== undefined,
      lastDayBefore,
      latestWeightKg: await latestWeightKg(to),
      mobilityTests,
    };
  });
}

async function latestWeightKg(to: LocalDate): Promise<number | null> {
  return (await latestOfKind('weight', to))?.kg ?? null;
}
