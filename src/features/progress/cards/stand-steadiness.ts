// The rest of the phone's report on the 30-second chair stand, week by week: whether the last stands were
// slower than the first, and how much the rises varied. Both are the person's own trend, in percent, with
// no norm lines (none are published), and lower is better for both.
import type { Context, ProgressCard } from '../card-types';
import { formatValue } from '../progress-format';
import { chartSpec, DASHED_BLUE, drawnPeriods, SOLID, statOf } from './chart-spec';
import { newestFirst, tableWeek, weekly } from './card-parts';
import { phoneCountedTests } from './stand-pace';

const SLOWING = 'Slower at the end';
const VARYING = 'Rises varied';

/** One card, or none when no phone-counted 30-second test in the period has enough stands to say either. */
export function standSteadinessCards(ctx: Context): ProgressCard[] {
  const measured = phoneCountedTests(ctx).filter(({ quality }) => quality.fatigueChange !== null || quality.riseVariation !== null);
  if (measured.length === 0) return [];
  const weeksOf = (value: (q: (typeof measured)[number]['quality']) => number | null) =>
    weekly(ctx, measured.flatMap(({ entry, quality }) => (value(quality) === null ? [] : [{ day: entry.day, value: 100 * value(quality)! }])));
  const slowing = weeksOf((q) => q.fatigueChange);
  const varying = weeksOf((q) => q.riseVariation);
  const tests = weekly(ctx, measured.map(({ entry }) => ({ day: entry.day, value: 0 })));
  const size = (value: number) => formatValue(Math.abs(value), 'percent', ctx.units);
  const percent = (value: number | null) => (value === null ? 'not known' : formatValue(value, 'percent', ctx.units));
  /** "12 % slower", "3 % quicker", "the same": a minus sign is easy to miss. */
  const slowerOrQuicker = (value: number | null) => (value === null ? 'not known' : Math.round(value) === 0 ? 'the same' : `${size(value)} ${value > 0 ? 'slower' : 'quicker'}`);
  const latest = [...tests].reverse().find((week) => week.count > 0)!;
  const k = tests.indexOf(latest);
  return [
    {
      id: 'stand-steadiness',
      title: 'Slowing down and even rises, felt by the phone',
      hint: `${SLOWING}: how much slower your last stands were than your first (below 0: quicker). ${VARYING}: how much your time to rise changed from stand to stand. Lower is better for both. Your own trend, not a norm.`,
      summary: latestSentence(slowing[k]!.median, varying[k]!.median, size),
      chart: chartSpec(ctx, 'slowing down and how much the rises varied in the 30-second chair stand test', 'percent', drawnPeriods(tests), [
        { style: { key: 'slowing', label: SLOWING, kind: 'line', ...SOLID }, values: statOf(slowing, 'median') },
        { style: { key: 'varying', label: VARYING, kind: 'line', ...DASHED_BLUE }, values: statOf(varying, 'median') },
      ], []),
      table: {
        caption: 'Each week, newest first: how much slower (or quicker) the last stands were than the first, and how much the rises varied.',
        columns: ['Week of', 'Last stands against first', VARYING, 'Tests'],
        get rows() {
          return newestFirst(tests.map((week, i) => ({ start: week.start, count: week.count, slowing: slowing[i]!.median, varying: varying[i]!.median })))
            .filter((week) => week.count > 0)
            .map((week) => [tableWeek(week.start, ctx), slowerOrQuicker(week.slowing), percent(week.varying), String(week.count)]);
        },
      },
      empty: null,
      notes: slowing.every((week) => week.count === 0) ? [{ text: 'Whether you slow down shows from 6 stands in one test.' }] : [],
      alerts: [],
    },
  ];
}

/** The newest week in words: "In your latest week, your last stands were 12 % slower than your first, and your rise times varied by 9 %." */
function latestSentence(slowing: number | null, varying: number | null, size: (value: number) => string): string {
  const parts = [
    slowing === null
      ? null
      : Math.round(slowing) === 0
        ? 'your last stands were as quick as your first'
        : `your last stands were ${size(slowing)} ${slowing > 0 ? 'slower' : 'quicker'} than your first`,
    varying === null ? null : Math.round(varying) === 0 ? 'your rise times did not vary' : `your rise times varied by ${size(varying)}`,
  ].filter((part): part is string => part !== null);
  return `In your latest week, ${parts.join(', and ')}.`;
}
