import * as z from 'zod/mini';
import { isoTimestamp, pastOrToday, recordId } from './schema-helpers';

// Records written by the symptom, triage and plan features. They start small;
// later fields arrive through new schema versions (see schema-versions.ts).

export const symptomCheckInSchema = z.object({
  id: recordId(),
  day: pastOrToday(),
  at: isoTimestamp(),
  /** Ids of the signs ticked, from content/triage/symptom-checklist.md. */
  signIds: z.array(z.string()),
});
export type SymptomCheckIn = z.infer<typeof symptomCheckInSchema>;

export const triageRunSchema = z.object({
  id: recordId(),
  at: isoTimestamp(),
  level: z.enum(['emergency', 'urgent', 'soon', 'self-care'], 'Unknown urgency level.'),
  answers: z.record(z.string(), z.enum(['yes', 'no', 'not-sure'], 'Answer yes, no or not sure.')),
  // Added without a schema version: optional and not indexed, so older runs stay valid.
  /** Question ids that decided the level, in question order. */
  reasons: z.optional(z.array(z.string())),
  /** What the person was told, as shown then (the number filled in), in case the content changes later. */
  outcome: z.optional(z.object({ title: z.string(), action: z.string() })),
  /** When the symptoms started, if the person said. */
  startedWhen: z.optional(z.enum(['today', 'this-week', 'longer'], 'Choose today, this week or longer ago.')),
  /** Which side of the body, if the person said. */
  side: z.optional(z.enum(['left', 'right', 'both', 'not-one-side'], 'Choose left, right, both or not one side.')),
  /** What the person's saved data added to the outcome (a SARC-F score, a decline), as said then. */
  findings: z.optional(z.array(z.object({ id: z.string(), detail: z.string() }))),
  /** The earlier run of the same check whose answers this one changed: both stay in history. */
  amends: z.optional(z.string()),
});
export type TriageRun = z.infer<typeof triageRunSchema>;
export type SymptomStart = NonNullable<TriageRun['startedWhen']>;
export type SymptomSide = NonNullable<TriageRun['side']>;

const sarcFScore = z.literal([0, 1, 2], 'Each SARC-F answer scores 0, 1 or 2.');

/** One completed SARC-F screen (src/domain/sarc-f.ts): the five answers and their total. */
export const sarcFResultSchema = z
  .object({
    id: recordId(),
    day: pastOrToday(),
    at: isoTimestamp(),
    answers: z.object({
      strength: sarcFScore,
      walking: sarcFScore,
      rising: sarcFScore,
      stairs: sarcFScore,
      falls: sarcFScore,
    }),
    total: z.int('The SARC-F total is a whole number.').check(
      z.gte(0, 'The SARC-F total is between 0 and 10.'),
      z.lte(10, 'The SARC-F total is between 0 and 10.'),
    ),
  })
  .check(
    z.refine(
      (r) => r.total === r.answers.strength + r.answers.walking + r.answers.rising + r.answers.stairs + r.answers.falls,
      'The SARC-F total does not match the answers.',
    ),
  );
export type SarcFResult = z.infer<typeof sarcFResultSchema>;

export const planProgressSchema = z.object({
  id: recordId(),
  day: pastOrToday(),
  /** Which plan item was done that day, e.g. 'strength-lower'. */
  itemId: z.string().check(z.minLength(1, 'A plan item needs an id.')),
  done: z.boolean(),
  updatedAt: isoTimestamp(),
});
export type PlanProgress = z.infer<typeof planProgressSchema>;
