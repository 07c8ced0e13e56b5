// Front matter of the ordinary content pages, checked at build time with the
// full zod (it never reaches the browser). Each kind adds what it needs to the
// fields every page has.
import { z } from 'zod';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const text = z.string().trim().min(1, 'must not be empty');

export const sourceIdsSchema = z
  .array(z.string().regex(KEBAB_CASE, 'source ids are kebab-case'), 'list the source ids, e.g. [cdc-steadi-chair-stand]')
  .min(1, 'list at least one source: every page names where its facts come from');

const common = {
  title: text,
  summary: text.max(160, 'keep the summary to one sentence of at most 160 characters'),
  sources: sourceIdsSchema,
};

export const learnPageSchema = z.strictObject({
  kind: z.literal('learn'),
  ...common,
  /** Position in the Learn list. */
  order: z.int('order must be a whole number'),
});

export const EXERCISE_CATEGORIES = ['strength-lower', 'strength-upper', 'balance', 'core', 'mobility'] as const;

export const exercisePageSchema = z.strictObject({
  kind: z.literal('exercise'),
  ...common,
  /** The lowest plan level it suits: 0 bed or chair, 1 assisted, 2 building, 3 strong. */
  level: z.int('level must be 0, 1, 2 or 3').min(0, 'level must be 0, 1, 2 or 3').max(3, 'level must be 0, 1, 2 or 3'),
  equipment: z.array(text).min(1, 'list the equipment, or ["none"]'),
  muscles: z.array(text).min(1, 'list the muscles it works'),
  category: z.enum(EXERCISE_CATEGORIES, `category must be one of ${EXERCISE_CATEGORIES.join(', ')}`),
  /** A line drawing of the movement: a file in content/pictures/, checked at build (see picture-svg.ts). */
  picture: z
    .string('every exercise needs a picture: name its SVG file in content/pictures/, e.g. sit-to-stand.svg')
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\.svg$/, 'name an SVG file in content/pictures/, e.g. sit-to-stand.svg'),
  /** What the picture shows, in plain words, for people who cannot see it. */
  pictureAlt: z
    .string("describe the picture in plain words, e.g. 'Left: sitting on a chair. Right: standing up tall.'")
    .trim()
    .min(1, 'must not be empty')
    .max(300, 'keep the description of the picture to at most 300 characters'),
});

export const sourcesPageSchema = z.strictObject({
  kind: z.literal('sources'),
  ...common,
  references: z
    .array(z.strictObject({ id: z.string().regex(KEBAB_CASE, 'reference ids are kebab-case'), citation: text }))
    .min(1, 'list the references'),
});

/** Sections every exercise page has, in this order, so every page reads the same way. */
export const EXERCISE_SECTIONS = ['What it is for', 'How to do it', 'Easier', 'Harder', 'Stay safe'] as const;
