// Front matter of content/triage/red-flag-check.md, checked at build time. The
// refinements hold the safety rules a content edit could otherwise break: emergency
// questions asked first, one question per id, every outcome present, and an
// emergency outcome that always says which number to call.

import { z } from 'zod';
import { QUESTION_LEVELS, TRIAGE_LEVELS, levelRank } from '../../domain/triage-engine';
import { checkTriageReachability } from '../../domain/triage-reachability';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The only placeholder the UI fills in; anything else in braces would show as-is. */
export const EMERGENCY_NUMBER_PLACEHOLDER = '{emergencyNumber}';

const text = z.string().trim().min(1, 'must not be empty');
const kebabId = z.string().regex(KEBAB_CASE, 'must be kebab-case (lower-case words joined by "-")');

export const triageLevelSchema = z.enum(TRIAGE_LEVELS);
export const questionLevelSchema = z.enum(QUESTION_LEVELS);

/** What to ask after the outcome when a question is answered yes: when it began, which side. */
export const FOLLOW_UPS = ['onset', 'side'] as const;

const ruleSources = z.array(kebabId).min(1, 'name the source of this rule (an id from the sources list)');

export const triageQuestionSchema = z.strictObject({
  id: kebabId,
  level: questionLevelSchema,
  sources: ruleSources,
  followUps: z.array(z.enum(FOLLOW_UPS)).optional(),
  text,
  help: text.optional(),
});

/** A fact the app already holds (a saved score, a decline) that sets a floor under the outcome. */
export const triageFindingSchema = z.strictObject({
  id: kebabId,
  level: questionLevelSchema,
  sources: ruleSources,
  /** Shown on the outcome as a reason, in plain words. */
  reason: text,
});

function outcomeSchema(level: (typeof TRIAGE_LEVELS)[number]) {
  return z.strictObject(
    {
      title: text,
      /** The one clear instruction, shown largest. */
      action: text,
      /** One to three sentences under the action. */
      body: text,
    },
    {
      error: (issue) =>
        issue.input === undefined ? `the ${level} outcome is missing` : undefined,
    },
  );
}

export const triageOutcomeSchema = outcomeSchema('self-care');

const sourcesSchema = z
  .array(kebabId)
  .min(1, 'list at least one source id')
  .superRefine((ids, ctx) => {
    ids.forEach((id, index) => {
      if (ids.indexOf(id) !== index) {
        ctx.addIssue({ code: 'custom', message: `source "${id}" is listed twice`, path: [index] });
      }
    });
  });

export const redFlagCheckSchema = z
  .object({
    kind: z.literal('red-flag-check'),
    title: text,
    summary: text,
    sources: sourcesSchema,
    questions: z.array(triageQuestionSchema).min(1, 'list the questions'),
    findings: z.array(triageFindingSchema).default([]),
    outcomes: z.strictObject({
      emergency: outcomeSchema('emergency'),
      urgent: outcomeSchema('urgent'),
      soon: outcomeSchema('soon'),
      'self-care': outcomeSchema('self-care'),
    }),
  })
  .superRefine((check, ctx) => {
    const { questions, outcomes, findings } = check;
    let problems = 0;
    const report = (message: string, path: (string | number)[]) => {
      problems += 1;
      ctx.addIssue({ code: 'custom', message, path });
    };

    const firstIndex = new Map<string, number>();
    questions.forEach((q, index) => {
      const first = firstIndex.get(q.id);
      if (first === undefined) {
        firstIndex.set(q.id, index);
      } else {
        report(`duplicate question id "${q.id}" (also question ${first + 1}); ids must be unique`, [
          'questions',
          index,
          'id',
        ]);
      }
    });

    findings.forEach((f, index) => {
      if (firstIndex.has(f.id) || findings.findIndex((other) => other.id === f.id) !== index) {
        report(`finding id "${f.id}" is used twice (or by a question); ids must be unique`, ['findings', index, 'id']);
      }
    });

    // Every rule names its source, from the sources the file lists (and the
    // pipeline checks those against content/sources.md).
    const listed = new Set(check.sources);
    const rules = [
      ...questions.map((q, index) => ({ sources: q.sources, path: ['questions', index, 'sources'] })),
      ...findings.map((f, index) => ({ sources: f.sources, path: ['findings', index, 'sources'] })),
    ];
    for (const rule of rules) {
      for (const source of rule.sources) {
        if (!listed.has(source)) report(`source "${source}" is not in the file's sources list`, rule.path);
      }
    }

    for (const level of QUESTION_LEVELS) {
      if (!questions.some((q) => q.level === level)) {
        report(`there is no ${level} question; each of emergency, urgent and soon needs at least one`, [
          'questions',
        ]);
      }
    }

    // Emergency, then urgent, then soon: each question must be no higher than the one
    // before it, so that the most dangerous signs are always asked about first.
    questions.forEach((q, index) => {
      const previous = questions[index - 1];
      if (previous && levelRank(q.level) > levelRank(previous.level)) {
        report(
          `question "${q.id}" (${q.level}) comes after "${previous.id}" (${previous.level}); ` +
            'order the questions emergency, then urgent, then soon',
          ['questions', index, 'level'],
        );
      }
    });

    if (!outcomes.emergency.action.includes(EMERGENCY_NUMBER_PLACEHOLDER)) {
      report(
        `the emergency outcome's action must contain ${EMERGENCY_NUMBER_PLACEHOLDER} so it says which number to call`,
        ['outcomes', 'emergency', 'action'],
      );
    }

    const texts: { path: (string | number)[]; value: string }[] = [];
    questions.forEach((q, index) => {
      texts.push({ path: ['questions', index, 'text'], value: q.text });
      if (q.help !== undefined) texts.push({ path: ['questions', index, 'help'], value: q.help });
    });
    for (const level of TRIAGE_LEVELS) {
      for (const field of ['title', 'action', 'body'] as const) {
        texts.push({ path: ['outcomes', level, field], value: outcomes[level][field] });
      }
    }
    findings.forEach((f, index) => texts.push({ path: ['findings', index, 'reason'], value: f.reason }));
    for (const { path, value } of texts) {
      for (const match of value.matchAll(/\{[^}]*\}/g)) {
        if (match[0] !== EMERGENCY_NUMBER_PLACEHOLDER) {
          report(
            `unknown placeholder ${match[0]}; the only one filled in is ${EMERGENCY_NUMBER_PLACEHOLDER}`,
            path,
          );
        }
      }
    }

    // Belt and braces: the pipeline also runs the reachability check, but running it
    // here means nothing that parses this schema can skip it. Only when the rules above
    // pass, so one mistake is not reported twice in different words.
    if (problems === 0) {
      for (const problem of checkTriageReachability(questions)) {
        ctx.addIssue({ code: 'custom', message: problem, path: ['questions'] });
      }
    }
  });

export type RedFlagCheck = z.infer<typeof redFlagCheckSchema>;
export type TriageQuestion = z.infer<typeof triageQuestionSchema>;
export type TriageFinding = z.infer<typeof triageFindingSchema>;
export type FollowUp = (typeof FOLLOW_UPS)[number];
export type TriageLevel = z.infer<typeof triageLevelSchema>;
export type TriageOutcome = z.infer<typeof triageOutcomeSchema>;
