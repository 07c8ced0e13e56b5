// Words only the data screens need; dates, numbers and plurals are in src/ui/format.ts.
import { formatNumber } from '../../domain/units';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${(bytes / (1024 * 1024 * 1024)).toFixed(1)} GB`;
}

/** A change with its sign: +2, −1.5, 0. */
export function signed(n: number): string {
  if (n > 0) return `+${formatNumber(n, 1)}`;
  if (n < 0) return `−${formatNumber(-n, 1)}`;
  return '0';
}
