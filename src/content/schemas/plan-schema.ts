// Front matter of content/plans/*.md, checked at build time. A plan is a week
// of sessions built from the exercise library; the pipeline also checks that
// every exercise it names exists.
import { z } from 'zod';
import { sourceIdsSchema } from './page-schemas';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must not be empty');
const kebabId = z.string().regex(KEBAB_CASE, 'must be kebab-case (lower-case words joined by "-")');
const whole = (min: number, max: number, what: string) =>
  z.int(`${what} must be a whole number`).min(min, `${what} must be ${min} to ${max}`).max(max, `${what} must be ${min} to ${max}`);

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export const SESSION_FOCUSES = ['strength-lower', 'strength-upper', 'strength-full', 'balance-core', 'mobility'] as const;

const planExerciseSchema = z
  .strictObject({
    /** Slug of a page in content/exercises/. */
    exercise: kebabId,
    sets: whole(1, 10, 'sets'),
    reps: whole(1, 50, 'reps').optional(),
    seconds: whole(5, 600, 'seconds').optional(),
    restSeconds: whole(0, 600, 'restSeconds'),
    /** How hard it should feel, in the person's words. */
    effort: text,
  })
  .refine((e) => (e.reps === undefined) !== (e.seconds === undefined), 'give either reps or seconds, not both');

const sessionSchema = z.strictObject({
  id: kebabId,
  title: text,
  focus: z.enum(SESSION_FOCUSES, `focus must be one of ${SESSION_FOCUSES.join(', ')}`),
  exercises: z.array(planExerciseSchema).min(1, 'a session needs at least one exercise'),
});

export const planSchema = z
  .strictObject({
    kind: z.literal('plan'),
    title: text,
    summary: text.max(160, 'keep the summary to one sentence of at most 160 characters'),
    sources: sourceIdsSchema,
    level: whole(0, 3, 'level'),
    /** Short name shown in the level picker. */
    name: text,
    sessions: z.array(sessionSchema).min(1, 'list the sessions'),
    week: z.strictObject(Object.fromEntries(WEEKDAYS.map((day) => [day, z.array(kebabId)])) as Record<(typeof WEEKDAYS)[number], z.ZodArray<z.ZodString>>),
  })
  .superRefine((plan, ctx) => {
    const ids = plan.sessions.map((s) => s.id);
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) ctx.addIssue({ code: 'custom', message: `session id "${id}" is used twice`, path: ['sessions', index, 'id'] });
    });
    for (const day of WEEKDAYS) {
      plan.week[day].forEach((id, index) => {
        if (!ids.includes(id)) ctx.addIssue({ code: 'custom', message: `no session "${id}" in this plan`, path: ['week', day, index] });
      });
    }
    const strength = (id: string) => plan.sessions.find((s) => s.id === id)?.focus.startsWith('strength');
    if (WEEKDAYS.every((day) => plan.week[day].some(strength))) {
      ctx.addIssue({ code: 'custom', message: 'the week needs at least one rest day from strength work', path: ['week'] });
    }
  });

export type Plan = z.infer<typeof planSchema>;
export type PlanSession = Plan['sessions'][number];
export type Weekday = (typeof WEEKDAYS)[number];
