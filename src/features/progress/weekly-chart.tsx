// The one module that imports Recharts. Only the Progress screen imports it,
// and that screen is a lazy route chunk, so no other route downloads Recharts.
import { Bar, CartesianGrid, ComposedChart, Line, ReferenceLine, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { ChartSpec, SeriesStyle } from './card-types';
import { MarkerShape } from './marker-shape';
import { formatAxisDate, formatNumber } from './progress-format';

const CHART_HEIGHT = 220;
const TEXT = '#1a1a1a';
const REFERENCE = '#4a4a4a';
const AXIS_TICK = { fontSize: 14, fill: TEXT };

function renderDot(style: SeriesStyle) {
  return ({ cx, cy, index }: DotItemDotProps) => {
    if (typeof cx !== 'number' || typeof cy !== 'number' || !Number.isFinite(cx) || !Number.isFinite(cy)) {
      return <g key={index} />;
    }
    return <MarkerShape key={index} marker={style.marker} x={cx} y={cy} colour={style.colour} />;
  };
}

export default function WeeklyChart({ spec, reducedMotion, id, width }: { spec: ChartSpec; reducedMotion: boolean; id: string; width: number }) {
  // Many points: no dots (they would merge into a smear) and no animation (it
  // costs most on the cheap phones that draw most slowly).
  const animate = !reducedMotion && !spec.dense;
  const hatch = `${id}-hatch`;
  // Wide enough for the longest tick label at 14 px.
  const axisWidth = 14 + 9 * Math.max(...spec.yTicks.map((t) => formatNumber(t, 2).length));
  return (
    <ComposedChart
      data={spec.rows}
      width={width}
      height={CHART_HEIGHT}
      margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
      barCategoryGap={spec.band ? 0 : '15%'}
      // The chart is one image to assistive technology; the table and the text say what it shows.
      accessibilityLayer={false}
    >
      <defs>
        <pattern id={hatch} patternUnits="userSpaceOnUse" width={8} height={8} patternTransform="rotate(45)">
          <rect width={8} height={8} fill="#fff4d6" />
          <line x1={0} y1={0} x2={0} y2={8} stroke="#a14a06" strokeWidth={3} />
        </pattern>
      </defs>
      <CartesianGrid stroke="#d5dcd9" vertical={false} />
      <XAxis
        dataKey="x"
        tick={AXIS_TICK}
        tickFormatter={(day: string) => formatAxisDate(day, spec.xFormat)}
        minTickGap={28}
        interval="preserveStartEnd"
        stroke={REFERENCE}
      />
      <YAxis
        tick={AXIS_TICK}
        width={axisWidth}
        stroke={REFERENCE}
        domain={spec.yDomain}
        ticks={spec.yTicks}
        interval={0}
        tickFormatter={(value: number) => formatNumber(value, 2)}
      />
      {spec.band ? (
        <Bar dataKey={spec.band.key} name={spec.band.label} fill={`url(#${hatch})`} isAnimationActive={false} legendType="none" />
      ) : null}
      {spec.series.map((s) =>
        s.kind === 'bar' ? (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.colour} isAnimationActive={animate} maxBarSize={28} />
        ) : (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            type="linear"
            stroke={s.colour}
            strokeWidth={3}
            strokeDasharray={s.dash ?? undefined}
            dot={spec.dense ? false : renderDot(s)}
            activeDot={spec.dense ? false : { r: 6 }}
            connectNulls
            isAnimationActive={animate}
          />
        ),
      )}
      {spec.references.map((r) => (
        <ReferenceLine
          key={r.label}
          y={r.y}
          stroke={REFERENCE}
          strokeWidth={2}
          strokeDasharray="2 4"
          ifOverflow="extendDomain"
          label={{ value: formatNumber(r.y, 1), position: 'insideBottomRight', fill: TEXT, fontSize: 14 }}
        />
      ))}
    </ComposedChart>
  );
}
