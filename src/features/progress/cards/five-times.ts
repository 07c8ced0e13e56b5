// The five-times sit-to-stand card: the fastest time of each week, where
// lower is better, against the AWGS 2019 and EWGSOP2 cut-offs.
import { detectChange, RELATIVE_CHANGE_RULE } from '../../../domain/change-detection';
import { FIVE_TIMES_SIT_TO_STAND_CUTOFFS } from '../../../domain/five-times-sit-to-stand-norms';
import { formatValue, weeksAgo } from '../progress-format';
import { plural } from '../../../ui/format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, statOf } from './chart-spec';
import { emptyCard, emptyState, medians, newestFirst, tableWeek, weekly } from './card-parts';
import { changeSentence, isRealDecline } from './change-words';
import { FIVE_TIMES_TEST_PATH } from '../../../ui/paths';

const FIVE_TIMES_LINK: CardLink = { to: FIVE_TIMES_TEST_PATH, label: 'Do the five-times sit-to-stand test' };

export function fiveTimesCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind['five-times-sit-to-stand'];
  const base = {
    id: 'five-times',
    title: 'Five-times sit-to-stand',
    hint: 'Your fastest time each week. A lower line is better: it means you are quicker.',
  };
  if (entries.length === 0) {
    return emptyCard(base, emptyState(ctx, ['five-times-sit-to-stand'], 'No five-times sit-to-stand results yet. Time how long it takes you to stand up five times to see this chart.', FIVE_TIMES_LINK));
  }
  const weeks = weekly(ctx, entries.map((e) => ({ day: e.day, value: e.seconds })));
  const result = detectChange(medians(weeks), 'lower', RELATIVE_CHANGE_RULE);
  const seconds = (n: number) => plural(Math.round(n * 10) / 10, 'second', 'seconds');
  const summary =
    result.status === 'one-week'
      ? `One week of results so far: your best time was ${seconds(weeks.find((w) => w.count > 0)!.min!)}. Do the test again next week to see a trend.`
      : changeSentence(result, ctx, { up: (a) => `${a} slower`, down: (a) => `${a} faster`, same: 'The same time as' }, seconds);
  const references = [...FIVE_TIMES_SIT_TO_STAND_CUTOFFS]
    .sort((a, b) => a.cutoffSeconds - b.cutoffSeconds)
    .map((c) => ({
      y: c.cutoffSeconds,
      label: `${c.cutoffSeconds} seconds: ${c.label.replace(/^Low/, 'low')}`,
    }));
  return {
    ...base,
    summary,
    chart: chartSpec(
      ctx,
      'your best five-times sit-to-stand time in seconds',
      'seconds',
      drawnPeriods(weeks),
      [{ style: { key: 'best', label: 'Best time', kind: 'line', ...SOLID }, values: statOf(weeks, 'min') }],
      references,
    ),
    table: {
      caption: 'Five-times sit-to-stand times each week, newest first. Lower is better.',
      columns: ['Week of', 'Best time', 'Median', 'Tests'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [
          tableWeek(w.start, ctx),
          formatValue(w.min!, 'seconds', ctx.units),
          formatValue(w.median!, 'seconds', ctx.units),
          String(w.count),
        ]);
      },
    },
    empty: null,
    notes: [],
    alerts: isRealDecline(result)
      ? [`Five-times sit-to-stand: ${seconds(result.delta)} slower since ${weeksAgo(result.baseline.start, ctx.window.lastWeek)}.`]
      : [],
  };
}
