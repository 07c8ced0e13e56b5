import * as z from 'zod/mini';
import { sppbScore } from '../domain/sppb';
import { isoTimestamp, pastOrToday, recordId } from './schema-helpers';

// Results of the balance, walking and Timed Up and Go tests, and of the SPPB
// session that combines them (src/domain/sppb.ts, src/domain/mobility-norms.ts).
// One table, told apart by `kind`. Times are seconds; every number is bounded
// so a hostile backup cannot store nonsense.

/** Each balance stance is held for at most 10 seconds. */
export const STANCE_MAX_S = 10;
/** A walk of 3 or 4 metres, or a Timed Up and Go, that lasts over 2 minutes is not timed any longer. */
export const MOBILITY_TIME_MAX_S = 120;
/** Five chair stands: the longest time the five-times test accepts. */
export const FIVE_STANDS_MAX_S = 120;

const base = {
  id: recordId(),
  day: pastOrToday(),
  at: isoTimestamp(),
};

const seconds = (max: number, what: string) => {
  const message = `${what} must be 0 to ${max} seconds.`;
  return z.number(message).check(z.refine((n) => Number.isFinite(n), message), z.gte(0, message), z.lte(max, message));
};
const positiveSeconds = (max: number, what: string) =>
  seconds(max, what).check(z.refine((n) => n > 0, `${what} must be more than 0 seconds.`));

const hold = () => z.nullable(seconds(STANCE_MAX_S, 'A balance hold'));
const unable = () => z.literal('unable', 'Give a time, or "unable".');
const courseMetres = () => z.literal([3, 4], 'The course is 3 or 4 metres.');
const timedBy = () => z.enum(['motion', 'tapped', 'typed'], 'Choose motion, tapped or typed.');

export const STANCES = ['sideBySide', 'semiTandem', 'tandem', 'oneLeg'] as const;
export type Stance = (typeof STANCES)[number];

/** A stance is tried only after the one before it was held for the full 10 seconds. */
function holdsInOrder(holds: Partial<Record<Stance, number | null>>): boolean {
  let stopped = false;
  for (const stance of STANCES) {
    if (!(stance in holds)) continue;
    const value = holds[stance];
    if (stopped && value !== null) return false;
    if (value === null || value === undefined || value < STANCE_MAX_S) stopped = true;
  }
  return holds.sideBySide !== null;
}

const balanceHolds = z.object({
  sideBySide: hold(),
  semiTandem: hold(),
  tandem: hold(),
  oneLeg: hold(),
});
const sppbHolds = z.object({ sideBySide: hold(), semiTandem: hold(), tandem: hold() });

const walkTimes = z.union([
  z.array(positiveSeconds(MOBILITY_TIME_MAX_S, 'A walk time')).check(
    z.minLength(1, 'Give at least one walk time.'),
    z.maxLength(2, 'Give at most two walk times.'),
  ),
  unable(),
]);

const partScore = () =>
  z.int('A part score is a whole number.').check(z.gte(0, 'A part score is from 0 to 4.'), z.lte(4, 'A part score is from 0 to 4.'));

export const mobilityTestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...base,
      kind: z.literal('balance'),
      holds: balanceHolds,
      /** How the last stance tried was ended: a tap ("I moved"), or the phone felt a sway. */
      stoppedBy: z.optional(z.enum(['tapped', 'motion'], 'Choose tapped or motion.')),
    })
    .check(z.refine((r) => holdsInOrder(r.holds), 'A stance was tried after one that was not held for 10 seconds.')),
  z.object({
    ...base,
    kind: z.literal('walk'),
    courseMetres: courseMetres(),
    /** Seconds for each walk (one or two), or "unable". */
    walkSeconds: walkTimes,
    timedBy: timedBy(),
  }),
  z.object({
    ...base,
    kind: z.literal('tug'),
    seconds: z.union([positiveSeconds(MOBILITY_TIME_MAX_S, 'The time'), unable()]),
    timedBy: timedBy(),
  }),
  z
    .object({
      ...base,
      kind: z.literal('sppb'),
      holds: sppbHolds,
      courseMetres: courseMetres(),
      /** The faster walk as the time over 4 m (a 3 m course scaled), or "unable". */
      walkSeconds: z.union([positiveSeconds(MOBILITY_TIME_MAX_S, 'The walk time'), unable()]),
      fiveStandsSeconds: z.union([positiveSeconds(FIVE_STANDS_MAX_S, 'The time for five stands'), unable()]),
      balanceScore: partScore(),
      walkScore: partScore(),
      chairStandsScore: partScore(),
      total: z.int('The total is a whole number.').check(z.gte(0, 'The total is from 0 to 12.'), z.lte(12, 'The total is from 0 to 12.')),
    })
    .check(
      z.refine((r) => holdsInOrder(r.holds), 'A stance was tried after one that was not held for 10 seconds.'),
      z.refine((r) => {
        const score = sppbScore(r.holds, r.walkSeconds, r.fiveStandsSeconds);
        return score.balance === r.balanceScore && score.walk === r.walkScore && score.chairStands === r.chairStandsScore && score.total === r.total;
      }, 'The scores do not match the times.'),
    ),
]);

export type MobilityTest = z.infer<typeof mobilityTestSchema>;
export type MobilityTestKind = MobilityTest['kind'];
export type MobilityTestOf<K extends MobilityTestKind> = Extract<MobilityTest, { kind: K }>;
export type BalanceStanceHolds = z.infer<typeof balanceHolds>;
