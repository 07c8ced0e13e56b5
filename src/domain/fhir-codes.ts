// The codes the FHIR export writes: LOINC where a code exists for exactly what
// Regain measures (each one checked against its loinc.org entry, cited beside
// it), SNOMED CT for left and right, UCUM for units, and Regain's own code
// system for everything LOINC has no code for. README "FHIR export" lists them.
import type { CodeableConcept, Coding } from 'fhir/r4';

// These URIs are the code systems' official names, which FHIR requires in
// `system` exactly as written (http, not https). They are written into the
// exported file as text; nothing ever fetches them, and the app makes no
// request off the device (e2e/shell.spec.ts checks every request's origin).
export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const UCUM = 'http://unitsofmeasure.org';
export const OBSERVATION_CATEGORY = 'http://terminology.hl7.org/CodeSystem/observation-category';
/** Regain's own codes, for results no standard code system names. Not resolvable: a name, not an address. */
export const REGAIN_OBSERVATIONS = 'https://regain.app/fhir/CodeSystem/regain-observations';
/** Which of the symptom checklist's signs were ticked (ids from content/triage/symptom-checklist.md). */
export const REGAIN_SIGNS = 'https://regain.app/fhir/CodeSystem/regain-symptom-signs';
/** How urgent the red-flag check said the symptoms were. */
export const REGAIN_URGENCY = 'https://regain.app/fhir/CodeSystem/regain-urgency';

export type ObservationCategory = 'vital-signs' | 'exam' | 'activity' | 'survey' | 'social-history';

const CATEGORY_DISPLAY: Record<ObservationCategory, string> = {
  'vital-signs': 'Vital Signs',
  exam: 'Exam',
  activity: 'Activity',
  survey: 'Survey',
  'social-history': 'Social History',
};

export function category(code: ObservationCategory): CodeableConcept[] {
  return [{ coding: [{ system: OBSERVATION_CATEGORY, code, display: CATEGORY_DISPLAY[code] }] }];
}

const loinc = (code: string, display: string): Coding => ({ system: LOINC, code, display });
const regain = (code: string, display: string): Coding => ({ system: REGAIN_OBSERVATIONS, code, display });

export const CODES = {
  // https://loinc.org/29463-7 "Body weight" (the code the FHIR R4 body weight profile requires).
  bodyWeight: loinc('29463-7', 'Body weight'),
  // https://loinc.org/41950-7 "Number of steps in 24 hour Measured" (as in HL7's Physical Activity guide).
  stepsPerDay: loinc('41950-7', 'Number of steps in 24 hour Measured'),
  // https://loinc.org/66247-8 "Sit to stand frequency in 30 seconds": the 30-second chair stand, arms crossed.
  chairStand30s: loinc('66247-8', 'Sit to stand frequency in 30 seconds'),
  // https://loinc.org/93125-3 "Modified 30 seconds Sit to stand --with use of upper extremities":
  // the entry on 66247-8 names this code for a test in which the person used their arms.
  chairStand30sWithArms: loinc('93125-3', 'Modified 30 seconds Sit to stand --with use of upper extremities'),
  // https://loinc.org/83173-5 and https://loinc.org/83174-3, listed in the panel https://loinc.org/83145-3
  // "Grip strength Hand - left/right Dynamometer". LOINC's example unit is [lbf_av]; Regain stores kg.
  gripLeft: loinc('83173-5', 'Grip strength Hand - left Dynamometer'),
  gripRight: loinc('83174-3', 'Grip strength Hand - right Dynamometer'),
  // No LOINC code could be confirmed for these: Regain's own codes.
  fiveTimesSitToStand: regain('five-times-sit-to-stand', 'Five-times sit-to-stand test time'),
  calfCircumference: regain('calf-circumference', 'Calf circumference'),
  thighCircumference: regain('thigh-circumference', 'Thigh circumference'),
  upperArmCircumference: regain('upper-arm-circumference', 'Upper arm circumference'),
  sitToStandPractice: regain('sit-to-stand-practice', 'Sit-to-stands done as exercise in a day'),
  proteinMeal: regain('protein-intake-meal', 'Protein eaten in one meal'),
  proteinDay: regain('protein-intake-day', 'Protein eaten in a day'),
  sarcFTotal: regain('sarc-f-total', 'SARC-F total score (0 to 10)'),
  sarcFStrength: regain('sarc-f-strength', 'SARC-F: lifting and carrying 10 lb'),
  sarcFWalking: regain('sarc-f-walking', 'SARC-F: walking across a room'),
  sarcFRising: regain('sarc-f-rising', 'SARC-F: getting up from a chair or bed'),
  sarcFStairs: regain('sarc-f-stairs', 'SARC-F: climbing 10 stairs'),
  sarcFFalls: regain('sarc-f-falls', 'SARC-F: falls in the past year'),
  symptomChecklist: regain('symptom-checklist', 'Signs of muscle loss ticked on a checklist'),
  redFlagCheck: regain('red-flag-check', 'Urgency given by a red-flag symptom check'),
} as const satisfies Record<string, Coding>;

export type Side = 'left' | 'right';

// SNOMED CT, checked in HL7-published value sets: the laterality qualifiers
// Left 7771000 and Right 24028007 (hl7.org/fhir/us/mcode ValueSet mcode-laterality-qualifier-vs),
// Structure of left hand 85151006 / right hand 78791008, Left upper arm structure 368208006 /
// Right upper arm structure 368209003 (IHE mPSC extremities target-site value set).
// No calf or thigh structure code was confirmed, so those carry the laterality qualifier and a text.
const LATERALITY: Record<Side, Coding> = {
  left: { system: SNOMED, code: '7771000', display: 'Left' },
  right: { system: SNOMED, code: '24028007', display: 'Right' },
};
const HAND: Record<Side, Coding> = {
  left: { system: SNOMED, code: '85151006', display: 'Structure of left hand' },
  right: { system: SNOMED, code: '78791008', display: 'Structure of right hand' },
};
const UPPER_ARM: Record<Side, Coding> = {
  left: { system: SNOMED, code: '368208006', display: 'Left upper arm structure' },
  right: { system: SNOMED, code: '368209003', display: 'Right upper arm structure' },
};

export type BodyPart = 'hand' | 'upper-arm' | 'calf' | 'thigh';
const PART_WORDS: Record<BodyPart, string> = { hand: 'hand', 'upper-arm': 'upper arm', calf: 'calf', thigh: 'thigh' };

export function bodySite(part: BodyPart, side: Side): CodeableConcept {
  const coding = part === 'hand' ? HAND[side] : part === 'upper-arm' ? UPPER_ARM[side] : LATERALITY[side];
  return { coding: [coding], text: `${side === 'left' ? 'Left' : 'Right'} ${PART_WORDS[part]}` };
}

/** UCUM units: `code` is the machine's, `unit` the words a person reads. */
export const UNITS = {
  kg: { unit: 'kg', code: 'kg' },
  cm: { unit: 'cm', code: 'cm' },
  s: { unit: 's', code: 's' },
  g: { unit: 'g', code: 'g' },
  // LOINC's example unit for 66247-8 and 93125-3: a count per 30 seconds.
  standsPer30s: { unit: 'stands in 30 s', code: '{#}/(30.s)' },
  // As HL7's Physical Activity guide writes daily steps (41950-7).
  stepsPerDay: { unit: 'steps per day', code: '/d' },
  count: { unit: 'times', code: '{#}' },
  signs: { unit: 'signs', code: '{#}' },
  score: { unit: 'score', code: '{score}' },
} as const;
