import { db } from './database';
import { entriesOfKind } from './entries-reads';
import { defaultProfile, PROFILE_ID } from './profile-defaults';
import type { LogEntry } from './log-entry-schema';
import type { SarcFResult, SymptomCheckIn, TriageRun } from './activity-schemas';
import { addDays, toLocalDate, type LocalDate } from '../domain/dates';
import { FHIR_GROUPS, GROUP_ENTRY_KINDS, type FhirCounts, type FhirGroup } from '../domain/fhir-export-choices';
import type { FhirExportData } from '../domain/fhir-bundle';

// The FHIR export's reads: what falls in the chosen days, through the indexes
// ([kind+day] for entries, day for check-ins, at for red-flag checks and SARC-F),
// so a preview of the last 4 weeks costs those weeks, not three years.

/**
 * Red-flag checks and SARC-F results are indexed by their saved instant, which
 * may carry an offset (from another phone's backup) rather than Z, so strings
 * compare up to 14 hours out. Read from a day earlier, then keep the local days asked for.
 */
function indexFloor(from: LocalDate): string {
  const [y, m, d] = addDays(from, -1).split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}

function triageRunsFrom(from: LocalDate | null): Promise<TriageRun[]> {
  if (from === null) return db.triageRuns.toArray();
  return db.triageRuns
    .where('at')
    .aboveOrEqual(indexFloor(from))
    .filter((run) => toLocalDate(new Date(run.at)) >= from)
    .toArray();
}

function sarcFResultsFrom(from: LocalDate | null): Promise<SarcFResult[]> {
  if (from === null) return db.sarcFResults.toArray();
  return db.sarcFResults
    .where('at')
    .aboveOrEqual(indexFloor(from))
    .filter((result) => result.day >= from)
    .toArray();
}

function checkInsFrom(from: LocalDate | null): Promise<SymptomCheckIn[]> {
  return from === null ? db.symptomCheckIns.toArray() : db.symptomCheckIns.where('day').aboveOrEqual(from).toArray();
}

const ENTRY_GROUPS = ['tests', 'measurements', 'daily'] as const;

/** How many results of each group fall on or after `from` (null: all of them). */
export async function countFhirExport(from: LocalDate | null): Promise<FhirCounts> {
  return db.transaction('r', [db.entries, db.symptomCheckIns, db.triageRuns, db.sarcFResults], async () => {
    const entryCounts = await Promise.all(
      ENTRY_GROUPS.map(async (group) => {
        const perKind = await Promise.all(GROUP_ENTRY_KINDS[group].map((kind) => entriesOfKind(kind, from).count()));
        return perKind.reduce((sum, n) => sum + n, 0);
      }),
    );
    const checkIns = from === null ? db.symptomCheckIns.count() : db.symptomCheckIns.where('day').aboveOrEqual(from).count();
    const [checkInCount, runs, sarcF] = await Promise.all([checkIns, triageRunsFrom(from), sarcFResultsFrom(from)]);
    return {
      tests: entryCounts[0]!,
      measurements: entryCounts[1]!,
      daily: entryCounts[2]!,
      symptomChecks: checkInCount + runs.length,
      sarcF: sarcF.length,
    };
  });
}

/** Everything the export writes for the chosen groups, on or after `from`, with the profile's birth year and sex. */
export async function loadFhirExport(from: LocalDate | null, chosen: ReadonlySet<FhirGroup>): Promise<FhirExportData> {
  const groups = FHIR_GROUPS.filter((g) => chosen.has(g));
  const kinds = ENTRY_GROUPS.filter((g) => groups.includes(g)).flatMap((g) => GROUP_ENTRY_KINDS[g]);
  return db.transaction('r', [db.profile, db.entries, db.symptomCheckIns, db.triageRuns, db.sarcFResults], async () => {
    const [profile, entriesByKind, checkIns, triageRuns, sarcFResults] = await Promise.all([
      db.profile.get(PROFILE_ID),
      Promise.all(kinds.map((kind) => entriesOfKind(kind, from).toArray() as Promise<LogEntry[]>)),
      chosen.has('symptomChecks') ? checkInsFrom(from) : [],
      chosen.has('symptomChecks') ? triageRunsFrom(from) : [],
      chosen.has('sarcF') ? sarcFResultsFrom(from) : [],
    ]);
    const { yearOfBirth, sex } = profile ?? defaultProfile();
    return { profile: { yearOfBirth, sex }, entries: entriesByKind.flat(), checkIns, triageRuns, sarcFResults };
  });
}
