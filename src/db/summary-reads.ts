import { db } from './database';
import { defaultProfile, PROFILE_ID } from './profile-defaults';
import type { Profile } from './profile-schema';
import type { LogEntry } from './log-entry-schema';
import type { SarcFResult, SymptomCheckIn, TriageRun } from './activity-schemas';
import type { MobilityTest } from './mobility-schema';

export interface SummaryData {
  profile: Profile;
  /** Tests and measurements (not daily practice counts, protein or steps). */
  entries: LogEntry[];
  triageRuns: TriageRun[];
  checkIns: SymptomCheckIn[];
  sarcFResults: SarcFResult[];
  /** Balance, walking speed, Timed Up and Go and SPPB results. */
  mobilityTests: MobilityTest[];
}

const SUMMARY_KINDS: LogEntry['kind'][] = ['chair-stand-30s', 'five-times-sit-to-stand', 'circumference', 'grip', 'weight'];

export async function loadSummaryData(): Promise<SummaryData> {
  return db.transaction('r', [db.profile, db.entries, db.triageRuns, db.symptomCheckIns, db.sarcFResults, db.mobilityTests], async () => {
    const [profile, entries, triageRuns, checkIns, sarcFResults, mobilityTests] = await Promise.all([
      db.profile.get(PROFILE_ID),
      db.entries.where('kind').anyOf(SUMMARY_KINDS).toArray(),
      db.triageRuns.toArray(),
      db.symptomCheckIns.toArray(),
      db.sarcFResults.toArray(),
      db.mobilityTests.toArray(),
    ]);
    return { profile: profile ?? defaultProfile(), entries, triageRuns, checkIns, sarcFResults, mobilityTests };
  });
}
