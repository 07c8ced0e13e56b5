// The sentences cards share about change: "Up 3 stands since 4 weeks ago — a
// real change.", the same for a left and a right side, and which changes are
// declines worth the calm check banner. The numbers come from
// src/domain/change-detection; this only words them.
import type { ChangeResult } from '../../../domain/change-detection';
import type { NormSex } from '../../../domain/chair-stand-norms';
import type { WeekStats } from '../../../domain/weekly-aggregation';
import { formatValue, weeksAgo, type ChartQuantity } from '../progress-format';
import type { Context } from '../card-types';

type Compared = Extract<ChangeResult, { status: 'compared' }>;

function verdict(result: Compared): string {
  if (result.direction === 'same') return '.';
  return result.real ? ' — a real change.' : ' — not a clear change yet.';
}

export function changeSentence(
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

export function isRealDecline(result: ChangeResult): result is Compared {
  return result.status === 'compared' && result.real && result.direction === 'worse';
}

export function normSexes(sex: 'female' | 'male' | 'unspecified'): NormSex[] {
  // With no sex recorded both lines show, rather than a guess.
  return sex === 'unspecified' ? ['female', 'male'] : [sex];
}

export const SEX_WORDS: Record<NormSex, string> = { female: 'women', male: 'men' };

export type Side = 'left' | 'right';
export const SIDES: readonly Side[] = ['left', 'right'];
const SIDE_WORDS: Record<Side, string> = { left: 'Left', right: 'Right' };

/** "Left up 1.2 cm, right about the same since 4 weeks ago — a real change on the left." */
export function twoSidedSummary(
  ctx: Context,
  results: Record<Side, ChangeResult>,
  weeks: Record<Side, WeekStats[]>,
  quantity: ChartQuantity,
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
  const whens = new Set(compared.map((s) => weeksAgo((results[s] as Compared).baseline.start, ctx.window.lastWeek)));
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
  const anyMove = compared.some((s) => (results[s] as Compared).direction !== 'same');
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
