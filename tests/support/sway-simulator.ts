// A person holding a balance stance with the phone flat on the chest, as the
// phone feels it (phone-on-chest.ts does the phone). Seeded. Quiet standing
// is an inverted pendulum swaying at the ankles (0.05–0.5 Hz, more in the
// harder stances), small hip corrections (0.4–1.5 Hz), and breathing; in the
// countdown the person steps into the stance and settles. A loss of balance
// is a step (the chest shifts 6–20 cm in 0.3–0.7 s as a foot moves, the
// trunk tipping 3–8°) or a grab for support (the trunk leans 8–20° towards
// it in 0.4–0.9 s, the chest moving with it).
import type { MotionSample } from '../../src/domain/stand-detector-types';
import { DEG, mulberry32, renderPhone, Track, uniform, wobble, type PhoneOptions, type Pose } from './phone-on-chest';

export type Stance = 'sideBySide' | 'semiTandem' | 'tandem' | 'oneLeg';
export type LossOfBalance = 'step' | 'grab';
const STANCES: readonly Stance[] = ['sideBySide', 'semiTandem', 'tandem', 'oneLeg'];
/** How much more a stance sways than feet side by side. */
const HARDER: Record<Stance, number> = { sideBySide: 1, semiTandem: 1.3, tandem: 1.8, oneLeg: 2.5 };

export interface StanceTrace {
  samples: MotionSample[];
  /** Seconds from Go at which balance was lost, or null (held quietly). */
  lostAt: number | null;
  stance: Stance;
  seed: number;
}

export function simulateStance(seed: number, options: PhoneOptions & { loss?: LossOfBalance | null; stance?: Stance; seconds?: number } = {}): StanceTrace {
  const rng = mulberry32(seed);
  const stance = options.stance ?? STANCES[Math.floor(rng() * 4)]!;
  const more = HARDER[stance] * uniform(rng, 0.7, 1.3);
  const height = uniform(rng, 1.15, 1.4); // ankles to chest, m
  const r = uniform(rng, 0.35, 0.5); // hips to chest
  const ankleAp = wobble(rng, uniform(rng, 0.3, 0.8) * more * DEG, 0.05, 0.5);
  const ankleMl = wobble(rng, uniform(rng, 0.2, 0.7) * more * DEG, 0.05, 0.5);
  const hipAp = wobble(rng, uniform(rng, 0.1, 0.4) * more * DEG, 0.4, 1.5);
  const hipMl = wobble(rng, uniform(rng, 0.1, 0.4) * more * DEG, 0.4, 1.5);
  const breathHz = uniform(rng, 0.15, 0.4);
  const breath = uniform(rng, 0.3, 1.2) * DEG;
  const lean = uniform(rng, -3, 6) * DEG;

  // Stepping into the stance in the countdown: a shift and a settle, ending 0–2.5 s before Go.
  const settled = -uniform(rng, 0, 2.5);
  const shiftX = new Track(uniform(rng, -0.1, 0.1)).move(settled - 1.2, settled, 0);
  const shiftY = new Track(uniform(rng, -0.1, 0.1)).move(settled - 1.2, settled, 0);
  const tipAp = new Track(uniform(rng, -5, 5) * DEG).move(settled - 1, settled, 0);
  const tipMl = new Track(0);
  const seconds = options.seconds ?? 10;
  const loss = options.loss === undefined ? null : options.loss;
  const lostAt = loss ? uniform(rng, 1, seconds - 1) : null;
  if (loss && lostAt !== null) {
    const dir = uniform(rng, 0, 2 * Math.PI);
    const [cx, cy] = [Math.cos(dir), Math.sin(dir)];
    if (loss === 'step') {
      const d = uniform(rng, 0.06, 0.2);
      const T = uniform(rng, 0.3, 0.7);
      shiftX.move(lostAt, lostAt + T, cx * d);
      shiftY.move(lostAt, lostAt + T, cy * d);
      const tip = uniform(rng, 3, 8) * DEG;
      tipAp.move(lostAt, lostAt + T * 0.6, cx * tip).move(lostAt + T, lostAt + T + 0.8, cx * tip * 0.3);
      tipMl.move(lostAt, lostAt + T * 0.6, cy * tip).move(lostAt + T, lostAt + T + 0.8, cy * tip * 0.3);
    } else {
      const tip = uniform(rng, 8, 20) * DEG;
      const T = uniform(rng, 0.4, 0.9);
      tipAp.move(lostAt, lostAt + T, cx * tip);
      tipMl.move(lostAt, lostAt + T, cy * tip);
      const d = uniform(rng, 0.02, 0.1);
      shiftX.move(lostAt, lostAt + T, cx * d);
      shiftY.move(lostAt, lostAt + T, cy * d);
    }
  }
  const pose = (t: number): Pose => {
    const ap = ankleAp(t);
    const ml = ankleMl(t);
    const hap = hipAp(t) + tipAp.at(t);
    const hml = hipMl(t) + tipMl.at(t);
    const b = breath * Math.sin(2 * Math.PI * breathHz * t);
    return {
      chest: [shiftX.at(t) + height * ap + r * (hap + lean) + 0.003 * Math.sin(2 * Math.PI * breathHz * t), shiftY.at(t) - height * ml - r * hml, height],
      yaw: 0,
      pitch: lean + ap + hap + b,
      roll: ml + hml,
    };
  };
  const end = lostAt === null ? seconds : Math.min(seconds, lostAt + 2);
  return { samples: renderPhone(pose, -4, end, seed, options), lostAt, stance, seed };
}
