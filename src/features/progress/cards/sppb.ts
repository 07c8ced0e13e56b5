// The SPPB card: the best score out of 12 of each week, with the newest
// score's three parts, against the two published lines for low physical
// performance (8 or fewer, 9 or fewer points).
import { assessSppb, SPPB_LOW_PERFORMANCE_LINES } from '../../../domain/sppb';
import { formatShortDay } from '../../../ui/format';
import type { CardLink, Context, ProgressCard } from '../card-types';
import { chartSpec, drawnPeriods, SOLID, statOf } from './chart-spec';
import { weekly } from './card-parts';
import { againstLines, guidelineName, olderOnly, resultDays, resultsOf } from './mobility-parts';
import { SPPB_TEST_PATH } from '../../../ui/paths';

const SPPB_LINK: CardLink = { to: SPPB_TEST_PATH, label: 'Do the SPPB' };
/** The whole 0–12 range, so a score reads against the top of the scale. */
const SCALE = { domain: [0, 12] as [number, number], ticks: [0, 3, 6, 9, 12] };

/** One card, or none before the first SPPB. */
export function sppbCards(ctx: Context): ProgressCard[] {
  const { all, shown } = resultsOf(ctx, ['sppb']);
  if (all.length === 0) return [];
  const base = {
    id: 'sppb',
    title: 'Physical performance (SPPB)',
    hint: 'Your best score each week, out of 12: up to 4 points each for balance, walking and standing up from a chair. Higher is better.',
  };
  if (shown.length === 0) return [olderOnly(base, all[0]!.day, SPPB_LINK)];
  const newest = shown[0]!;
  const lines = [...SPPB_LOW_PERFORMANCE_LINES].sort((a, b) => a.atMost - b.atMost);
  const position = againstLines(
    assessSppb(newest.total).map((l) => ({ value: `${l.atMost} points`, flagged: l.flagged })),
    { worse: 'at or under', better: 'over', meaning: 'low physical performance' },
  );
  const weeks = weekly(ctx, shown.map((t) => ({ day: t.day, value: t.total })));
  return [
    {
      ...base,
      summary: `Newest, ${formatShortDay(newest.day)}: ${newest.total} out of 12 (balance ${newest.balanceScore}, walking ${newest.walkScore}, chair stands ${newest.chairStandsScore}). ${position}`,
      chart: chartSpec(
        ctx,
        'your best SPPB score out of 12',
        'points',
        drawnPeriods(weeks),
        [{ style: { key: 'best', label: 'Best score', kind: 'line', ...SOLID }, values: statOf(weeks, 'max') }],
        lines.map((l) => ({ y: l.atMost, label: `${l.atMost} points or fewer: low physical performance (${guidelineName(l.source)})` })),
        { yScale: SCALE },
      ),
      table: {
        caption: 'SPPB scores, newest first. Each part is out of 4; higher is better.',
        columns: ['Date', 'Score', 'Balance', 'Walking', 'Chair stands'],
        get rows() {
          const days = resultDays(shown);
          return shown.map((t, i) => [days[i]!, `${t.total} of 12`, String(t.balanceScore), String(t.walkScore), String(t.chairStandsScore)]);
        },
      },
      empty: null,
      notes: [],
      alerts: [],
    },
  ];
}
