// The daily steps card: a typical day of each week, against the same steps
// goal the Plan screen shows.
import { addDays } from '../../../domain/dates';
import { dailyTotals } from '../../../domain/daily-totals';
import { DEFAULT_STEPS, STEPS_SOURCE, stepsTarget } from '../../../domain/steps-target';
import { formatNumber, weekName } from '../progress-format';
import { plural } from '../../../ui/format';
import type { Context, ProgressCard, ReferenceMark } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, statOf } from './chart-spec';
import { emptyCard, emptyState, latestWeeks, MEASUREMENTS_LINK, newestFirst, tableWeek, weekly } from './card-parts';

const whole = (n: number) => formatNumber(n, 0);

/**
 * Steps: a typical day of each week, the median of the days logged ("about
 * 5,200 steps a day"). The goal is said per day, so the figure is too; a
 * weekly total would shrink in a week with fewer days logged, and one long
 * walk would pull an average up, but not the median.
 */
export function dailyStepsCard(ctx: Context): ProgressCard {
  const base = {
    id: 'daily-steps',
    title: 'Daily steps',
    hint: 'Each point is a typical day that week: half the days you logged had more steps, half had fewer. Higher is better.',
  };
  const days = dailyTotals(ctx.byKind.steps.map((e) => ({ day: e.day, value: e.steps })));
  if (days.length === 0) {
    return emptyCard(
      base,
      emptyState(ctx, ['steps'], 'No steps logged yet. Add your steps each day as a measurement to see them here, week by week.', MEASUREMENTS_LINK),
    );
  }
  // The same goal the Plan screen shows today: it starts from each logged day of the last two weeks.
  const target = stepsTarget(days.filter((d) => d.day >= addDays(ctx.today, -14) && d.day <= ctx.today).map((d) => d.value));
  const references: ReferenceMark[] =
    target.kind === 'personal'
      ? [{ y: target.goal, label: `your goal, ${whole(target.goal)} steps a day` }]
      : [{ y: DEFAULT_STEPS.min, label: `${whole(DEFAULT_STEPS.min)} steps a day, where the general advice of ${whole(DEFAULT_STEPS.min)} to ${whole(DEFAULT_STEPS.max)} starts` }];
  const note =
    target.kind === 'personal'
      ? `Your goal starts from how much you have been walking: about ${whole(target.baseline)} steps a day over your last 7 logged days. Source: ${STEPS_SOURCE}.`
      : `Aim for ${whole(DEFAULT_STEPS.min)} to ${whole(DEFAULT_STEPS.max)} steps a day if you can manage it, or any more than you do now. Source: ${STEPS_SOURCE}.`;
  const weeks = weekly(ctx, days);
  const { latest, previous } = latestWeeks(ctx, weeks);
  const summary = [
    `${weekName(latest.start, ctx.window.lastWeek)}: about ${whole(latest.median!)} steps a day (${plural(latest.count, 'day', 'days')} logged).`,
    previous ? `Last week: about ${whole(previous.median!)} a day.` : null,
    target.kind === 'personal'
      ? `Your goal: ${whole(target.goal)} a day.`
      : `The general advice: ${whole(DEFAULT_STEPS.min)} to ${whole(DEFAULT_STEPS.max)} a day.`,
  ];
  return {
    ...base,
    summary: summary.filter((s) => s !== null).join(' '),
    chart: chartSpec(
      ctx,
      'your steps on a typical day (the middle of the days you logged)',
      'steps',
      drawnPeriods(weeks),
      [{ style: { key: 'typical', label: 'Typical day', kind: 'line', ...SOLID }, values: statOf(weeks, 'median') }],
      references,
    ),
    table: {
      caption: 'Steps each week, newest first. Typical day: the middle of the days you logged.',
      columns: ['Week of', 'Days logged', 'Typical day', 'Most in a day'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), String(w.count), whole(w.median!), whole(w.max!)]);
      },
    },
    empty: null,
    notes: [{ text: note }],
    alerts: [],
  };
}
