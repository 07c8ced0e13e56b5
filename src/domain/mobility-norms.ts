// Cut-offs for the mobility tests beside the SPPB (../shared/FACTS.md,
// "Balance, walking and mobility tests"), each kept as published: '>=' and
// '<=' are not interchangeable at the edge.

const STEADI_TUG = 'CDC STEADI, "Assessment: Timed Up & Go"';
const STEADI_BALANCE = 'CDC STEADI, "Assessment: The 4-Stage Balance Test"';
const EWGSOP2 = 'EWGSOP2: Cruz-Jentoft AJ et al., Age Ageing 2019;48:16–31';
const AWGS = 'AWGS 2019: Chen LK et al., JAMDA 2020;21:300–307';

export interface MobilityLine {
  id: string;
  label: string;
  source: string;
  flags: (value: number) => boolean;
  /** The line itself, for a chart's reference mark. */
  value: number;
}

/** Timed Up and Go, seconds from "Go" to seated again. */
export const TUG_LINES: readonly MobilityLine[] = [
  { id: 'steadi-tug', label: 'At risk of falling (12 seconds or more)', source: STEADI_TUG, value: 12, flags: (s) => s >= 12 },
  { id: 'ewgsop2-tug', label: 'Low physical performance (20 seconds or more)', source: EWGSOP2, value: 20, flags: (s) => s >= 20 },
];

/**
 * Usual walking speed, metres per second. AWGS 2019 measured it over 6 m;
 * the app times 4 m (or 3 m), which the screen says beside that line.
 */
export const GAIT_SPEED_LINES: readonly MobilityLine[] = [
  { id: 'ewgsop2-gait', label: 'Low physical performance (0.8 m/s or slower)', source: EWGSOP2, value: 0.8, flags: (v) => v <= 0.8 },
  { id: 'awgs2019-gait', label: 'Low physical performance (slower than 1.0 m/s, measured over 6 m)', source: AWGS, value: 1.0, flags: (v) => v < 1.0 },
];

/** The 4-stage balance test: not holding the tandem stance for 10 s. */
export const TANDEM_LINE: MobilityLine = {
  id: 'steadi-tandem',
  label: 'Higher risk of falling (could not hold feet heel to toe for 10 seconds)',
  source: STEADI_BALANCE,
  value: 10,
  flags: (seconds) => Math.round(seconds * 100) / 100 < 10,
};

export function assess(lines: readonly MobilityLine[], value: number): Array<MobilityLine & { flagged: boolean }> {
  return lines.map((line) => ({ ...line, flagged: line.flags(value) }));
}

/** Metres per second from a course length and a time; the faster of two walks is kept by the caller. */
export function walkingSpeed(courseMetres: number, seconds: number): number {
  return courseMetres / seconds;
}
