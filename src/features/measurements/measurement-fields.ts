import type { NewLogEntry } from '../../db/entries-repository';
import type { LogEntryKind } from '../../db/log-entry-schema';
import type { LocalDate } from '../../domain/dates';

export type ProteinScope = 'meal' | 'day';
type Side = 'left' | 'right';
type Site = 'calf' | 'thigh' | 'upper-arm';

interface BuildContext {
  day: LocalDate;
  proteinScope: ProteinScope;
}

export interface MeasurementField {
  /** Form field id and key; unique on the form. */
  name: string;
  /** Worded as History lists the entry, so the two read alike. */
  label: string;
  kind: LogEntryKind;
  /** The entry this field saves, from a value already in canonical units. */
  build: (value: number, context: BuildContext) => NewLogEntry;
}

export interface MeasurementGroup {
  name: string;
  /** A fieldset legend when the group has more than one field. */
  legend?: string;
  hint?: string;
  fields: MeasurementField[];
}

const SIDE_LABEL = { left: 'Left', right: 'Right' } as const;
const SITE_LABEL = { calf: 'calf', thigh: 'thigh', 'upper-arm': 'upper arm' } as const;

function circumference(site: Site, side: Side): MeasurementField {
  return {
    name: `${site}-${side}`,
    label: `${SIDE_LABEL[side]} ${SITE_LABEL[site]}`,
    kind: 'circumference',
    build: (cm, { day }) => ({ kind: 'circumference', site, side, cm, day }),
  };
}

function grip(side: Side): MeasurementField {
  return {
    name: `grip-${side}`,
    label: `${SIDE_LABEL[side]} hand grip`,
    kind: 'grip',
    build: (kg, { day }) => ({ kind: 'grip', side, kg, day }),
  };
}

const SAME_PLACE = 'Measure around the widest part, relaxed, in the same place each time.';

export const MEASUREMENT_GROUPS: readonly MeasurementGroup[] = [
  {
    name: 'weight',
    fields: [{ name: 'weight', label: 'Body weight', kind: 'weight', build: (kg, { day }) => ({ kind: 'weight', kg, day }) }],
  },
  { name: 'calf', legend: 'Calf', hint: SAME_PLACE, fields: [circumference('calf', 'left'), circumference('calf', 'right')] },
  { name: 'thigh', legend: 'Thigh', hint: SAME_PLACE, fields: [circumference('thigh', 'left'), circumference('thigh', 'right')] },
  {
    name: 'upper-arm',
    legend: 'Upper arm',
    hint: SAME_PLACE,
    fields: [circumference('upper-arm', 'left'), circumference('upper-arm', 'right')],
  },
  { name: 'grip', legend: 'Grip strength', hint: 'Measured with a grip meter (dynamometer).', fields: [grip('left'), grip('right')] },
  {
    name: 'protein',
    fields: [
      {
        name: 'protein',
        label: 'Protein',
        kind: 'protein',
        build: (grams, { day, proteinScope }) => ({ kind: 'protein', grams, scope: proteinScope, day }),
      },
    ],
  },
  { name: 'steps', fields: [{ name: 'steps', label: 'Steps', kind: 'steps', build: (steps, { day }) => ({ kind: 'steps', steps, day }) }] },
  {
    name: 'reps',
    fields: [
      {
        name: 'reps',
        label: 'Sit-to-stand reps',
        kind: 'sit-to-stand-count',
        build: (reps, { day }) => ({ kind: 'sit-to-stand-count', reps, day }),
      },
    ],
  },
];

export const MEASUREMENT_FIELDS: readonly MeasurementField[] = MEASUREMENT_GROUPS.flatMap((group) => group.fields);

/** The two sites where a left–right gap is pointed out (clinical fact sheet: calf or thigh). */
export const GAP_CHECKED_SITES = ['calf', 'thigh'] as const;
