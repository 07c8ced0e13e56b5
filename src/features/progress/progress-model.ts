// Turns the logs into what the Progress screen shows: for each card a one-line
// summary, a chart description, the table alternative and any reason to
// suggest the red-flag check. Pure (no React, no database), so every word a
// person reads can be tested without drawing a chart.
import type { ProgressData } from '../../db/progress-query';
import type { LogEntry } from '../../db/log-entry-schema';
import type { LocalDate } from '../../domain/dates';
import { addDays, ageOnDate } from '../../domain/dates';
import type { WeekStats } from '../../domain/weekly-aggregation';
import {
  CHAIR_STAND_CHANGE_RULE,
  detectChange,
  detectGap,
  RELATIVE_CHANGE_RULE,
  weeklyGaps,
  type ChangeResult,
} from '../../domain/change-detection';
import { rangeWindow, type ProgressRange, type RangeWindow } from '../../domain/progress-range';
import { chairStandThreshold, type NormSex } from '../../domain/chair-stand-norms';
import { FIVE_TIMES_SIT_TO_STAND_CUTOFFS } from '../../domain/five-times-sit-to-stand-norms';
import { GRIP_NORMS } from '../../domain/grip-norms';
import { LEFT_RIGHT_GAP_FLAG_CM } from '../../domain/calf-norms';
import { proteinForDay, proteinTarget } from '../../domain/protein-target';
import { formatNumber, formatValue, plural, toDisplay, unitLabel, weekName, weeksAgo, type Quantity } from './progress-format';
import type { Scale } from './nice-scale';
import {
  chartSpec,
  DASHED_BLUE,
  DASHED_ORANGE,
  drawnPeriods,
  emptyCard,
  emptyState,
  MEASUREMENTS_LINK,
  newestFirst,
  round2,
  SOLID,
  statOf,
  sumOf,
  tableWeek,
  weekly,
  type CardLink,
  type Context,
  type EntryOf,
  type ProgressCard,
  type ReferenceMark,
} from './card-parts';
import { dailyRepsCard, dailyStepsCard } from './habit-cards';

export interface ProgressModel {
  window: RangeWindow;
  cards: ProgressCard[];
  alerts: string[];
}

function groupByKind(entries: ProgressData['entries']): Context['byKind'] {
  const byKind: Context['byKind'] = {
    'chair-stand-30s': [],
    'five-times-sit-to-stand': [],
    circumference: [],
    weight: [],
    grip: [],
    protein: [],
    'sit-to-stand-count': [],
    steps: [],
  };
  for (const entry of entries) (byKind[entry.kind] as LogEntry[]).push(entry);
  return byKind;
}

function medians(weeks: readonly WeekStats[]) {
  return weeks.map((w) => ({ start: w.start, value: w.median }));
}

/** 0 to 7 days a week (14 for fortnights…), a tick for each day or period step. */
function daysScale(weeksPerPeriod: number): Scale {
  const max = 7 * weeksPerPeriod;
  const ticks: number[] = [];
  for (let t = 0; t <= max; t += weeksPerPeriod * (max > 7 ? 2 : 1)) ticks.push(t);
  if (ticks[ticks.length - 1] !== max) ticks.push(max);
  return { domain: [0, max], ticks };
}

// ----- Summaries ----------------------------------------------------------------

function verdict(result: Extract<ChangeResult, { status: 'compared' }>): string {
  if (result.direction === 'same') return '.';
  return result.real ? ' — a real change.' : ' — not a clear change yet.';
}

function changeSentence(
  result: ChangeResult,
  ctx: Context,
  words: { up: (amount: string) => string; down: (amount: string) => string; same: string },
  amount: (delta: number) => string,
): string | null {
  if (result.status !== 'compared') return null;
  const when = weeksAgo(result.baseline.start, ctx.window.lastWeek);
  if (result.direction === 'same') return `${words.same} ${when}.`;
  const text = result.delta > 0 ? words.up(amount(result.delta)) : words.down(amount(-result.delta));
  return `${text} since ${when}${verdict(result)}`;
}

function isRealDecline(result: ChangeResult): result is Extract<ChangeResult, { status: 'compared' }> {
  return result.status === 'compared' && result.real && result.direction === 'worse';
}

// ----- Cards --------------------------------------------------------------------

const CHAIR_TEST_LINK: CardLink = { to: '/tests/chair-stand', label: 'Do the 30-second chair stand test' };
const FIVE_TIMES_LINK: CardLink = { to: '/tests/five-times-sit-to-stand', label: 'Do the five-times sit-to-stand test' };
const SETTINGS_LINK: CardLink = { to: '/settings', label: 'Open Settings' };

function normSexes(sex: 'female' | 'male' | 'unspecified'): NormSex[] {
  // With no sex recorded both lines show, rather than a guess.
  return sex === 'unspecified' ? ['female', 'male'] : [sex];
}

const SEX_WORDS: Record<NormSex, string> = { female: 'women', male: 'men' };

function chairStandCard(ctx: Context): ProgressCard {
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

function fiveTimesCard(ctx: Context): ProgressCard {
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

type Side = 'left' | 'right';
const SIDES: readonly Side[] = ['left', 'right'];
const SIDE_WORDS: Record<Side, string> = { left: 'Left', right: 'Right' };

/** "Left up 1.2 cm, right about the same since 4 weeks ago — a real change on the left." */
function twoSidedSummary(
  ctx: Context,
  results: Record<Side, ChangeResult>,
  weeks: Record<Side, WeekStats[]>,
  quantity: Quantity,
  noun: string,
  latestStat: 'max' | 'median',
): string {
  const fmt = (n: number) => formatValue(n, quantity, ctx.units);
  const compared = SIDES.filter((s) => results[s].status === 'compared');
  if (compared.length === 0) {
    const latest = SIDES.flatMap((s) => {
      const w = [...weeks[s]].reverse().find((x) => x.count > 0);
      return w ? [`${s} ${fmt(w[latestStat]!)}`] : [];
    });
    return `One week of ${noun} so far: ${latest.join(', ')}. Measure again in a week or two to see a trend.`;
  }
  const whens = new Set(compared.map((s) => weeksAgo((results[s] as Extract<ChangeResult, { status: 'compared' }>).baseline.start, ctx.window.lastWeek)));
  const oneWhen = whens.size === 1 ? [...whens][0]! : null;
  const phrases = SIDES.map((s, i) => {
    const r = results[s];
    const name = i === 0 ? SIDE_WORDS[s] : s;
    if (r.status !== 'compared') return `${name}: only one week so far`;
    const move = r.direction === 'same' ? 'about the same' : `${r.delta > 0 ? 'up' : 'down'} ${fmt(Math.abs(r.delta))}`;
    return oneWhen ? `${name} ${move}` : `${name} ${move} since ${weeksAgo(r.baseline.start, ctx.window.lastWeek)}`;
  });
  const real = compared.filter((s) => {
    const r = results[s];
    return r.status === 'compared' && r.real;
  });
  const anyMove = compared.some((s) => (results[s] as Extract<ChangeResult, { status: 'compared' }>).direction !== 'same');
  const tail =
    real.length === 2
      ? ' — a real change on both sides.'
      : real.length === 1
        ? ` — a real change on the ${real[0]}.`
        : anyMove
          ? ' — not a clear change yet.'
          : '.';
  return `${phrases.join(', ')}${oneWhen ? ` since ${oneWhen}` : ''}${tail}`;
}

const SITES = [
  { site: 'calf', title: 'Calf size', noun: 'calf', gapFlag: true },
  { site: 'thigh', title: 'Thigh size', noun: 'thigh', gapFlag: true },
  { site: 'upper-arm', title: 'Upper arm size', noun: 'upper arm', gapFlag: false },
] as const;

function circumferenceCards(ctx: Context): ProgressCard[] {
  const all = ctx.byKind.circumference;
  const gapText = formatValue(LEFT_RIGHT_GAP_FLAG_CM, 'length', ctx.units);
  if (all.length === 0) {
    return [
      {
        id: 'circumference',
        title: 'Limb size',
        hint: null,
        summary: null,
        chart: null,
        table: null,
        empty: emptyState(
          ctx,
          ['circumference'],
          'No limb measurements yet. Measure around your calves, thighs or upper arms, left and right, to see whether one side is shrinking.',
          MEASUREMENTS_LINK,
        ),
        notes: [],
        alerts: [],
      },
    ];
  }
  return SITES.filter(({ site }) => all.some((e) => e.site === site)).map(({ site, title, noun, gapFlag }) => {
    const bySide = (side: Side) =>
      weekly(ctx, all.filter((e) => e.site === site && e.side === side).map((e) => ({ day: e.day, value: e.cm })));
    const weeks = { left: bySide('left'), right: bySide('right') };
    const results = {
      left: detectChange(medians(weeks.left), 'higher', RELATIVE_CHANGE_RULE),
      right: detectChange(medians(weeks.right), 'higher', RELATIVE_CHANGE_RULE),
    };
    const pairs = weeks.left.map((w, i) => ({ start: w.start, left: w.median, right: weeks.right[i]!.median }));
    const gap = detectGap(pairs);
    const gaps = new Map(weeklyGaps(pairs).map((g) => [g.start, g]));
    // The shading uses the same periods the chart draws.
    const mergedLeft = drawnPeriods(weeks.left);
    const mergedRight = drawnPeriods(weeks.right);
    const bandRows = mergedLeft.map((l, i) => {
      const r = mergedRight[i]!;
      if (l.median === null || r.median === null) return null;
      if (Math.round(Math.abs(l.median - r.median) * 1e6) / 1e6 < LEFT_RIGHT_GAP_FLAG_CM) return null;
      const [lo, hi] = [toDisplay(Math.min(l.median, r.median), 'length', ctx.units), toDisplay(Math.max(l.median, r.median), 'length', ctx.units)];
      return [round2(lo), round2(hi)] as [number, number];
    });
    const notes: ProgressCard['notes'] = [];
    if (gap.status === 'checked' && gap.latest.flagged) {
      notes.push({
        text: gapFlag
          ? `Your left and right ${noun} differ by ${formatValue(gap.latest.gapCm, 'length', ctx.units)}. A difference of ${gapText} or more can mean one side is losing muscle: worth checking with a doctor or physiotherapist.`
          : `Your left and right upper arms differ by ${formatValue(gap.latest.gapCm, 'length', ctx.units)}. A small difference between arms is common: the arm you use most is often bigger.`,
      });
    }
    const alerts: string[] = [];
    for (const side of SIDES) {
      const r = results[side];
      if (isRealDecline(r)) {
        alerts.push(`${title}: ${side} down ${formatValue(-r.delta, 'length', ctx.units)} since ${weeksAgo(r.baseline.start, ctx.window.lastWeek)}.`);
      }
    }
    if (gapFlag && gap.status === 'checked' && gap.isNew) {
      alerts.push(`${title}: left and right now differ by ${formatValue(gap.latest.gapCm, 'length', ctx.units)}.`);
    }
    return {
      id: `circumference-${site}`,
      title,
      hint: `Left and right. The hatched area shows weeks when they differ by ${gapText} or more.`,
      summary: twoSidedSummary(ctx, results, weeks, 'length', `${noun} measurements`, 'median'),
      chart: chartSpec(
        ctx,
        `your left and right ${noun} size in ${unitLabel('length', ctx.units)}`,
        'length',
        mergedLeft,
        [
          { style: { key: 'left', label: 'Left', kind: 'line', ...SOLID }, values: mergedLeft.map((w) => w.median) },
          { style: { key: 'right', label: 'Right', kind: 'line', ...DASHED_ORANGE }, values: mergedRight.map((w) => w.median) },
        ],
        [],
        { band: { key: 'gap', label: `left and right differ by ${gapText} or more`, rows: bandRows } },
      ),
      table: {
        caption: `${title} each week (median of the week), newest first.`,
        columns: ['Week of', 'Left', 'Right', 'Difference'],
        get rows() {
          return newestFirst(pairs.filter((p) => p.left !== null || p.right !== null)).map((p) => {
            const g = gaps.get(p.start);
            return [
              tableWeek(p.start, ctx),
              p.left === null ? '–' : formatValue(p.left, 'length', ctx.units),
              p.right === null ? '–' : formatValue(p.right, 'length', ctx.units),
              g ? `${formatValue(g.gapCm, 'length', ctx.units)}${g.flagged ? ` (${gapText} or more)` : ''}` : '–',
            ];
          });
        },
      },
      empty: null,
      notes,
      alerts,
    } satisfies ProgressCard;
  });
}

function weightCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind.weight;
  const base = { id: 'weight', title: 'Weight', hint: null };
  if (entries.length === 0) {
    return emptyCard(base, emptyState(ctx, ['weight'], 'No weight logged yet. Weigh yourself now and then to see this chart; it also sets your protein target.', MEASUREMENTS_LINK));
  }
  const weeks = weekly(ctx, entries.map((e) => ({ day: e.day, value: e.kg })));
  // No threshold in the fact sheet says when a weight change is "real", so the
  // summary states the change and does not judge it.
  const result = detectChange(medians(weeks), 'higher', RELATIVE_CHANGE_RULE);
  const fmt = (n: number) => formatValue(n, 'mass', ctx.units);
  let summary: string;
  if (result.status === 'compared') {
    const when = weeksAgo(result.baseline.start, ctx.window.lastWeek);
    summary =
      result.direction === 'same'
        ? `The same as ${when}: ${fmt(result.latest.value)}.`
        : `${result.delta > 0 ? 'Up' : 'Down'} ${fmt(Math.abs(result.delta))} since ${when}, to ${fmt(result.latest.value)}.`;
  } else {
    summary = `Latest weight: ${fmt([...weeks].reverse().find((w) => w.count > 0)!.median!)}.`;
  }
  return {
    ...base,
    summary,
    chart: chartSpec(
      ctx,
      `your weight in ${unitLabel('mass', ctx.units)}`,
      'mass',
      drawnPeriods(weeks),
      [{ style: { key: 'weight', label: 'Weight', kind: 'line', ...SOLID }, values: statOf(weeks, 'median') }],
      [],
    ),
    table: {
      caption: 'Weight each week (median of the week), newest first.',
      columns: ['Week of', 'Weight', 'Times weighed'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), fmt(w.median!), String(w.count)]);
      },
    },
    empty: null,
    notes: [],
    alerts: [],
  };
}

function gripCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind.grip;
  const base = { id: 'grip', title: 'Grip strength', hint: 'Your strongest grip each week, left and right hand. Higher is better.' };
  if (entries.length === 0) {
    return emptyCard(base, emptyState(ctx, ['grip'], 'No grip strength results yet. If you have a grip dynamometer, log left and right hand to see this chart.', MEASUREMENTS_LINK));
  }
  const bySide = (side: Side) => weekly(ctx, entries.filter((e) => e.side === side).map((e) => ({ day: e.day, value: e.kg })));
  const weeks = { left: bySide('left'), right: bySide('right') };
  // Change is judged on weekly medians (the rule); the chart shows the best, which the cut-offs use.
  const results = {
    left: detectChange(medians(weeks.left), 'higher', RELATIVE_CHANGE_RULE),
    right: detectChange(medians(weeks.right), 'higher', RELATIVE_CHANGE_RULE),
  };
  const ewgsop2 = GRIP_NORMS.find((n) => n.standard === 'EWGSOP2')!;
  const references = normSexes(ctx.data.profile.sex).map((s) => ({
    y: round2(toDisplay(ewgsop2.lowIfUnderKg[s], 'mass', ctx.units)),
    label: `low grip for ${SEX_WORDS[s]} is under ${formatValue(ewgsop2.lowIfUnderKg[s], 'mass', ctx.units)} (EWGSOP2)`,
  }));
  const alerts = SIDES.flatMap((side) => {
    const r = results[side];
    return isRealDecline(r)
      ? [`Grip strength: ${side} hand down ${formatValue(-r.delta, 'mass', ctx.units)} since ${weeksAgo(r.baseline.start, ctx.window.lastWeek)}.`]
      : [];
  });
  const table = weeks.left
    .map((l, i) => ({ start: l.start, left: l.max, right: weeks.right[i]!.max }))
    .filter((w) => w.left !== null || w.right !== null);
  return {
    ...base,
    summary: twoSidedSummary(ctx, results, weeks, 'mass', 'grip results', 'max'),
    chart: chartSpec(
      ctx,
      `your best grip strength in ${unitLabel('mass', ctx.units)}`,
      'mass',
      drawnPeriods(weeks.left),
      [
        { style: { key: 'left', label: 'Left hand', kind: 'line', ...SOLID }, values: statOf(weeks.left, 'max') },
        { style: { key: 'right', label: 'Right hand', kind: 'line', ...DASHED_ORANGE }, values: statOf(weeks.right, 'max') },
      ],
      references,
    ),
    table: {
      caption: 'Best grip strength each week, newest first.',
      columns: ['Week of', 'Left hand', 'Right hand'],
      get rows() {
        return newestFirst(table).map((w) => [
          tableWeek(w.start, ctx),
          w.left === null ? '–' : formatValue(w.left, 'mass', ctx.units),
          w.right === null ? '–' : formatValue(w.right, 'mass', ctx.units),
        ]);
      },
    },
    empty: null,
    notes: [],
    alerts,
  };
}

function proteinCard(ctx: Context): ProgressCard {
  const entries = ctx.byKind.protein;
  const { profile, latestWeightKg } = ctx.data;
  const target = proteinTarget({
    weightKg: latestWeightKg,
    kidneyDisease: profile.kidneyDisease,
    exercisingOrRecovering: profile.exercisingOrRecovering ?? false,
  });
  const base = { id: 'protein', title: 'Protein' };
  const notes: ProgressCard['notes'] = [];
  if (target.status === 'kidney-caution') {
    notes.push({ text: 'You told Regain you have kidney disease, so it sets no protein target. Ask your doctor or dietitian how much protein is right for you.' });
  } else if (target.status === 'no-weight') {
    if (entries.length > 0) {
      notes.push({ text: 'Your protein target comes from your weight. Log your weight to see the days you reach it.', link: MEASUREMENTS_LINK });
    }
  } else {
    notes.push({
      text: `Your target: at least ${target.minGrams} g a day (${formatNumber(target.gramsPerKg.min, 1)} g for each kg you weigh; PROT-AGE, ESPEN).`,
    });
  }
  if (entries.length === 0) {
    return emptyCard({ ...base, hint: null }, emptyState(ctx, ['protein'], 'No protein logged yet. Note the protein in your meals to see how many days you reach your target.', MEASUREMENTS_LINK), notes);
  }
  const byDay = new Map<LocalDate, EntryOf<'protein'>[]>();
  for (const e of entries) byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
  const days = [...byDay].map(([day, list]) => ({ day, value: proteinForDay(list) }));
  const perDay = weekly(ctx, days);
  const latest = [...perDay].reverse().find((w) => w.count > 0)!;
  const when = weekName(latest.start, ctx.window.lastWeek);
  if (target.status !== 'target') {
    return {
      ...base,
      hint: null,
      summary: `${when}: about ${formatNumber(latest.median!, 0)} g a day on the days you logged.`,
      chart: chartSpec(
        ctx,
        'protein a day in grams (median of the days logged)',
        'grams',
        drawnPeriods(perDay),
        [{ style: { key: 'grams', label: 'Protein a day', kind: 'line', ...SOLID }, values: statOf(perDay, 'median') }],
        [],
      ),
      table: {
        caption: 'Protein each week, newest first.',
        columns: ['Week of', 'Days logged', 'Median a day'],
        get rows() {
          return newestFirst(perDay.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), String(w.count), `${formatNumber(w.median!, 0)} g`]);
        },
      },
      empty: null,
      notes,
      alerts: [],
    };
  }
  // 1 for a day on target, 0 for a logged day short of it: a period's sum is its days on target.
  const flags = weekly(ctx, days.map((d) => ({ day: d.day, value: d.value >= target.minGrams ? 1 : 0 })));
  const onTargetOf = new Map(flags.map((w) => [w.start, sumOf(w)]));
  const merged = drawnPeriods(flags);
  return {
    ...base,
    hint: 'Days each week that reached your protein target. Higher is better.',
    summary: `${when}: ${onTargetOf.get(latest.start)} of ${plural(latest.count, 'logged day', 'logged days')} reached ${target.minGrams} g.`,
    chart: chartSpec(
      ctx,
      'days that reached your protein target',
      'days',
      merged,
      [{ style: { key: 'days', label: 'Days on target', kind: 'bar', ...SOLID }, values: merged.map(sumOf) }],
      [],
      { yScale: daysScale(merged[merged.length - 1]?.weeks ?? 1) },
    ),
    table: {
      caption: 'Protein each week, newest first.',
      columns: ['Week of', 'Days logged', 'Days on target', 'Median a day'],
      get rows() {
        return newestFirst(perDay.filter((w) => w.count > 0)).map((w) => [
          tableWeek(w.start, ctx),
          String(w.count),
          String(onTargetOf.get(w.start) ?? 0),
          `${formatNumber(w.median!, 0)} g`,
        ]);
      },
    },
    empty: null,
    notes,
    alerts: [],
  };
}

function planCard(ctx: Context): ProgressCard {
  const base = { id: 'plan', title: 'Following your plan' };
  const link = { to: '/plan', label: 'Open your plan' };
  const ticks = ctx.data.planProgress;
  if (ticks.length === 0) {
    return emptyCard({ ...base, hint: null }, ctx.data.hasPlanProgress
      ? { text: 'Nothing ticked off in this period. Choose a longer period, or tick off what you do in your plan.', link }
      : { text: 'Nothing ticked off yet. Tick off your plan’s sessions as you do them to see how often you keep to it.', link });
  }
  const weeks = weekly(ctx, ticks.map((t) => ({ day: t.day, value: t.done ? 1 : 0 })));
  const share = (w: WeekStats) => (w.count ? Math.round(((sumOf(w) ?? 0) / w.count) * 100) : null);
  const latest = [...weeks].reverse().find((w) => w.count > 0)!;
  const merged = drawnPeriods(weeks);
  return {
    ...base,
    hint: 'The share of your plan’s items ticked off each week. Higher is better.',
    summary: `${weekName(latest.start, ctx.window.lastWeek)}: ${sumOf(latest)} of ${plural(latest.count, 'item', 'items')} ticked off (${share(latest)} %).`,
    chart: chartSpec(
      ctx,
      'the share of plan items ticked off, in percent',
      'percent',
      merged,
      [{ style: { key: 'share', label: 'Share ticked off', kind: 'bar', ...SOLID }, values: merged.map(share) }],
      [],
      { yScale: { domain: [0, 100], ticks: [0, 25, 50, 75, 100] } },
    ),
    table: {
      caption: 'Plan items ticked off each week, newest first.',
      columns: ['Week of', 'Ticked off', 'Items', 'Share'],
      get rows() {
        return newestFirst(weeks.filter((w) => w.count > 0)).map((w) => [tableWeek(w.start, ctx), String(sumOf(w)), String(w.count), `${share(w)} %`]);
      },
    },
    empty: null,
    notes: [],
    alerts: [],
  };
}

export function buildProgress(data: ProgressData, range: ProgressRange, today: LocalDate): ProgressModel {
  const window = rangeWindow(range, today, data.firstDay);
  // Only what falls in the period's weeks: a card with nothing there shows its empty state.
  const last = addDays(window.lastWeek, 6);
  const inWindow = <T extends { day: LocalDate }>(rows: readonly T[]) => rows.filter((r) => r.day >= window.firstWeek && r.day <= last);
  const shown = { ...data, entries: inWindow(data.entries), planProgress: inWindow(data.planProgress) };
  const ctx: Context = { window, units: data.profile.units, today, data: shown, byKind: groupByKind(shown.entries) };
  const cards = [
    chairStandCard(ctx),
    fiveTimesCard(ctx),
    dailyRepsCard(ctx),
    dailyStepsCard(ctx),
    ...circumferenceCards(ctx),
    weightCard(ctx),
    gripCard(ctx),
    proteinCard(ctx),
    planCard(ctx),
  ];
  return { window, cards, alerts: cards.flatMap((c) => c.alerts) };
}
