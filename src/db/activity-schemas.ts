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
});
export type TriageRun = z.infer<typeof triageRunSchema>;

export const planProgressSchema = z.object({
  id: recordId(),
  day: pastOrToday(),
  /** Which plan item was done that day, e.g. 'strength-lower'. */
  itemId: z.string().check(z.minLength(1, 'A plan item needs an id.')),
  done: z.boolean(),
  updatedAt: isoTimestamp(),
});
export type PlanProgress = z.infer<typeof planProgressSchema>;
