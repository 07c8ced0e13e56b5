// Motion recordings as CSV, for counting stands from a file and for sharing
// recordings: header `t,ax,ay,az`; t in ms from "Go" (negative before Go);
// ax, ay, az = DeviceMotionEvent.accelerationIncludingGravity in m/s².
// Reading is forgiving about layout (CRLF, a byte-order mark, spaces, blank
// lines, the four columns in any order as the header names them, extra columns,
// ";" or tab separators with decimal commas, rows out of time order) and strict about values: a missing or non-numeric value
// refuses the file, naming the line.
import type { MotionSample } from './stand-detector-types';

export const MOTION_CSV_HEADER = 't,ax,ay,az';
/** About 9 hours at 60 Hz: far beyond any test, small enough to keep in memory (~100 MB of text). */
export const MAX_MOTION_ROWS = 2_000_000;

// A plain decimal number: no hex, no "Infinity", no empty cell (Number('') is 0).
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const COLUMNS = ['t', 'ax', 'ay', 'az'] as const;

export function parseMotionCsv(text: string, { maxRows = MAX_MOTION_ROWS }: { maxRows?: number } = {}): { samples: MotionSample[] } | { error: string } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  // Refuse an oversized file before reading any value (a cheap count of the non-blank lines).
  if (lines.length > maxRows + 1) {
    let rows = -1; // the header is not a row
    for (const line of lines) if (line.trim() !== '') rows++;
    if (rows > maxRows) return { error: `too many rows: ${rows.toLocaleString('en')} (at most ${maxRows.toLocaleString('en')})` };
  }
  // Where each of t, ax, ay, az is, as the header names them (null until the header is read).
  let at: number[] | null = null;
  let separator = ',';
  const samples: MotionSample[] = [];
  let sorted = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const lineNo = i + 1;
    // A spreadsheet set for a language with decimal commas writes "t;ax;ay;az" and "0;0,1;9,8;0": the
    // header says which separator the file uses; with ";" or a tab, a comma in a value is its decimal point.
    if (!at) separator = [';', '\t'].find((mark) => line.includes(mark) && !line.includes(',')) ?? ',';
    const cells = line.split(separator).map((cell) => (separator === ',' ? cell.trim() : cell.trim().replace(',', '.')));
    if (!at) {
      const names = cells.map((cell) => cell.toLowerCase());
      at = COLUMNS.map((name) => names.indexOf(name));
      if (at.includes(-1)) {
        return { error: `line ${lineNo}: the first line must be the header "${MOTION_CSV_HEADER}" (the four columns may come in any order)` };
      }
      continue;
    }
    const needed = Math.max(...at) + 1;
    if (cells.length < needed) return { error: `line ${lineNo}: expected ${needed} values (${cells.length} found)` };
    const values: number[] = [];
    for (let k = 0; k < 4; k++) {
      const cell = cells[at[k]!]!;
      if (cell === '') return { error: `line ${lineNo}: ${COLUMNS[k]} is missing` };
      const value = NUMBER.test(cell) ? Number(cell) : NaN;
      if (!Number.isFinite(value)) return { error: `line ${lineNo}: ${COLUMNS[k]} is not a number: "${cell.slice(0, 40)}"` };
      values.push(value);
    }
    const [t, x, y, z] = values as [number, number, number, number];
    if (samples.length && t < samples[samples.length - 1]!.t) sorted = false;
    samples.push({ t, x, y, z });
  }
  if (!at) return { error: `the file is empty: expected the header "${MOTION_CSV_HEADER}"` };
  if (samples.length === 0) return { error: 'no samples after the header' };
  if (!sorted) samples.sort((a, b) => a.t - b.t); // stable: equal times keep their order
  return { samples };
}

export function motionSamplesToCsv(samples: readonly MotionSample[]): string {
  const rows = [MOTION_CSV_HEADER];
  for (const s of samples) rows.push(`${s.t},${s.x},${s.y},${s.z}`);
  return rows.join('\n') + '\n';
}
