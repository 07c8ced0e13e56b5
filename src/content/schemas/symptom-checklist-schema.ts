// Front matter of content/triage/symptom-checklist.md, checked at build time. A sign
// marked redFlag sends the person to the red-flag check, so the flag has to be an
// explicit true or false on every sign: a missing flag must fail the build rather
// than read as "not a red flag".

import { z } from 'zod';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.string().trim().min(1, 'must not be empty');
const kebabId = z.string().regex(KEBAB_CASE, 'must be kebab-case (lower-case words joined by "-")');

export const symptomSignSchema = z.strictObject({
  id: kebabId,
  text,
  redFlag: z.boolean({
    error: (issue) =>
      issue.input === undefined
        ? 'redFlag is missing: say true or false'
        : 'redFlag must be true or false',
  }),
});

export const symptomChecklistSchema = z
  .object({
    kind: z.literal('symptom-checklist'),
    title: text,
    summary: text,
    sources: z.array(kebabId).min(1, 'list at least one source id'),
    signs: z.array(symptomSignSchema).min(1, 'list the signs'),
  })
  .superRefine((checklist, ctx) => {
    checklist.sources.forEach((id, index) => {
      if (checklist.sources.indexOf(id) !== index) {
        ctx.addIssue({ code: 'custom', message: `source "${id}" is listed twice`, path: ['sources', index] });
      }
    });
    const firstIndex = new Map<string, number>();
    checklist.signs.forEach((sign, index) => {
      const first = firstIndex.get(sign.id);
      if (first === undefined) {
        firstIndex.set(sign.id, index);
      } else {
        ctx.addIssue({
          code: 'custom',
          message: `duplicate sign id "${sign.id}" (also sign ${first + 1}); ids must be unique`,
          path: ['signs', index, 'id'],
        });
      }
    });
  });

export type SymptomChecklist = z.infer<typeof symptomChecklistSchema>;
export type SymptomSign = z.infer<typeof symptomSignSchema>;
