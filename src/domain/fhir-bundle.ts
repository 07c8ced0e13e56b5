// The FHIR export: one R4 Bundle of type "collection" holding a Patient with
// no name (only a birth year and sex, where the person gave them) and one
// Observation per result, each pointing at that Patient through its urn:uuid.
// A file for a clinic's computer system; the printed summary is for people.
import type { Bundle, BundleEntry, Observation, Patient, Reference } from 'fhir/r4';
import { toLocalDate } from './dates';
import { withLocalOffset } from './fhir-time';
import {
  checkInObservation,
  entryObservation,
  sarcFObservation,
  triageRunObservation,
  type CheckInForFhir,
  type EntryForFhir,
  type SarcFForFhir,
  type TriageRunForFhir,
} from './fhir-observations';

export interface FhirExportData {
  profile: { yearOfBirth?: number; sex: 'female' | 'male' | 'unspecified' };
  entries: readonly EntryForFhir[];
  sarcFResults: readonly SarcFForFhir[];
  checkIns: readonly CheckInForFhir[];
  triageRuns: readonly TriageRunForFhir[];
}

export interface FhirBundleOptions {
  now: Date;
  /** A fresh UUID for the Patient: it names nobody, and differs from file to file. */
  patientId: string;
  /** The words of a checklist sign, to show beside its id. */
  signText?: (id: string) => string | undefined;
}

export function patientResource(profile: FhirExportData['profile']): Patient {
  return {
    resourceType: 'Patient',
    ...(profile.sex === 'unspecified' ? {} : { gender: profile.sex }),
    // Regain keeps only the year of birth; FHIR takes a year alone as a date.
    ...(profile.yearOfBirth === undefined ? {} : { birthDate: String(profile.yearOfBirth) }),
  };
}

type Timed = { entry: BundleEntry<Observation>; day: string; at: string };

/** The whole export, oldest result first (then in the order they were saved). */
export function buildFhirBundle(data: FhirExportData, options: FhirBundleOptions): Bundle {
  const patientUrl = `urn:uuid:${options.patientId}`;
  const patient: Reference = { reference: patientUrl };
  const timed: Timed[] = [
    ...data.entries.map((e) => ({ entry: entryObservation(e, patient), day: e.day, at: e.createdAt })),
    ...data.sarcFResults.map((r) => ({ entry: sarcFObservation(r, patient), day: r.day, at: r.at })),
    ...data.checkIns.map((c) => ({ entry: checkInObservation(c, patient, options.signText), day: c.day, at: c.at })),
    ...data.triageRuns.map((t) => ({ entry: triageRunObservation(t, patient), day: toLocalDate(new Date(t.at)), at: t.at })),
  ];
  // Timestamps are compared as instants: a restored record may carry an offset instead of Z.
  timed.sort((a, b) => a.day.localeCompare(b.day) || Date.parse(a.at) - Date.parse(b.at));
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: withLocalOffset(options.now),
    entry: [{ fullUrl: patientUrl, resource: patientResource(data.profile) }, ...timed.map((t) => t.entry)],
  };
}

/** The file: compact JSON, since it is for a computer, not for reading. */
export function fhirFileText(bundle: Bundle): string {
  return JSON.stringify(bundle);
}

/** `regain-fhir-2026-11-30.json`: the export day, on this phone's calendar. */
export function fhirFileName(now: Date): string {
  return `regain-fhir-${toLocalDate(now)}.json`;
}
