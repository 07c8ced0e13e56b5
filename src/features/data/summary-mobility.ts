// The balance, walking speed, Timed Up and Go and SPPB rows of the clinician
// summary: the newest result of each, one row per published line, each with
// the line's source. Pure; summary-model.ts numbers the sources and groups
// the rows with the other tests'.
import type { MobilityTest, MobilityTestKind, MobilityTestOf } from '../../db/mobility-schema';
import { fasterWalkSpeed } from '../../domain/faster-walk';
import { assess, GAIT_SPEED_LINES, TANDEM_LINE, TUG_LINES } from '../../domain/mobility-norms';
import { assessSppb } from '../../domain/sppb';
import { formatNumber, type UnitSystem } from '../../domain/units';
import { formatShortDay } from '../../ui/format';
import { formatSpeed } from '../../ui/format-speed';

export interface LatestMobility {
  sppb: MobilityTestOf<'sppb'> | null;
  /** The newest walk timed on its own or as the SPPB's walk part. */
  walk: MobilityTestOf<'walk' | 'sppb'> | null;
  tug: MobilityTestOf<'tug'> | null;
  balance: MobilityTestOf<'balance'> | null;
}

export function latestMobility(tests: readonly MobilityTest[]): LatestMobility {
  const newest = [...tests].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  const first = <K extends MobilityTestKind>(...kinds: K[]) =>
    newest.find((t): t is MobilityTestOf<K> => (kinds as MobilityTestKind[]).includes(t.kind)) ?? null;
  return { sppb: first('sppb'), walk: first('walk', 'sppb'), tug: first('tug'), balance: first('balance') };
}

/** A row before its source is numbered. */
export interface MobilityRow {
  test: string;
  result: string;
  cutoff: string;
  finding: string;
  flagged: boolean | null;
  source: string;
}

const TIMED_BY = { motion: 'timed by the phone’s motion sensor', tapped: 'timed by taps', typed: 'time typed in' } as const;
const s = (seconds: number) => `${formatNumber(seconds, 2)} s`;
const hold = (seconds: number | null) => (seconds === null ? 'not tried' : s(seconds));

/** One row per line; a test the person could not do is said, not compared. */
function against<L extends { label: string; source: string; flagged: boolean }>(
  test: string,
  result: string,
  lines: readonly L[],
  unable: boolean,
  words: [flagged: string, clear: string],
): MobilityRow[] {
  return lines.map((l) => ({
    test,
    result,
    cutoff: l.label,
    finding: unable ? 'Could not do the test' : l.flagged ? words[0] : words[1],
    flagged: unable ? null : l.flagged,
    source: l.source,
  }));
}

export function mobilityRows(latest: LatestMobility, units: UnitSystem): MobilityRow[] {
  const rows: MobilityRow[] = [];
  const { sppb, walk, tug, balance } = latest;
  if (sppb) {
    const scaled = sppb.courseMetres === 3 ? ', timed over 3 m and scaled' : '';
    const walkPart = sppb.walkSeconds === 'unable' ? 'unable' : `4 m in ${s(sppb.walkSeconds)}${scaled}`;
    const stands = sppb.fiveStandsSeconds === 'unable' ? 'unable' : s(sppb.fiveStandsSeconds);
    const result = `${sppb.total} of 12: balance ${sppb.balanceScore}, gait ${sppb.walkScore} (${walkPart}), chair stands ${sppb.chairStandsScore} (${stands}), ${formatShortDay(sppb.day)}`;
    rows.push(...against('Short Physical Performance Battery (SPPB)', result, assessSppb(sppb.total), false, ['At or under the cut-off', 'Over the cut-off']));
  }
  if (walk) {
    const speed = fasterWalkSpeed(walk);
    const shown = speed === null ? 'Could not do the walk' : `${formatNumber(speed, 2)} m/s${units === 'imperial' ? ` (${formatSpeed(speed, units)})` : ''}`;
    const walks = walk.kind === 'walk' && walk.walkSeconds !== 'unable' && walk.walkSeconds.length === 2 ? 'faster of 2 walks' : 'one walk';
    const how = walk.kind === 'sppb' ? 'the SPPB’s walk' : `${walks} over ${walk.courseMetres} m, ${TIMED_BY[walk.timedBy]}`;
    const lines = assess(GAIT_SPEED_LINES, speed ?? 0);
    rows.push(...against('Usual walking speed', `${shown} (${how}), ${formatShortDay(walk.day)}`, lines, speed === null, ['At or under the cut-off', 'Over the cut-off']));
  }
  if (tug) {
    const unable = tug.seconds === 'unable';
    const result = `${unable ? 'Could not do it' : s(tug.seconds as number)} (${TIMED_BY[tug.timedBy]}), ${formatShortDay(tug.day)}`;
    rows.push(...against('Timed Up and Go', result, assess(TUG_LINES, unable ? 0 : (tug.seconds as number)), unable, ['At or over the cut-off', 'Under the cut-off']));
  }
  if (balance) {
    const h = balance.holds;
    const result = `Side by side ${hold(h.sideBySide)}, semi-tandem ${hold(h.semiTandem)}, tandem ${hold(h.tandem)}, one leg ${hold(h.oneLeg)}, ${formatShortDay(balance.day)}`;
    const line = { ...TANDEM_LINE, flagged: TANDEM_LINE.flags(h.tandem ?? 0) };
    rows.push(...against('4-Stage Balance Test', result, [line], false, ['Tandem not held for 10 s', 'Tandem held for 10 s']));
  }
  return rows;
}
