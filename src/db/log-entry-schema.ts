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

export const logEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('chair-stand-30s'),
    reps: withinLimit(MEASUREMENT_LIMITS.chairStandReps, { integer: true }),
    /** STEADI: needing the arms ends the test with a score of 0. */
    usedArms: z.boolean(),
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
