// Has a result really changed, or is it day-to-day noise? Compared on weekly
// medians: the first week with results in the chosen period against the latest.
import { leftRightGap } from './calf-norms';
import { weeksBetween } from './weekly-aggregation';
import type { LocalDate } from './dates';

/** More chair stands or grip is better; a faster (lower) five-times time is better. */
export type BetterWhen = 'higher' | 'lower';

export interface ChangeRule {
  /** A change of at least this much, in the measure's own unit, is real at any distance. */
  minAbsolute: number | null;
  /** A change of at least this share of the starting value is real… */
  minRelative: number | null;
  /** …when the two weeks compared are at least this many weeks apart. */
  relativeMinWeeks: number;
  source: string;
}

/**
 * Product choice from the clinical fact sheet: the weekly median moves by 3
 * stands or more, or by 20 % or more over at least two weeks. It sits above the
 * smallest change that matters (about 2 stands: Zanini et al., Respir Care 2019)
 * and the smallest detectable change for one person (about 2.5 stands: Gill et
 * al. 2022), so practice effects and a bad day do not count.
 */
export const CHAIR_STAND_CHANGE_RULE: ChangeRule = {
  minAbsolute: 3,
  minRelative: 0.2,
  relativeMinWeeks: 2,
  source: 'Product choice (Regain clinical fact sheet), above the MCID of about 2 stands (Zanini et al., Respir Care 2019) and the SDC of about 2.5 stands (Gill et al. 2022)',
};

/**
 * The same 20 % over two weeks for other measures (five-times time, grip,
 * limb size), which have no absolute threshold in the fact sheet.
 */
export const RELATIVE_CHANGE_RULE: ChangeRule = {
  minAbsolute: null,
  minRelative: 0.2,
  relativeMinWeeks: 2,
  source: 'Product choice (Regain clinical fact sheet): 20 % or more over two weeks, on weekly medians',
};

export interface WeeklyValue {
  /** The Monday of the week. */
  start: LocalDate;
  value: number | null;
}

export interface WeekPoint {
  start: LocalDate;
  value: number;
}

export type ChangeResult =
  | { status: 'no-data' }
  | { status: 'one-week'; latest: WeekPoint }
  | {
      status: 'compared';
      baseline: WeekPoint;
      latest: WeekPoint;
      /** latest − baseline, in the measure's unit. */
      delta: number;
      weeksApart: number;
      direction: 'better' | 'worse' | 'same';
      /** True when the change passes the rule: not noise. */
      real: boolean;
    };

// Subtraction of decimals leaves noise (12.3 − 10.3 = 2.0000000000000018):
// round it away so a change exactly on the threshold counts.
function clean(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function present(series: readonly WeeklyValue[]): WeekPoint[] {
  return series.filter((w): w is WeekPoint => w.value !== null && Number.isFinite(w.value));
}

export function isRealChange(baseline: number, delta: number, weeksApart: number, rule: ChangeRule): boolean {
  const size = Math.abs(clean(delta));
  if (size === 0) return false;
  if (rule.minAbsolute !== null && size >= rule.minAbsolute) return true;
  if (rule.minRelative !== null && baseline !== 0 && weeksApart >= rule.relativeMinWeeks) {
    return size >= clean(Math.abs(baseline) * rule.minRelative);
  }
  return false;
}

/** Compares the latest week with results against the first one in the series. */
export function detectChange(series: readonly WeeklyValue[], betterWhen: BetterWhen, rule: ChangeRule): ChangeResult {
  const points = present(series);
  const baseline = points[0];
  const latest = points[points.length - 1];
  if (!baseline || !latest) return { status: 'no-data' };
  if (points.length === 1) return { status: 'one-week', latest };
  const delta = clean(latest.value - baseline.value);
  const weeksApart = weeksBetween(baseline.start, latest.start);
  const improved = betterWhen === 'higher' ? delta > 0 : delta < 0;
  return {
    status: 'compared',
    baseline,
    latest,
    delta,
    weeksApart,
    direction: delta === 0 ? 'same' : improved ? 'better' : 'worse',
    real: isRealChange(baseline.value, delta, weeksApart, rule),
  };
}

export interface WeeklyPair {
  start: LocalDate;
  left: number | null;
  right: number | null;
}

export interface GapPoint {
  start: LocalDate;
  gapCm: number;
  flagged: boolean;
}

export type GapResult =
  | { status: 'no-pairs' }
  | {
      status: 'checked';
      /** The latest week with both sides measured. */
      latest: GapPoint;
      /** The first week in the series with both sides measured. */
      first: GapPoint;
      /**
       * The latest gap reaches the flag and the first one did not, or this is
       * the first time both sides were measured: news worth a calm mention.
       */
      isNew: boolean;
    };

/** Left–right difference in centimetres, week by week; flagged at 2 cm (a product choice, see calf-norms). */
export function weeklyGaps(series: readonly WeeklyPair[]): GapPoint[] {
  const gaps: GapPoint[] = [];
  for (const { start, left, right } of series) {
    if (left === null || right === null) continue;
    const { gapCm, flagged } = leftRightGap(left, right);
    gaps.push({ start, gapCm, flagged });
  }
  return gaps;
}

export function detectGap(series: readonly WeeklyPair[]): GapResult {
  const gaps = weeklyGaps(series);
  const first = gaps[0];
  const latest = gaps[gaps.length - 1];
  if (!first || !latest) return { status: 'no-pairs' };
  const isNew = latest.flagged && (gaps.length === 1 || !first.flagged);
  return { status: 'checked', latest, first, isNew };
}
