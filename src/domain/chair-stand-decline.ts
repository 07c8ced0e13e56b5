// Has the person's 30-second chair stand gone down by a real amount? The red-flag
// check counts such a decline as a finding (at least "book an appointment").
// It errs safe by flagging either of two views of the same results:
// - Progress's rule: weekly medians over the last 12 weeks, the first week
//   against the latest, by 3 stands or 20 % over two weeks (change-detection.ts);
// - the four-week view the outcome shows under "What to tell them": first to
//   latest result falling by 3 stands or more (the same absolute threshold), so
//   a "6 fewer stands" line never sits under "Carry on with your plan".
import { CHAIR_STAND_CHANGE_RULE, detectChange } from './change-detection';
import { summariseChairStands, type ChairStandResult } from './chair-stand-four-weeks';
import { addDays, type LocalDate } from './dates';
import { aggregateByWeek } from './weekly-aggregation';

export const DECLINE_WEEKS = 12;

export interface ChairStandDecline {
  /** Stands at the start of the fall (a weekly median or the first result). */
  from: number;
  /** Stands now (the latest weekly median or result). */
  to: number;
}

export function chairStandDecline(results: readonly ChairStandResult[], today: LocalDate): ChairStandDecline | null {
  const first = addDays(today, -(DECLINE_WEEKS * 7 - 1));
  const weeks = aggregateByWeek(
    results.map((r) => ({ day: r.day, value: r.usedArms ? 0 : r.reps })),
    first,
    today,
  );
  const change = detectChange(
    weeks.map((w) => ({ start: w.start, value: w.median })),
    'higher',
    CHAIR_STAND_CHANGE_RULE,
  );
  if (change.status === 'compared' && change.real && change.direction === 'worse') {
    return { from: change.baseline.value, to: change.latest.value };
  }
  const recent = summariseChairStands(results, today);
  if (recent.kind === 'several') {
    const from = recent.first.usedArms ? 0 : recent.first.reps;
    const to = recent.latest.usedArms ? 0 : recent.latest.reps;
    if (from - to >= CHAIR_STAND_CHANGE_RULE.minAbsolute!) return { from, to };
  }
  return null;
}
