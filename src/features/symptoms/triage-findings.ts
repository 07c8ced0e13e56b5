import { chairStandResultsBetween } from '../../db/entries-reads';
import { latestSarcFResult } from '../../db/sarc-f-repository';
import { chairStandDecline, DECLINE_WEEKS } from '../../domain/chair-stand-decline';
import { addDays, todayLocal } from '../../domain/dates';
import { sarcFSuggestsAssessment } from '../../domain/sarc-f';
import type { QuestionLevel } from '../../domain/triage-engine';
import { formatDay } from '../../ui/format';
import { redFlagCheck } from './triage-content';

/** A finding from the content file that the person's data shows, with what it saw. */
export interface FoundFinding {
  id: string;
  level: QuestionLevel;
  /** The content's plain reason, shown on the outcome. */
  reason: string;
  /** What was seen, e.g. "SARC-F score 5 on 12 November 2026." */
  detail: string;
}

function found(id: string, detail: string): FoundFinding[] {
  const finding = redFlagCheck.findings.find((f) => f.id === id);
  // A content file without this finding simply does not use it.
  return finding ? [{ id, level: finding.level, reason: finding.reason, detail }] : [];
}

/**
 * Reads what the app already holds that the red-flag check counts: the latest
 * SARC-F score and the chair-stand trend. A read that fails adds nothing (the
 * answers still decide), rather than stopping the check.
 */
export async function readTriageFindings(now = new Date()): Promise<FoundFinding[]> {
  const today = todayLocal(now);
  const [sarcF, chairStands] = await Promise.all([
    latestSarcFResult().catch(() => null),
    chairStandResultsBetween(addDays(today, -(DECLINE_WEEKS * 7)), today).catch(() => []),
  ]);
  const findings: FoundFinding[] = [];
  if (sarcF && sarcFSuggestsAssessment(sarcF.total)) {
    findings.push(...found('saved-sarc-f-score', `Your SARC-F score was ${sarcF.total} out of 10 on ${formatDay(sarcF.day)}.`));
  }
  const decline = chairStandDecline(
    chairStands.map((e) => ({ day: e.day, at: e.createdAt, reps: e.reps, usedArms: e.usedArms })),
    today,
  );
  if (decline) {
    findings.push(
      ...found('chair-stand-decline', `Your 30-second chair stand went from ${decline.from} to ${decline.to} stands.`),
    );
  }
  return findings;
}
