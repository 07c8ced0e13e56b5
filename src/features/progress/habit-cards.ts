// The daily habit, week by week: the sit-to-stands logged on Today and the
// steps logged as a measurement. The other cards chart tests and measurements;
// these show whether the everyday work is being done. Pure, like those cards.
import { addDays } from '../../domain/dates';
import { dailyTotals } from '../../domain/daily-totals';
import { DEFAULT_STEPS, STEPS_SOURCE, stepsTarget } from '../../domain/steps-target';
import type { WeekStats } from '../../domain/weekly-aggregation';
import { niceScale } from './nice-scale';
import { formatNumber, plural, weekName } from './progress-format';
import {
  chartSpec,
  drawnPeriods,
  emptyCard,
  emptyState,
  MEASUREMENTS_LINK,
  newestFirst,
  SOLID,
  statOf,
  sumOf,
  tableWeek,
  weekly,
  type CardLink,
  type Context,
  type ProgressCard,
  type ReferenceMark,
} from './card-parts';

const TODAY_LINK: CardLink = { to: '/', label: 'Log sit-to-stands on Today' };

/** The newest week with something logged, and the week before it when the newest is the current one. */
function latestWeeks(ctx: Context, weeks: readonly WeekStats[]): { latest: WeekStats; previous: WeekStats | null } {
  const latest = [...weeks].reverse().find((w) => w.count > 0)!;
  const before = weeks[weeks.indexOf(latest) - 1];
  const previous = latest.start === ctx.window.lastWeek && before && before.count > 0 ? before : null;
  return { latest, previous };
}

const whole = (n: number) => formatNumber(n, 0);

/**
 * Sit-to-stands: each week's total and the number of days it came from
 * ("95 sit-to-stands on 5 days"). Both are counts a person can check against
 * their own memory of the week, and both grow by doing a few more on more
 * days. A weekly median of daily sums would be a number nobody actually did,
 * and would need explaining to someone who does not read charts.
 */
export function dailyRepsCard(ctx: Context): ProgressCard {
  const base = {
    id: 'daily-reps',
    title: 'Daily sit-to-stands',
    hint: 'Each bar adds up the sit-to-stands you logged in one week. More is better.',
  };
  // A day's sets add up. A logged 0 adds nothing, and is not a day of sit-to-stands.
  const days = dailyTotals(ctx.byKind['sit-to-stand-count'].map((e) => ({ day: e.day, value: e.reps }))).filter((d) => d.value > 0);
  if (days.length === 0) {
    return emptyCard(
      base,
      emptyState(ctx, ['sit-to-stand-count'], 'No sit-to-stands logged yet. Log your sit-to-stands on Today to see them here, week by week.', TODAY_LINK),
    );
  }
  const weeks = weekly(ctx, days);
  const { latest, previous } = latestWeeks(ctx, weeks);
  const summary = [
    `${weekName(latest.start, ctx.window.lastWeek)}: ${plural(sumOf(latest)!, 'sit-to-stand', 'sit-to-stands')} on ${plural(latest.count, 'day', 'days')}.`,
    previous ? `Last week: ${whole(sumOf(previous)!)} on ${plural(previous.count, 'day', 'days')}.` : null,
  ];
  const merged = drawnPeriods(weeks);
  const totals = merged.map(sumOf);
  return {
    ...base,
    summary: summary.filter((s) => s !== null).join(' '),
    chart: chartSpec(
      ctx,
      'the sit-to-stands you logged, in total',
      'reps',
      merged,
      [{ style: { key: 'total', label: 'Total for the week', kind: 'bar', ...SOLID }, values: totals }],
      [],
      // Bars start at 0: a bar cut off at 40 would make 60 look like three times 45.
      { yScale: niceScale([0, ...totals.filter((t): t is number => t !== null)], { integers: true }) },
    ),
    table: {
      caption: 'Sit-to-stands each week, newest first.',
      columns: ['Week of', 'Days', 'Total', 'Most in a day'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), String(w.count), whole(sumOf(w)!), whole(w.max!)]);
      },
    },
    empty: null,
    notes: [],
    alerts: [],
  };
}

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
