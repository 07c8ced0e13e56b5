// The walking speed card: the fastest usual-pace walk of each week, from the
// walking speed test and the SPPB's walk, against the published lines for low
// physical performance (0.8 m/s or slower; slower than 1.0 m/s).
import { detectChange, RELATIVE_CHANGE_RULE } from '../../../domain/change-detection';
import { assess, GAIT_SPEED_LINES } from '../../../domain/mobility-norms';
import { formatShortDay } from '../../../ui/format';
import { formatValue, toDisplay, weeksAgo } from '../progress-format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, round2, SOLID, statOf } from './chart-spec';
import { medians, newestFirst, tableWeek, weekly } from './card-parts';
import { changeSentence, isRealDecline } from './change-words';
import { fasterWalkSpeed as speedOf } from '../../../domain/faster-walk';
import { againstLines, guidelineName, olderOnly, resultsOf } from './mobility-parts';
import { WALKING_SPEED_TEST_PATH } from '../../../ui/paths';

const WALK_LINK: CardLink = { to: WALKING_SPEED_TEST_PATH, label: 'Do the walking speed test' };

/** One card, or none before the first walk. */
export function walkingSpeedCards(ctx: Context): ProgressCard[] {
  const { all, shown } = resultsOf(ctx, ['walk', 'sppb']);
  if (all.length === 0) return [];
  const base = {
    id: 'walking-speed',
    title: 'Walking speed',
    hint: 'Your fastest walk each week, at your usual pace, from the walking test or the SPPB. A higher line is better: it means you walk faster.',
  };
  if (shown.length === 0) return [olderOnly(base, all[0]!.day, WALK_LINK)];
  const speed = (v: number) => formatValue(v, 'speed', ctx.units);
  const lineValue = (l: (typeof GAIT_SPEED_LINES)[number]) => speed(l.value);
  const newest = shown[0]!;
  const newestSpeed = speedOf(newest);
  const newestWords =
    newestSpeed === null
      ? `Newest, ${formatShortDay(newest.day)}: you could not do the walk.`
      : `Newest, ${formatShortDay(newest.day)}: ${speed(newestSpeed)}. ${againstLines(
          assess(GAIT_SPEED_LINES, newestSpeed).map((l) => ({ value: lineValue(l), flagged: l.flagged })),
          { worse: 'at or under', better: 'at or over', meaning: 'low physical performance' },
        )}`;
  const timed = shown.flatMap((t) => {
    const v = speedOf(t);
    return v === null ? [] : [{ day: t.day, value: v }];
  });
  if (timed.length === 0) return [{ ...base, summary: newestWords, chart: null, table: null, empty: null, notes: [], alerts: [] }];
  const weeks = weekly(ctx, timed);
  const result = detectChange(medians(weeks), 'higher', RELATIVE_CHANGE_RULE);
  const change = changeSentence(result, ctx, { up: (a) => `${a} faster`, down: (a) => `${a} slower`, same: 'The same speed as' }, speed);
  const references = [...GAIT_SPEED_LINES]
    .sort((a, b) => a.value - b.value)
    .map((l) => ({
      y: round2(toDisplay(l.value, 'speed', ctx.units)),
      // "0.8 m/s or slower" where the line itself is flagged, "slower than 1.0 m/s" where it is not.
      label: `${l.flags(l.value) ? `${lineValue(l)} or slower` : `slower than ${lineValue(l)}`}: low physical performance (${guidelineName(l.source)})`,
    }));
  const sixMetres = GAIT_SPEED_LINES.find((l) => l.label.includes('6 m'));
  return [
    {
      ...base,
      summary: change ? `${newestWords} ${change}` : newestWords,
      chart: chartSpec(ctx, 'your fastest walking speed', 'speed', drawnPeriods(weeks), [
        { style: { key: 'best', label: 'Fastest walk', kind: 'line', ...SOLID }, values: statOf(weeks, 'max') },
      ], references),
      table: {
        caption: 'Fastest walking speed each week, newest first. Higher is better.',
        columns: ['Week of', 'Fastest', 'Walks timed'],
        get rows() {
          return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), speed(w.max!), String(w.count)]);
        },
      },
      empty: null,
      // The app times 4 m (or 3 m); say so beside the line set over a longer walk.
      notes: sixMetres ? [{ text: `The ${lineValue(sixMetres)} line was set for a 6-metre walk; yours is timed over 4 metres or 3, so compare with care.` }] : [],
      alerts: isRealDecline(result) ? [`Walking speed: ${speed(-result.delta)} slower since ${weeksAgo(result.baseline.start, ctx.window.lastWeek)}.`] : [],
    },
  ];
}
