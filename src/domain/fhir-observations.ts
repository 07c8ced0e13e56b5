// One FHIR R4 Observation per saved result. Values leave in the canonical
// units they are stored in (kg, cm, s, g), rounded to what the measurement
// can tell: an imperial person's 150 lb, stored as 68.0388555 kg, exports as 68.04 kg.
import type { BundleEntry, CodeableConcept, Coding, Observation, ObservationComponent, Quantity, Reference } from 'fhir/r4';
import { bodySite, category, CODES, REGAIN_SIGNS, REGAIN_URGENCY, UCUM, UNITS, type ObservationCategory, type Side } from './fhir-codes';
import { effectiveDateTime, withLocalOffset } from './fhir-time';
import type { LocalDate } from './dates';

// The shapes the export reads, written out here because domain code never
// imports the database layer; the stored records fit them as they are.
interface Saved {
  id: string;
  day: LocalDate;
  createdAt: string;
  note?: string;
}
export type EntryForFhir = Saved &
  (
    | { kind: 'chair-stand-30s'; reps: number; usedArms: boolean }
    | { kind: 'sit-to-stand-count'; reps: number }
    | { kind: 'five-times-sit-to-stand'; seconds: number }
    | { kind: 'circumference'; site: 'calf' | 'thigh' | 'upper-arm'; side: Side; cm: number }
    | { kind: 'weight'; kg: number }
    | { kind: 'grip'; side: Side; kg: number }
    | { kind: 'protein'; grams: number; scope: 'meal' | 'day' }
    | { kind: 'steps'; steps: number }
  );
export interface SarcFForFhir {
  id: string;
  day: LocalDate;
  at: string;
  answers: { strength: number; walking: number; rising: number; stairs: number; falls: number };
  total: number;
}
export interface CheckInForFhir {
  id: string;
  day: LocalDate;
  at: string;
  signIds: readonly string[];
}
export type UrgencyLevel = 'emergency' | 'urgent' | 'soon' | 'self-care';
export interface TriageRunForFhir {
  id: string;
  at: string;
  level: UrgencyLevel;
  outcome?: { title: string };
}

/** Rounded to `decimals` places: enough for the measurement, without float noise (68.03885549 → 68.04). */
export function roundTo(value: number, decimals: number): number {
  const scale = 10 ** decimals;
  return Math.round(value * scale) / scale;
}

type UnitName = keyof typeof UNITS;
function quantity(value: number, unit: UnitName, decimals: number): Quantity {
  return { value: roundTo(value, decimals), unit: UNITS[unit].unit, system: UCUM, code: UNITS[unit].code };
}

interface ObservationParts {
  id: string;
  code: Coding;
  category: ObservationCategory;
  effective: string;
  value?: Pick<Observation, 'valueQuantity' | 'valueCodeableConcept'>;
  bodySite?: CodeableConcept;
  component?: ObservationComponent[];
  note?: string;
}

function observation(parts: ObservationParts, patient: Reference): BundleEntry<Observation> {
  const resource: Observation = {
    resourceType: 'Observation',
    status: 'final',
    category: category(parts.category),
    code: { coding: [parts.code] },
    subject: patient,
    effectiveDateTime: parts.effective,
    // The person measured it themselves, at home, with Regain's instructions.
    performer: [patient],
    ...parts.value,
    ...(parts.bodySite ? { bodySite: parts.bodySite } : {}),
    ...(parts.component ? { component: parts.component } : {}),
    ...(parts.note ? { note: [{ text: parts.note }] } : {}),
  };
  return { fullUrl: `urn:uuid:${parts.id}`, resource };
}

const CIRCUMFERENCE_CODES = {
  calf: CODES.calfCircumference,
  thigh: CODES.thighCircumference,
  'upper-arm': CODES.upperArmCircumference,
} as const;

/** The parts of an entry's Observation that depend on its kind. */
function entryParts(entry: EntryForFhir): Pick<ObservationParts, 'code' | 'category' | 'value' | 'bodySite'> {
  switch (entry.kind) {
    case 'weight':
      return { code: CODES.bodyWeight, category: 'vital-signs', value: { valueQuantity: quantity(entry.kg, 'kg', 2) } };
    case 'chair-stand-30s':
      return {
        code: entry.usedArms ? CODES.chairStand30sWithArms : CODES.chairStand30s,
        category: 'exam',
        value: { valueQuantity: quantity(entry.reps, 'standsPer30s', 0) },
      };
    case 'five-times-sit-to-stand':
      return { code: CODES.fiveTimesSitToStand, category: 'exam', value: { valueQuantity: quantity(entry.seconds, 's', 2) } };
    case 'grip':
      return {
        code: entry.side === 'left' ? CODES.gripLeft : CODES.gripRight,
        category: 'exam',
        value: { valueQuantity: quantity(entry.kg, 'kg', 2) },
        bodySite: bodySite('hand', entry.side),
      };
    case 'circumference':
      return {
        code: CIRCUMFERENCE_CODES[entry.site],
        category: 'exam',
        value: { valueQuantity: quantity(entry.cm, 'cm', 1) },
        bodySite: bodySite(entry.site, entry.side),
      };
    case 'steps':
      return { code: CODES.stepsPerDay, category: 'activity', value: { valueQuantity: quantity(entry.steps, 'stepsPerDay', 0) } };
    case 'sit-to-stand-count':
      return { code: CODES.sitToStandPractice, category: 'activity', value: { valueQuantity: quantity(entry.reps, 'count', 0) } };
    case 'protein':
      // What a person eats is lifestyle: the category list has no closer one.
      return {
        code: entry.scope === 'meal' ? CODES.proteinMeal : CODES.proteinDay,
        category: 'social-history',
        value: { valueQuantity: quantity(entry.grams, 'g', 1) },
      };
  }
}

export function entryObservation(entry: EntryForFhir, patient: Reference): BundleEntry<Observation> {
  return observation({ id: entry.id, effective: effectiveDateTime(entry.day, entry.createdAt), note: entry.note, ...entryParts(entry) }, patient);
}

const SARC_F_ITEM_CODES = [
  ['strength', CODES.sarcFStrength],
  ['walking', CODES.sarcFWalking],
  ['rising', CODES.sarcFRising],
  ['stairs', CODES.sarcFStairs],
  ['falls', CODES.sarcFFalls],
] as const;

export function sarcFObservation(result: SarcFForFhir, patient: Reference): BundleEntry<Observation> {
  return observation(
    {
      id: result.id,
      code: CODES.sarcFTotal,
      category: 'survey',
      effective: effectiveDateTime(result.day, result.at),
      value: { valueQuantity: quantity(result.total, 'score', 0) },
      // Each answer scores 0, 1 or 2; the total is their sum.
      component: SARC_F_ITEM_CODES.map(([item, code]) => ({ code: { coding: [code] }, valueInteger: result.answers[item] })),
    },
    patient,
  );
}

export function checkInObservation(checkIn: CheckInForFhir, patient: Reference, signText?: (id: string) => string | undefined): BundleEntry<Observation> {
  const signs = [...new Set(checkIn.signIds)];
  return observation(
    {
      id: checkIn.id,
      code: CODES.symptomChecklist,
      category: 'survey',
      effective: effectiveDateTime(checkIn.day, checkIn.at),
      value: { valueQuantity: quantity(signs.length, 'signs', 0) },
      component: signs.map((id) => {
        const display = signText?.(id);
        return { code: { coding: [{ system: REGAIN_SIGNS, code: id, ...(display ? { display } : {}) }] }, valueBoolean: true };
      }),
    },
    patient,
  );
}

export const URGENCY_DISPLAY: Record<UrgencyLevel, string> = {
  emergency: 'Emergency: told to call the emergency number',
  urgent: 'Urgent: told to speak to a doctor today',
  soon: 'Soon: told to book an appointment (about 2 weeks)',
  'self-care': 'Self-care: no red flag found',
};

export function triageRunObservation(run: TriageRunForFhir, patient: Reference): BundleEntry<Observation> {
  const concept: CodeableConcept = { coding: [{ system: REGAIN_URGENCY, code: run.level, display: URGENCY_DISPLAY[run.level] }] };
  if (run.outcome?.title) concept.text = run.outcome.title;
  return observation(
    { id: run.id, code: CODES.redFlagCheck, category: 'survey', effective: withLocalOffset(new Date(run.at)), value: { valueCodeableConcept: concept } },
    patient,
  );
}
