// Types shared by the stand detector's files (re-exported by stand-detector.ts).

/** One accelerometer reading. t: ms from "Go" (negative before Go); x, y, z: accelerationIncludingGravity, m/s². */
export interface MotionSample {
  t: number;
  x: number;
  y: number;
  z: number;
}

export type StandTest = 'chair-stand-30' | 'five-times';

/** One rise, in seconds from Go: when it began, and when the person reached full standing. */
export interface Rise {
  start: number;
  top: number;
  riseSeconds: number;
}

export interface StandCount {
  /** Full stands (for chair-stand-30: within 30 s, plus one still rising at 30 s if past half-way up). */
  count: number;
  /** Seconds from Go at which each counted stand reached full standing. */
  standTimes: number[];
  /** Seconds from Go of the fifth full stand, or null. */
  fifthStandAt: number | null;
  rises: Rise[];
}

export interface StandCounter {
  /** Feed samples in time order (live); returns the times (s) of stands completed so far by this sample, usually []. */
  push(sample: MotionSample): number[];
  /** End of the test at endMs (ms from Go): applies the half-way rule and returns the final count. */
  finish(endMs: number): StandCount;
  /** The stands heard so far, with their rises (no end-of-test rules applied). */
  soFar(): StandCount;
  /** The share (0–1) of the last windowMs in which the body was still (sitting or standing, not moving). */
  stillShare(windowMs: number): number;
}
