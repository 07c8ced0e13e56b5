// The Timed Up and Go card: the quickest time of each week, where lower is
// better, against the CDC STEADI line (12 seconds or more: at risk of falling).
import { detectChange, RELATIVE_CHANGE_RULE } from '../../../domain/change-detection';
import { TUG_LINES } from '../../../domain/mobility-norms';
import { formatShortDay, plural } from '../../../ui/format';
import { formatNumber, formatValue, weeksAgo } from '../progress-format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, statOf } from './chart-spec';
import { medians, newestFirst, tableWeek, weekly } from './card-parts';
import { changeSentence, isRealDecline } from './change-words';
import { againstLines, guidelineName, olderOnly, resultsOf } from './mobility-parts';
import { TUG_TEST_PATH } from '../../../ui/paths';

const TUG_LINK: CardLink = { to: TUG_TEST_PATH, label: 'Do the Timed Up and Go' };
/** Progress shows the falls line only; the summary for a doctor shows the 20 s line too. */
const FALLS_LINE = TUG_LINES.find((l) => l.id === 'steadi-tug')!;

/** One card, or none before the first Timed Up and Go. */
export function tugCards(ctx: Context): ProgressCard[] {
  const { all, shown } = resultsOf(ctx, ['tug']);
  if (all.length === 0) return [];
  const base = {
    id: 'tug',
    title: 'Timed Up and Go',
    hint: 'Your quickest time each week to stand up, walk 3 metres, turn, walk back and sit down. A lower line is better: it means you are quicker.',
  };
  if (shown.length === 0) return [olderOnly(base, all[0]!.day, TUG_LINK)];
  const seconds = (n: number) => plural(Math.round(n * 10) / 10, 'second', 'seconds');
  // A result to the hundredth, as the stopwatch showed it: 11.99 s must not read as 12 beside the 12 s line.
  const exact = (n: number) => `${formatNumber(n, 2)} seconds`;
  const newest = shown[0]!;
  const newestWords =
    newest.seconds === 'unable'
      ? `Newest, ${formatShortDay(newest.day)}: you could not do it.`
      : `Newest, ${formatShortDay(newest.day)}: ${exact(newest.seconds)}. ${againstLines(
          [{ value: seconds(FALLS_LINE.value), flagged: FALLS_LINE.flags(newest.seconds) }],
          { worse: 'at or over', better: 'under', meaning: 'a higher risk of falling' },
        )}`;
  const timed = shown.flatMap((t) => (t.seconds === 'unable' ? [] : [{ day: t.day, value: t.seconds }]));
  if (timed.length === 0) return [{ ...base, summary: newestWords, chart: null, table: null, empty: null, notes: [], alerts: [] }];
  const weeks = weekly(ctx, timed);
  const result = detectChange(medians(weeks), 'lower', RELATIVE_CHANGE_RULE);
  const change = changeSentence(result, ctx, { up: (a) => `${a} slower`, down: (a) => `${a} quicker`, same: 'The same time as' }, seconds);
  return [
    {
      ...base,
      summary: change ? `${newestWords} ${change}` : newestWords,
      chart: chartSpec(ctx, 'your quickest Timed Up and Go in seconds', 'seconds', drawnPeriods(weeks), [
        { style: { key: 'best', label: 'Quickest time', kind: 'line', ...SOLID }, values: statOf(weeks, 'min') },
      ], [{ y: FALLS_LINE.value, label: `${seconds(FALLS_LINE.value)} or more: at risk of falling (${guidelineName(FALLS_LINE.source)})` }]),
      table: {
        caption: 'Timed Up and Go times each week, newest first. Lower is better.',
        columns: ['Week of', 'Quickest', 'Tests'],
        get rows() {
          return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), formatValue(w.min!, 'seconds', ctx.units), String(w.count)]);
        },
      },
      empty: null,
      notes: [],
      alerts: isRealDecline(result) ? [`Timed Up and Go: ${seconds(result.delta)} slower since ${weeksAgo(result.baseline.start, ctx.window.lastWeek)}.`] : [],
    },
  ];
}
