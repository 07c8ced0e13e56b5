// Words only the test screens need; dates, numbers and plurals are in src/ui/format.ts.
import { formatNumber } from '../../domain/units';

export function formatSeconds(seconds: number): string {
  return formatNumber(seconds, 1);
}

/** '65-69' → '65–69' (an en dash reads as "to"). */
export function formatBand(band: string): string {
  return band.replace('-', '–');
}
