// A short report on how a stand test went, from the stand detector's
// result: the person's own numbers, compared only with themselves (no
// clinical norms): average time per stand, whether the last stands were
// slower than the first (fatigue), and how even the rises were.
import type { StandCount } from './stand-detector-types';

export type Fatigue = 'slower' | 'about the same' | 'faster';
export type Steadiness = 'steady' | 'somewhat uneven' | 'uneven';

export interface StandQuality {
  /** Average seconds from one full stand to the next (a sit-to-stand cycle), or null under 2 stands. */
  secondsPerStand: number | null;
  /** Last third of the cycles compared with the first third; null under 6 stands (5 cycles). */
  fatigue: Fatigue | null;
  /** Relative change of the mean cycle time, last third against first (0.2 = 20 % slower). */
  fatigueChange: number | null;
  /** How even the rises' durations were; null under 3 rises. */
  steadiness: Steadiness | null;
  /** Coefficient of variation of the rise durations (standard deviation / mean). */
  riseVariation: number | null;
}

/** Cycle-to-cycle times of one person in a sit-to-stand test vary by roughly 10 % (coefficient of
 * variation). A third of a 30-second test holds 2–5 cycles, so its mean wanders by about
 * 10 % / √3 ≈ 6 %, and the difference of two such means by about 8 %. A change of 15 % or more is
 * about twice that: unlikely to be chance, so only then do we say "slower" or "faster". */
const FATIGUE_CHANGE = 0.15;
/** Rise durations varying by under 15 % read as steady, 15–30 % as somewhat uneven, more as uneven.
 * The bands are the same size as the cycle-to-cycle variation above: plain words for the person's own
 * spread, not a clinical grade. */
const STEADY_CV = 0.15;
const UNEVEN_CV = 0.3;

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

export function standQuality(result: Pick<StandCount, 'standTimes' | 'rises'>): StandQuality {
  const times = [...result.standTimes].sort((a, b) => a - b);
  const cycles = times.slice(1).map((t, i) => t - times[i]!);
  const secondsPerStand = cycles.length ? mean(cycles) : null;

  let fatigue: Fatigue | null = null;
  let fatigueChange: number | null = null;
  if (cycles.length >= 5) {
    const third = Math.floor(cycles.length / 3);
    const first = mean(cycles.slice(0, third));
    const last = mean(cycles.slice(cycles.length - third));
    fatigueChange = last / first - 1;
    fatigue = fatigueChange >= FATIGUE_CHANGE ? 'slower' : fatigueChange <= -FATIGUE_CHANGE ? 'faster' : 'about the same';
  }

  let steadiness: Steadiness | null = null;
  let riseVariation: number | null = null;
  const durations = result.rises.map((r) => r.riseSeconds).filter((d) => d > 0);
  if (durations.length >= 3) {
    const m = mean(durations);
    const sd = Math.sqrt(durations.reduce((sum, d) => sum + (d - m) ** 2, 0) / (durations.length - 1));
    riseVariation = sd / m;
    steadiness = riseVariation < STEADY_CV ? 'steady' : riseVariation < UNEVEN_CV ? 'somewhat uneven' : 'uneven';
  }
  return { secondsPerStand, fatigue, fatigueChange, steadiness, riseVariation };
}
