import type { CompiledPlan, ContentPage, SourceReference } from '../content-types';
import type { FrontMatterOf, ParsedContentFile } from './parse-content-file';
import { ContentError } from './content-error';

/**
 * Plans name exercises by slug; here each becomes a link to its library page
 * with its title, and the build fails if a plan names an exercise that does
 * not exist or a level is missing or doubled.
 */
export function compilePlans(
  parsed: ParsedContentFile[],
  pages: ContentPage[],
  sourcesOf: (item: ParsedContentFile) => SourceReference[],
): CompiledPlan[] {
  const exercises = new Map(pages.filter((p) => p.kind === 'exercise').map((p) => [p.path.split('/').pop()!, p]));
  const plans = parsed
    .filter((item) => item.kind === 'plan')
    .map((item) => {
      const plan = item.frontMatter as FrontMatterOf<'plan'>;
      return {
        level: plan.level,
        name: plan.name,
        title: plan.title,
        summary: plan.summary,
        introHtml: item.body.html,
        sources: sourcesOf(item),
        week: plan.week,
        sessions: plan.sessions.map((session, s) => ({
          ...session,
          exercises: session.exercises.map((step, e) => {
            const page = exercises.get(step.exercise);
            if (!page) throw new ContentError(item.file, `sessions.${s}.exercises.${e}.exercise`, `no exercise "${step.exercise}" in content/exercises/`);
            return { ...step, title: page.title, path: page.path };
          }),
        })),
        file: item.file,
      };
    })
    .sort((a, b) => a.level - b.level);

  for (let level = 0; level <= 3; level++) {
    const atLevel = plans.filter((p) => p.level === level);
    if (atLevel.length !== 1) {
      throw new ContentError(atLevel[1]?.file ?? 'content/plans', 'level', `expected exactly one plan at level ${level}, found ${atLevel.length}`);
    }
  }
  return plans.map(({ file: _file, ...plan }) => plan);
}
