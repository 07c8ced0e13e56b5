import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkInObservation,
  entryObservation,
  roundTo,
  sarcFObservation,
  triageRunObservation,
  type EntryForFhir,
} from '../../src/domain/fhir-observations';
import { effectiveDateTime, withLocalOffset } from '../../src/domain/fhir-time';
import { toCanonicalMass } from '../../src/domain/units';

// Each kind of result, mapped to its FHIR Observation: code, category, unit,
// rounding, sides and times. The bundle and the schema check are in fhir-bundle.test.ts.

const patient = { reference: 'urn:uuid:00000000-0000-4000-8000-000000000001' };
const ID = '7a2b3c4d-5e6f-4a1b-8c2d-000000000001';
const saved = { id: ID, day: '2026-11-30', createdAt: '2026-11-30T08:15:00.000Z' };
const originalTz = process.env.TZ;

beforeEach(() => {
  process.env.TZ = 'Europe/Paris';
});
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

const UCUM = 'http://unitsofmeasure.org';
const LOINC = 'http://loinc.org';
const REGAIN = 'https://regain.app/fhir/CodeSystem/regain-observations';

describe('log entries', () => {
  it.each<[string, EntryForFhir, { system: string; code: string }, string, { value: number; code: string }]>([
    ['weight (150 lb stored as kg)', { ...saved, kind: 'weight', kg: toCanonicalMass(150, 'imperial') }, { system: LOINC, code: '29463-7' }, 'vital-signs', { value: 68.04, code: 'kg' }],
    ['30-second chair stand', { ...saved, kind: 'chair-stand-30s', reps: 12, usedArms: false }, { system: LOINC, code: '66247-8' }, 'exam', { value: 12, code: '{#}/(30.s)' }],
    ['30-second chair stand using arms', { ...saved, kind: 'chair-stand-30s', reps: 7, usedArms: true }, { system: LOINC, code: '93125-3' }, 'exam', { value: 7, code: '{#}/(30.s)' }],
    ['five-times sit-to-stand', { ...saved, kind: 'five-times-sit-to-stand', seconds: 12.3456 }, { system: REGAIN, code: 'five-times-sit-to-stand' }, 'exam', { value: 12.35, code: 's' }],
    ['grip, left', { ...saved, kind: 'grip', side: 'left', kg: 21.456 }, { system: LOINC, code: '83173-5' }, 'exam', { value: 21.46, code: 'kg' }],
    ['grip, right', { ...saved, kind: 'grip', side: 'right', kg: 23 }, { system: LOINC, code: '83174-3' }, 'exam', { value: 23, code: 'kg' }],
    ['calf', { ...saved, kind: 'circumference', site: 'calf', side: 'right', cm: 33.26 }, { system: REGAIN, code: 'calf-circumference' }, 'exam', { value: 33.3, code: 'cm' }],
    ['thigh', { ...saved, kind: 'circumference', site: 'thigh', side: 'left', cm: 48 }, { system: REGAIN, code: 'thigh-circumference' }, 'exam', { value: 48, code: 'cm' }],
    ['upper arm', { ...saved, kind: 'circumference', site: 'upper-arm', side: 'left', cm: 27.04 }, { system: REGAIN, code: 'upper-arm-circumference' }, 'exam', { value: 27, code: 'cm' }],
    ['steps', { ...saved, kind: 'steps', steps: 7267 }, { system: LOINC, code: '41950-7' }, 'activity', { value: 7267, code: '/d' }],
    ['practice sit-to-stands', { ...saved, kind: 'sit-to-stand-count', reps: 30 }, { system: REGAIN, code: 'sit-to-stand-practice' }, 'activity', { value: 30, code: '{#}' }],
    ['protein, one meal', { ...saved, kind: 'protein', grams: 25.55, scope: 'meal' }, { system: REGAIN, code: 'protein-intake-meal' }, 'social-history', { value: 25.6, code: 'g' }],
    ['protein, whole day', { ...saved, kind: 'protein', grams: 80, scope: 'day' }, { system: REGAIN, code: 'protein-intake-day' }, 'social-history', { value: 80, code: 'g' }],
  ])('%s', (_name, entry, code, category, value) => {
    const { fullUrl, resource } = entryObservation(entry, patient);
    expect(fullUrl).toBe(`urn:uuid:${ID}`);
    expect(resource).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: category }] }],
      code: { coding: [code] },
      subject: patient,
      performer: [patient],
      effectiveDateTime: '2026-11-30T09:15:00+01:00',
      valueQuantity: { value: value.value, system: UCUM, code: value.code },
    });
  });

  it.each([
    ['grip', { kind: 'grip', side: 'left', kg: 20 }, { system: 'http://snomed.info/sct', code: '85151006' }, 'Left hand'],
    ['grip', { kind: 'grip', side: 'right', kg: 20 }, { system: 'http://snomed.info/sct', code: '78791008' }, 'Right hand'],
    ['upper arm', { kind: 'circumference', site: 'upper-arm', side: 'right', cm: 28 }, { system: 'http://snomed.info/sct', code: '368209003' }, 'Right upper arm'],
    ['calf', { kind: 'circumference', site: 'calf', side: 'left', cm: 33 }, { system: 'http://snomed.info/sct', code: '7771000' }, 'Left calf'],
    ['thigh', { kind: 'circumference', site: 'thigh', side: 'right', cm: 48 }, { system: 'http://snomed.info/sct', code: '24028007' }, 'Right thigh'],
  ] as const)('%s keeps its side as bodySite: %j', (_name, fields, coding, text) => {
    const { resource } = entryObservation({ ...saved, ...fields } as EntryForFhir, patient);
    expect(resource!.bodySite).toEqual({ coding: [expect.objectContaining(coding)], text });
  });

  it('carries the person’s note, and leaves out what was not given', () => {
    expect(entryObservation({ ...saved, kind: 'steps', steps: 1, note: 'walked to town' }, patient).resource!.note).toEqual([{ text: 'walked to town' }]);
    const plain = entryObservation({ ...saved, kind: 'weight', kg: 60 }, patient).resource!;
    expect(plain).not.toHaveProperty('note');
    expect(plain).not.toHaveProperty('bodySite');
  });
});

describe('units round-trip', () => {
  it.each([
    [150, 68.04],
    [100, 45.36],
    [220.5, 100.02],
  ])('%d lb is stored in kg and exports as %d kg', (lb, kg) => {
    expect(roundTo(toCanonicalMass(lb, 'imperial'), 2)).toBe(kg);
  });
});

describe('times carry the person’s offset', () => {
  it.each([
    ['Europe/Paris', '2026-11-30', '2026-11-30T08:15:00.000Z', '2026-11-30T09:15:00+01:00'],
    ['Europe/Paris', '2026-07-01', '2026-07-01T08:15:00.000Z', '2026-07-01T10:15:00+02:00'],
    ['America/New_York', '2026-11-29', '2026-11-30T02:30:00.000Z', '2026-11-29T21:30:00-05:00'],
    ['Asia/Kolkata', '2026-11-30', '2026-11-30T08:15:00.000Z', '2026-11-30T13:45:00+05:30'],
    ['UTC', '2026-11-30', '2026-11-30T08:15:00.000Z', '2026-11-30T08:15:00+00:00'],
    // Logged later for an earlier day: the time is unknown, so the day alone.
    ['Europe/Paris', '2026-11-29', '2026-11-30T08:15:00.000Z', '2026-11-29'],
  ])('in %s, day %s saved at %s is %s', (zone, day, at, expected) => {
    process.env.TZ = zone;
    expect(effectiveDateTime(day, at)).toBe(expected);
  });

  it('writes the bundle time the same way', () => {
    expect(withLocalOffset(new Date('2026-11-30T23:30:00.000Z'))).toBe('2026-12-01T00:30:00+01:00');
  });
});

describe('SARC-F, symptom checklists and red-flag checks', () => {
  it('gives the SARC-F total with each answer as a component', () => {
    const { resource } = sarcFObservation(
      { id: ID, day: '2026-11-30', at: '2026-11-30T08:15:00.000Z', answers: { strength: 1, walking: 0, rising: 2, stairs: 1, falls: 0 }, total: 4 },
      patient,
    );
    expect(resource).toMatchObject({
      code: { coding: [{ system: REGAIN, code: 'sarc-f-total' }] },
      category: [{ coding: [{ code: 'survey' }] }],
      valueQuantity: { value: 4, system: UCUM, code: '{score}' },
    });
    expect(resource!.component!.map((c) => [c.code.coding![0]!.code, c.valueInteger])).toEqual([
      ['sarc-f-strength', 1],
      ['sarc-f-walking', 0],
      ['sarc-f-rising', 2],
      ['sarc-f-stairs', 1],
      ['sarc-f-falls', 0],
    ]);
  });

  it('lists the signs ticked, in words where known, and counts them', () => {
    const signText = (id: string) => (id === 'clothes-looser' ? 'Clothes feel looser.' : undefined);
    const { resource } = checkInObservation({ id: ID, day: '2026-11-30', at: '2026-11-30T08:15:00.000Z', signIds: ['clothes-looser', 'new-sign', 'clothes-looser'] }, patient, signText);
    expect(resource!.valueQuantity).toEqual({ value: 2, unit: 'signs', system: UCUM, code: '{#}' });
    expect(resource!.component).toEqual([
      { code: { coding: [{ system: 'https://regain.app/fhir/CodeSystem/regain-symptom-signs', code: 'clothes-looser', display: 'Clothes feel looser.' }] }, valueBoolean: true },
      { code: { coding: [{ system: 'https://regain.app/fhir/CodeSystem/regain-symptom-signs', code: 'new-sign' }] }, valueBoolean: true },
    ]);
  });

  it('gives the urgency of a red-flag check, with what the person was told', () => {
    const { resource } = triageRunObservation({ id: ID, at: '2026-11-30T08:15:00.000Z', level: 'urgent', outcome: { title: 'Speak to a doctor today' } }, patient);
    expect(resource).toMatchObject({
      code: { coding: [{ system: REGAIN, code: 'red-flag-check' }] },
      effectiveDateTime: '2026-11-30T09:15:00+01:00',
      valueCodeableConcept: {
        coding: [{ system: 'https://regain.app/fhir/CodeSystem/regain-urgency', code: 'urgent' }],
        text: 'Speak to a doctor today',
      },
    });
  });
});
