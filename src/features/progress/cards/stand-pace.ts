// The 30-second chair stand as the phone felt it: the time each stand took,
// week by week, and for the newest test whether the last stands were slower
// than the first and how even the rises were. These are the person's own
// trend: no published norms exist for them, so the chart has no lines.
import { standQuality, type StandQuality } from '../../../domain/stand-quality';
import { formatShortDay, plural } from '../../../ui/format';
import { formatValue } from '../progress-format';
import type { Context, EntryOf, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, statOf } from './chart-spec';
import { newestFirst, tableWeek, weekly } from './card-parts';

type ChairStandEntry = EntryOf<'chair-stand-30s'>;

/** The report for one saved test; only the stand times and rise durations are stored. */
export function qualityOf(entry: ChairStandEntry): StandQuality {
  const rises = (entry.riseSeconds ?? []).map((riseSeconds) => ({ start: 0, top: 0, riseSeconds }));
  return standQuality({ standTimes: entry.standTimes ?? [], rises });
}

const FATIGUE_WORDS = {
  slower: 'your last stands were slower than your first',
  'about the same': 'you kept the same pace to the end',
  faster: 'your last stands were quicker than your first',
} as const;

const STEADINESS_WORDS = {
  steady: 'your rises were steady',
  'somewhat uneven': 'your rises were a little uneven',
  uneven: 'your rises were uneven',
} as const;

function newestSentence(entry: ChairStandEntry, quality: StandQuality): string {
  const parts = [
    `${quality.secondsPerStand!.toFixed(1)} seconds a stand`,
    quality.fatigue ? FATIGUE_WORDS[quality.fatigue] : null,
    quality.steadiness ? STEADINESS_WORDS[quality.steadiness] : null,
  ].filter((p): p is string => p !== null);
  const last = parts.length > 1 ? ` and ${parts.pop()!}` : '';
  return `Your newest test (${formatShortDay(entry.day)}): ${parts.join(', ')}${last}.`;
}

/** The period's 30-second tests the phone counted (at least two stands), with their reports. */
export function phoneCountedTests(ctx: Context): { entry: ChairStandEntry; quality: StandQuality }[] {
  return ctx.byKind['chair-stand-30s']
    .filter((e) => e.countedBy === 'motion' && (e.standTimes?.length ?? 0) >= 2)
    .map((entry) => ({ entry, quality: qualityOf(entry) }));
}

/** One card, or none when no 30-second test in the period was counted by the phone. */
export function standPaceCards(ctx: Context): ProgressCard[] {
  const measured = phoneCountedTests(ctx);
  if (measured.length === 0) return [];
  const weeks = weekly(ctx, measured.map(({ entry, quality }) => ({ day: entry.day, value: quality.secondsPerStand! })));
  const newest = measured.reduce((a, b) => (b.entry.day > a.entry.day || (b.entry.day === a.entry.day && b.entry.createdAt > a.entry.createdAt) ? b : a));
  return [
    {
      id: 'stand-pace',
      title: 'Your stands, felt by the phone',
      hint: 'Seconds for each stand in the 30-second test, when the phone counted. A lower line means quicker stands. This is your own trend, not a norm.',
      summary: newestSentence(newest.entry, newest.quality),
      chart: chartSpec(ctx, 'seconds for each stand in the 30-second chair stand test', 'seconds', drawnPeriods(weeks), [
        { style: { key: 'pace', label: 'Seconds a stand', kind: 'line', ...SOLID }, values: statOf(weeks, 'median') },
      ], []),
      table: {
        caption: 'Seconds for each stand, each week, newest first. Lower is quicker.',
        columns: ['Week of', 'Seconds a stand', 'Tests'],
        get rows() {
          return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), formatValue(w.median!, 'seconds', ctx.units), String(w.count)]);
        },
      },
      empty: null,
      notes: newest.quality.fatigue === null ? [{ text: `Whether you slow down shows from 6 stands in one test; the newest had ${plural(newest.entry.standTimes!.length, 'stand', 'stands')}.` }] : [],
      alerts: [],
    },
  ];
}
