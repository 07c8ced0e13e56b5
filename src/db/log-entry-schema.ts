import * as z from 'zod/mini';
import { MEASUREMENT_LIMITS } from '../domain/measurement-limits';
import { isoTimestamp, pastOrToday, recordId, shortText, withinLimit } from './schema-helpers';

// One table holds every kind of daily log, told apart by `kind`. Values are
// stored in canonical units (kg, cm, s, g) and converted only for display.

const base = {
  id: recordId(),
  day: pastOrToday(),
  createdAt: isoTimestamp(),
  updatedAt: isoTimestamp(),
  note: z.optional(shortText(500, 'A note')),
};

const side = z.enum(['left', 'right'], 'Choose left or right.');

// How a guided test was measured (all optional: older entries and backups have
// none). Lists are bounded so a hostile backup cannot store megabytes in one entry.
const measuredBy = () => z.optional(z.enum(['motion', 'tapped', 'typed'], 'Choose motion, tapped or typed.'));
/** At most 60 stands fit in a test; each time is seconds from "Go", a test lasting at most 120 s. */
export const STAND_LIST_MAX = 60;
export const STAND_TIME_MAX_S = 120;
/** Rising from a chair takes about a second; 20 s is far beyond any real rise. */
export const RISE_MAX_S = 20;
const secondsList = (max: number, what: string) =>
  z.optional(
    z
      .array(
        z.number(`${what} must be numbers.`).check(
          z.refine((n) => Number.isFinite(n), `${what} must be numbers.`),
          z.gte(0, `${what} must be between 0 and ${max} seconds.`),
          z.lte(max, `${what} must be between 0 and ${max} seconds.`),
        ),
        `${what} must be a list.`,
      )
      .check(z.maxLength(STAND_LIST_MAX, `${what} can hold at most ${STAND_LIST_MAX} values.`)),
  );
/** What the phone recorded of each stand; the Progress screen charts them over weeks. */
const motionDetails = {
  /** Seconds from "Go" at which each stand was completed. */
  standTimes: secondsList(STAND_TIME_MAX_S, 'Stand times'),
  /** How long each rise from sitting to standing took, in seconds. */
  riseSeconds: secondsList(RISE_MAX_S, 'Rise times'),
  /** The screen locked or the app was left during the test: the result may be short. */
  interrupted: z.optional(z.boolean()),
};

export const logEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('chair-stand-30s'),
    reps: withinLimit(MEASUREMENT_LIMITS.chairStandReps, { integer: true }),
    /** STEADI: needing the arms ends the test with a score of 0. */
    usedArms: z.boolean(),
    countedBy: measuredBy(),
    /** What the phone or the taps gave, before the person corrected it. */
    rawCount: z.optional(withinLimit(MEASUREMENT_LIMITS.chairStandReps, { integer: true })),
    ...motionDetails,
  }),
  z.object({
    ...base,
    kind: z.literal('sit-to-stand-count'),
    reps: withinLimit(MEASUREMENT_LIMITS.dailySitToStandReps, { integer: true }),
  }),
  z.object({
    ...base,
    kind: z.literal('five-times-sit-to-stand'),
    seconds: withinLimit(MEASUREMENT_LIMITS.fiveTimesSitToStandSeconds),
    timedBy: measuredBy(),
    /** The time the phone or the tap gave, before the person corrected it (0–120 s). */
    rawSeconds: z.optional(withinLimit({ ...MEASUREMENT_LIMITS.fiveTimesSitToStandSeconds, min: 0 })),
    ...motionDetails,
  }),
  z.object({
    ...base,
    kind: z.literal('circumference'),
    site: z.enum(['calf', 'thigh', 'upper-arm'], 'Choose calf, thigh or upper arm.'),
    side,
    cm: withinLimit(MEASUREMENT_LIMITS.circumferenceCm),
  }),
  z.object({ ...base, kind: z.literal('weight'), kg: withinLimit(MEASUREMENT_LIMITS.weightKg) }),
  z.object({ ...base, kind: z.literal('grip'), side, kg: withinLimit(MEASUREMENT_LIMITS.gripKg) }),
  z.object({
    ...base,
    kind: z.literal('protein'),
    grams: withinLimit(MEASUREMENT_LIMITS.proteinG),
    scope: z.enum(['meal', 'day'], 'Choose one meal or the whole day.'),
  }),
  z.object({ ...base, kind: z.literal('steps'), steps: withinLimit(MEASUREMENT_LIMITS.steps, { integer: true }) }),
]);

export type LogEntry = z.infer<typeof logEntrySchema>;
export type LogEntryKind = LogEntry['kind'];
