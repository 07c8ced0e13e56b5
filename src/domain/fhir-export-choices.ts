// What the person chooses before a FHIR export: how far back, and which kinds
// of result. Shared by the database read (which counts and loads) and the screen.
import { addDays, type LocalDate } from './dates';

export const FHIR_RANGES = [
  { id: '4-weeks', label: 'Last 4 weeks', days: 28 },
  { id: '12-weeks', label: 'Last 12 weeks', days: 84 },
  { id: '1-year', label: 'Last year', days: 365 },
  { id: 'everything', label: 'Everything', days: null },
] as const;
export type FhirRangeId = (typeof FHIR_RANGES)[number]['id'];
/** Twelve weeks, as the printed summary covers. */
export const DEFAULT_FHIR_RANGE: FhirRangeId = '12-weeks';

/** The first day in the range (today counts as one of its days), or null for everything. */
export function rangeStart(range: FhirRangeId, today: LocalDate): LocalDate | null {
  const days = FHIR_RANGES.find((r) => r.id === range)!.days;
  return days === null ? null : addDays(today, -(days - 1));
}

export type FhirGroup = 'tests' | 'measurements' | 'daily' | 'symptomChecks' | 'sarcF';
export const FHIR_GROUPS: readonly FhirGroup[] = ['tests', 'measurements', 'daily', 'symptomChecks', 'sarcF'];

/** Which log entries each group holds; symptom checks and SARC-F live in tables of their own. */
export const GROUP_ENTRY_KINDS = {
  tests: ['chair-stand-30s', 'five-times-sit-to-stand'],
  measurements: ['weight', 'grip', 'circumference'],
  daily: ['sit-to-stand-count', 'steps', 'protein'],
} as const;

/** What each checkbox says: a name, and what the group holds. */
export const FHIR_GROUP_LABELS: Record<FhirGroup, { name: string; holds: string }> = {
  tests: { name: 'Tests', holds: '30-second chair stand, five-times sit-to-stand' },
  measurements: { name: 'Measurements', holds: 'weight, grip strength, limb sizes' },
  daily: { name: 'Daily logs', holds: 'sit-to-stand practice, steps, protein' },
  symptomChecks: { name: 'Symptom checks', holds: 'checklists and red-flag checks' },
  sarcF: { name: 'SARC-F scores', holds: 'the five-question muscle screen' },
};

const COUNT_WORDS: Record<FhirGroup, [one: string, many: string]> = {
  tests: ['test', 'tests'],
  measurements: ['measurement', 'measurements'],
  daily: ['daily log', 'daily logs'],
  symptomChecks: ['symptom check', 'symptom checks'],
  sarcF: ['SARC-F score', 'SARC-F scores'],
};

export type FhirCounts = Record<FhirGroup, number>;

/** "12 tests, 30 measurements, 3 symptom checks, 1 SARC-F score": the chosen groups that have results. */
export function describeCounts(counts: FhirCounts, chosen: ReadonlySet<FhirGroup>): string {
  const parts = FHIR_GROUPS.filter((g) => chosen.has(g) && counts[g] > 0).map((g) => {
    const [one, many] = COUNT_WORDS[g];
    return `${counts[g].toLocaleString('en')} ${counts[g] === 1 ? one : many}`;
  });
  return parts.length === 0 ? 'Nothing to export' : parts.join(', ');
}

export function totalChosen(counts: FhirCounts, chosen: ReadonlySet<FhirGroup>): number {
  return FHIR_GROUPS.reduce((sum, g) => sum + (chosen.has(g) ? counts[g] : 0), 0);
}
