// Round numbers for a chart's value axis: 10, 12, 14 rather than 11.4, 12.35,
// 13.3. Older eyes read round numbers faster, and a line never sits on the
// chart's edge where it would hide behind the axis.

export interface Scale {
  domain: [number, number];
  ticks: number[];
}

const STEPS = [1, 2, 2.5, 5, 10];

function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * A domain and ticks covering every value, with at most `maxTicks` ticks.
 * Values never below zero keep the axis at or above zero; `integers` keeps
 * steps whole (stands, days).
 */
export function niceScale(values: readonly number[], options: { maxTicks?: number; integers?: boolean } = {}): Scale {
  const { maxTicks = 5, integers = false } = options;
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  // Charts show at most two decimals: narrower spreads are one value.
  if (high - low < 0.01) {
    const pad = Math.max(1, Math.abs(low) * 0.1);
    low -= pad;
    high += pad;
  }
  const rough = (high - low) / Math.max(1, maxTicks - 2);
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  let step = STEPS.map((s) => s * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  step = Math.max(step, 0.01);
  if (integers) step = Math.max(1, Math.ceil(step));
  let start = Math.floor(low / step) * step;
  let end = Math.ceil(high / step) * step;
  // Keep a little room between the data and the chart's edges.
  if (low - start < step * 0.15) start -= step;
  if (end - high < step * 0.15) end += step;
  if (Math.min(...finite) >= 0) start = Math.max(0, start);
  const ticks: number[] = [];
  for (let t = start; t <= end + step / 1e6; t += step) ticks.push(tidy(t));
  return { domain: [tidy(start), tidy(end)], ticks };
}
