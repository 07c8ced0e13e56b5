// The 30-second chair stand card: the best and the median of each week's
// tests, against the CDC STEADI below-average line for the person's age.
import { ageOnDate } from '../../../domain/dates';
import { CHAIR_STAND_CHANGE_RULE, detectChange } from '../../../domain/change-detection';
import { chairStandThreshold } from '../../../domain/chair-stand-norms';
import { formatNumber, weeksAgo } from '../progress-format';
import { plural } from '../../../ui/format';
import type { CardLink, Context, ProgressCard, ReferenceMark } from '../card-types';
import { chartSpec, DASHED_BLUE, drawnPeriods, SOLID, statOf } from './chart-spec';
import { emptyCard, emptyState, medians, newestFirst, tableWeek, weekly } from './card-parts';
import { changeSentence, isRealDecline, normSexes, SEX_WORDS } from './change-words';
import { CHAIR_STAND_TEST_PATH, SETTINGS_PATH } from '../../../ui/paths';

const CHAIR_TEST_LINK: CardLink = { to: CHAIR_STAND_TEST_PATH, label: 'Do the 30-second chair stand test' };
const SETTINGS_LINK: CardLink = { to: SETTINGS_PATH, label: 'Open Settings' };

export function chairStandCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind['chair-stand-30s'];
  const base = { id: 'chair-stand', title: 'Chair stands in 30 seconds', hint: 'More stands is better.' };
  const notes: ProgressCard['notes'] = [];
  const references: ReferenceMark[] = [];
  const { yearOfBirth, sex } = ctx.data.profile;
  if (yearOfBirth === undefined) {
    notes.push({ text: 'Add your year of birth in Settings to see the line for people your age.', link: SETTINGS_LINK });
  } else {
    const age = ageOnDate(yearOfBirth, ctx.today);
    for (const s of normSexes(sex)) {
      const threshold = chairStandThreshold(age, s);
      if (threshold) {
        references.push({
          y: threshold.belowAverageIfUnder,
          label: `below average for ${SEX_WORDS[s]} aged ${threshold.band.replace('-', '–')} is under ${threshold.belowAverageIfUnder} stands (CDC STEADI)`,
        });
      }
    }
    if (references.length === 0) {
      notes.push({ text: 'The published chair-stand averages (CDC STEADI) start at age 60, so the chart shows your own trend.' });
    }
  }
  if (entries.length === 0) {
    return emptyCard(base, emptyState(ctx, ['chair-stand-30s'], 'No chair-stand results yet. Do the 30-second chair stand test to see how many times you can stand up.', CHAIR_TEST_LINK), notes);
  }
  const weeks = weekly(ctx, entries.map((e) => ({ day: e.day, value: e.reps })));
  const result = detectChange(medians(weeks), 'higher', CHAIR_STAND_CHANGE_RULE);
  const stands = (n: number) => plural(n, 'stand', 'stands');
  const summary =
    result.status === 'one-week'
      ? `One week of results so far: your best was ${stands(weeks.find((w) => w.count > 0)!.max!)}. Do the test again next week to see a trend.`
      : changeSentence(result, ctx, { up: (a) => `Up ${a}`, down: (a) => `Down ${a}`, same: 'The same as' }, stands);
  return {
    ...base,
    summary,
    chart: chartSpec(
      ctx,
      'chair stands in 30 seconds',
      'stands',
      drawnPeriods(weeks),
      [
        { style: { key: 'best', label: 'Best', kind: 'line', ...SOLID }, values: statOf(weeks, 'max') },
        { style: { key: 'median', label: 'Median', kind: 'line', ...DASHED_BLUE }, values: statOf(weeks, 'median') },
      ],
      references,
    ),
    table: {
      caption: 'Chair stands each week, newest first. Median: the middle result of the week.',
      columns: ['Week of', 'Best', 'Median', 'Tests'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [
          tableWeek(w.start, ctx),
          formatNumber(w.max!, 1),
          formatNumber(w.median!, 1),
          String(w.count),
        ]);
      },
    },
    empty: null,
    notes,
    alerts: isRealDecline(result) ? [`Chair stands: down ${stands(-result.delta)} since ${weeksAgo(result.baseline.start, ctx.window.lastWeek)}.`] : [],
  };
}
