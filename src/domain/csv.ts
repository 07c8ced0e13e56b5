// CSV that spreadsheets read correctly (RFC 4180): every field quoted, quotes
// doubled, CRLF line ends, and a UTF-8 byte-order mark so Excel reads accents.
// Text that starts like a formula (= + - @, or a tab or carriage return) gets a
// leading single quote, so a note such as "=HYPERLINK(…)" stays text when the
// file is opened (OWASP "CSV injection").

export type CsvValue = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const BOM = '\uFEFF';

export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'boolean') text = value ? 'yes' : 'no';
  else if (typeof value === 'number') text = Number.isFinite(value) ? String(value) : '';
  else text = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${text.replaceAll('"', '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
