import type { LogEntry } from '../db/log-entry-schema';
import type { UnitSystem } from '../domain/units';
import { formatQuantity, QUANTITIES, quantityValue } from './entry-quantities';

const SITE_NAMES = { calf: 'calf', thigh: 'thigh', 'upper-arm': 'upper arm' } as const;
const SIDE_NAMES = { left: 'Left', right: 'Right' } as const;

/** The name of what an entry measured, as the forms label it: "Left calf", "Weight". */
export function entryName(entry: LogEntry): string {
  switch (entry.kind) {
    case 'sit-to-stand-count':
      return 'Sit-to-stand reps';
    case 'chair-stand-30s':
      return '30-second chair stand';
    case 'five-times-sit-to-stand':
      return 'Five-times sit-to-stand';
    case 'circumference':
      return `${SIDE_NAMES[entry.side]} ${SITE_NAMES[entry.site]}`;
    case 'weight':
      return 'Body weight';
    case 'grip':
      return `${SIDE_NAMES[entry.side]} hand grip`;
    case 'protein':
      return entry.scope === 'meal' ? 'Protein, one meal' : 'Protein, whole day';
    case 'steps':
      return 'Steps';
  }
}

/** The value in the person's units: "150 lb", "12 stands", "5,200". */
export function entryValue(entry: LogEntry, units: UnitSystem): string {
  const text = formatQuantity(QUANTITIES[entry.kind], quantityValue(entry), units);
  if (entry.kind === 'chair-stand-30s') return `${text} stands${entry.usedArms ? ', needed arms' : ''}`;
  return text;
}

/** One line for lists and announcements: "Weight: 150 lb". */
export function entrySummary(entry: LogEntry, units: UnitSystem): string {
  return `${entryName(entry)}: ${entryValue(entry, units)}`;
}
