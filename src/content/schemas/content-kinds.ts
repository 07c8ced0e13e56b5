import type { ZodType } from 'zod';
import { exercisePageSchema, learnPageSchema, sourcesPageSchema } from './page-schemas';
import { redFlagCheckSchema } from './triage-schema';
import { symptomChecklistSchema } from './symptom-checklist-schema';
import { planSchema } from './plan-schema';

/**
 * Every kind of content file and the schema its front matter must pass. A new
 * kind (a plan, say) is one line here plus its schema file: the pipeline
 * validates, compiles and cross-checks it like the rest.
 */
export const CONTENT_KINDS = {
  learn: learnPageSchema,
  exercise: exercisePageSchema,
  sources: sourcesPageSchema,
  'red-flag-check': redFlagCheckSchema,
  'symptom-checklist': symptomChecklistSchema,
  plan: planSchema,
} satisfies Record<string, ZodType>;

export type ContentKind = keyof typeof CONTENT_KINDS;
