import { PROGRESS_KINDS, type ProgressData } from '../../../src/db/progress-reads';
import type { LogEntry } from '../../../src/db/log-entry-schema';
import type { PlanProgress } from '../../../src/db/activity-schemas';
import type { MobilityTest } from '../../../src/db/mobility-schema';
import { defaultProfile } from '../../../src/db/profile-defaults';
import type { Profile } from '../../../src/db/profile-schema';
import { addDays, type LocalDate } from '../../../src/domain/dates';
import type { ProgressCard } from '../../../src/features/progress/card-types';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type EntryInput = DistributiveOmit<LogEntry, 'id' | 'createdAt' | 'updatedAt'>;

let counter = 0;
const id = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/** A complete, valid entry from the fields a test cares about. */
export function entry(input: EntryInput, hour = 10): LogEntry {
  const at = `${input.day}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  return { ...input, id: id(), createdAt: at, updatedAt: at } as LogEntry;
}

/** A complete mobility result from the fields a test cares about, done at `hour` o'clock on its day. */
export function mobility(input: DistributiveOmit<MobilityTest, 'id' | 'at'>, hour = 10): MobilityTest {
  return { ...input, id: id(), at: `${input.day}T${String(hour).padStart(2, '0')}:00:00.000Z` } as MobilityTest;
}

/** A chair-stand result without arms. */
export const stand = (day: string, reps: number) => entry({ kind: 'chair-stand-30s', day, reps, usedArms: false });

export function tick(day: LocalDate, itemId: string, done: boolean): PlanProgress {
  return { id: id(), day, itemId, done, updatedAt: `${day}T20:00:00.000Z` };
}

/** A Wednesday, so "this week" began two days earlier. */
export const TODAY: LocalDate = '2026-11-18';
export const weeksAgo = (weeks: number, dayOfWeek = 0) => addDays('2026-11-16', -7 * weeks + dayOfWeek);

export function progressData(
  entries: LogEntry[],
  options: {
    profile?: Partial<Profile>;
    planProgress?: PlanProgress[];
    from?: LocalDate | null;
    latestWeightKg?: number | null;
    lastDayBefore?: ProgressData['lastDayBefore'];
    mobilityTests?: MobilityTest[];
  } = {},
): ProgressData {
  const mobilityTests = options.mobilityTests ?? [];
  const days = [...entries.map((e) => e.day), ...(options.planProgress ?? []).map((p) => p.day), ...mobilityTests.map((t) => t.day)].sort();
  const weights = entries.filter((e): e is Extract<LogEntry, { kind: 'weight' }> => e.kind === 'weight').sort((a, b) => a.day.localeCompare(b.day));
  return {
    from: options.from ?? null,
    to: TODAY,
    profile: { ...defaultProfile(new Date('2026-01-01T00:00:00Z')), ...options.profile },
    entries: entries.filter((e): e is ProgressData['entries'][number] => (PROGRESS_KINDS as readonly string[]).includes(e.kind)),
    planProgress: options.planProgress ?? [],
    firstDay: days[0] ?? null,
    hasPlanProgress: (options.planProgress ?? []).length > 0,
    lastDayBefore: options.lastDayBefore ?? {},
    latestWeightKg: options.latestWeightKg !== undefined ? options.latestWeightKg : (weights.pop()?.kg ?? null),
    mobilityTests,
  };
}

/** The card with this id, or an error that lists the cards there are. */
export function card(cards: ProgressCard[], id: string): ProgressCard {
  const found = cards.find((c) => c.id === id);
  if (!found) throw new Error(`no card ${id}; have ${cards.map((c) => c.id).join(', ')}`);
  return found;
}

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * "3 Mar 2025": how a day should read on Progress with no country chosen
 * (British order), written out here rather than with the app's own formatter,
 * so a change to the formatter shows up as a failing test.
 */
export function shortDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${date} ${SHORT_MONTHS[month - 1]} ${year}`;
}
