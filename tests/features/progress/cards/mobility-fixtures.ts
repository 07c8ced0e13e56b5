import { sppbScore, type BalanceHolds, type PartResult } from '../../../../src/domain/sppb';
import type { MobilityTest } from '../../../../src/db/mobility-schema';
import { mobility } from '../progress-fixtures';

const FULL: BalanceHolds = { sideBySide: 10, semiTandem: 10, tandem: 10 };

/** An SPPB whose scores follow from its times, as the schema requires. */
export function sppb(day: string, times: { holds?: BalanceHolds; walk?: PartResult; five?: PartResult } = {}, hour = 10): MobilityTest {
  const holds = times.holds ?? FULL;
  const walk = times.walk ?? 4;
  const five = times.five ?? 10;
  const s = sppbScore(holds, walk, five);
  return mobility(
    { kind: 'sppb', day, holds, courseMetres: 4, walkSeconds: walk, fiveStandsSeconds: five, balanceScore: s.balance, walkScore: s.walk, chairStandsScore: s.chairStands, total: s.total },
    hour,
  );
}

export const walk = (day: string, walkSeconds: number[] | 'unable', courseMetres: 3 | 4 = 4, hour = 10) =>
  mobility({ kind: 'walk', day, courseMetres, walkSeconds, timedBy: 'tapped' }, hour);

export const tug = (day: string, seconds: number | 'unable', hour = 10) => mobility({ kind: 'tug', day, seconds, timedBy: 'motion' }, hour);

export const balance = (day: string, holds: { sideBySide: number | null; semiTandem: number | null; tandem: number | null; oneLeg: number | null }, hour = 10) =>
  mobility({ kind: 'balance', day, holds }, hour);
