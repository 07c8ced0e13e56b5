import { chairStandThreshold, type Sex } from './chair-stand-norms';
import { addDays, type LocalDate } from './dates';
import { SPPB_LOW_PERFORMANCE_LINES } from './sppb';

export interface StartingLevelAdvice {
  level: number;
  reason: string;
}

/** What the rule needs from the newest SPPB. */
export interface SppbForLevel {
  day: LocalDate;
  total: number;
}

/** An SPPB counts for this many weeks (today and the 83 days before). */
export const SPPB_RECENT_WEEKS = 12;
/** The lowest published line for low physical performance (8 or fewer, EWGSOP2): at or below it, Assisted. */
const LOW_PERFORMANCE = [...SPPB_LOW_PERFORMANCE_LINES].sort((a, b) => a.atMost - b.atMost)[0]!;
export const SPPB_ASSISTED_AT_MOST = LOW_PERFORMANCE.atMost;

const SUPPORT_TAIL = 'If standing is not possible yet, choose Bed or chair.';

/**
 * A first plan level from the latest 30-second chair stand. Product choice:
 * needing the arms (a STEADI score of 0) suggests Assisted; a score below the
 * STEADI below-average line for the person's age and sex suggests Assisted;
 * at or above it, Building. Strong is reached by progressing, never suggested
 * from one test. Without a norm (under 60, or age or sex unknown) a full test
 * without the arms suggests Building.
 */
function fromChairStand(result: { reps: number; usedArms: boolean } | null, age: number | null, sex: Sex): StartingLevelAdvice | null {
  if (!result) return null;
  if (result.usedArms || result.reps === 0) {
    return { level: 1, reason: `You needed your arms to stand, so start with support. ${SUPPORT_TAIL}` };
  }
  const thresholds = age === null ? [] : sex === 'unspecified' ? (['female', 'male'] as const).map((s) => chairStandThreshold(age, s)) : [chairStandThreshold(age, sex)];
  const known = thresholds.filter((t) => t !== null);
  if (known.length === 0) return { level: 2, reason: `You did ${result.reps} stands without your arms.` };
  // With sex not given, use the higher line so the suggestion errs on the safe side.
  const line = Math.max(...known.map((t) => t.belowAverageIfUnder));
  return result.reps < line
    ? { level: 1, reason: `${result.reps} stands is below ${line}, the below-average line for your age (CDC STEADI).` }
    : { level: 2, reason: `${result.reps} stands meets the line of ${line} for your age (CDC STEADI).` };
}

/**
 * The chair-stand suggestion above, refined by the newest SPPB when there is
 * one from the last 12 weeks. Product choice:
 * - Only the newest SPPB counts, and only for 12 weeks: the plan should follow
 *   what the person can do now, and 12 weeks of training can change it (the
 *   doctor's summary looks back as far).
 * - A total at or under the lowest published line for low physical
 *   performance (8 or fewer, EWGSOP2) suggests Assisted: a score the guideline
 *   calls low performance starts with support, the safer side, whatever else
 *   was measured. (0 points for the chair stands, over 60 s or could not,
 *   always leaves a total of 8 or fewer.)
 * - Otherwise the SPPB suggests Building, and the lower of it and the chair
 *   stand's suggestion wins: the safer start. The reason says which test led.
 * - Strong (level 3) is never suggested, as before.
 */
export function suggestStartingLevel(
  result: { reps: number; usedArms: boolean } | null,
  age: number | null,
  sex: Sex,
  sppb: SppbForLevel | null = null,
  today: LocalDate | null = null,
): StartingLevelAdvice | null {
  const chair = fromChairStand(result, age, sex);
  const recent = sppb && today && sppb.day <= today && sppb.day >= addDays(today, -(SPPB_RECENT_WEEKS * 7 - 1)) ? sppb : null;
  if (!recent) return chair;
  const score = `Your latest SPPB score was ${recent.total} out of 12`;
  if (recent.total <= SPPB_ASSISTED_AT_MOST) {
    const guideline = LOW_PERFORMANCE.source.split(':')[0];
    return {
      level: 1,
      reason: `${score}. ${SPPB_ASSISTED_AT_MOST} or fewer is the line for low physical performance (${guideline}), so start with support. ${SUPPORT_TAIL}`,
    };
  }
  if (!chair) return { level: 2, reason: `${score}: more than ${SPPB_ASSISTED_AT_MOST}, so you can start without support.` };
  if (chair.level === 1) return { level: 1, reason: `${chair.reason} ${score}, which alone would suggest more; the safer start is suggested.` };
  return { level: 2, reason: `${chair.reason} ${score}, which agrees.` };
}
