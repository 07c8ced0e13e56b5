import { beforeEach, describe, expect, it } from 'vitest';
import { buildCsvFiles } from '../../src/db/csv-export';
import { csvCell, toCsv } from '../../src/domain/csv';
import { resetDatabase } from './reset-database';
import { sampleData, seed } from './backup-test-data';

beforeEach(resetDatabase);

/** A small RFC 4180 reader, to check what a spreadsheet would see. */
function readCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it.each([
    ['plain', '"plain"'],
    ['say "hi", then go', '"say ""hi"", then go"'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1:A9)', `"'=SUM(A1:A9)"`],
    ['+1 555', `"'+1 555"`],
    ['-2+3', `"'-2+3"`],
    ['@cmd', `"'@cmd"`],
    ['\tTAB', `"'\tTAB"`],
    ['a=b', '"a=b"'],
  ])('%j becomes %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers and yes/no unguarded, and empty for missing values', () => {
    expect([csvCell(61.5), csvCell(0), csvCell(true), csvCell(false), csvCell(undefined), csvCell(null)]).toEqual(['"61.5"', '"0"', '"yes"', '"no"', '""', '""']);
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('\uFEFF"a","b"\r\n"1","x"\r\n');
  });
});

describe('CSV export', () => {
  it('makes one file per kind of record that has any, with units in the column names', async () => {
    await seed(sampleData());
    const files = await buildCsvFiles(new Date(2026, 10, 22));
    expect(files.map((f) => f.id)).toEqual([
      'chair-stand-30s',
      'sit-to-stand-count',
      'five-times-sit-to-stand',
      'circumference',
      'weight',
      'grip',
      'protein',
      'steps',
      'symptom-check-ins',
      'red-flag-checks',
      'plan-progress',
      'sarc-f-results',
      'balance-tests',
      'walking-speed-tests',
      'timed-up-and-go-tests',
      'sppb-results',
    ]);
    const header = (id: string) => readCsv(files.find((f) => f.id === id)!.text)[0];
    expect(header('weight')).toEqual(['date', 'weight_kg', 'note', 'recorded_at', 'updated_at', 'id']);
    expect(header('circumference')).toEqual(['date', 'site', 'side', 'circumference_cm', 'note', 'recorded_at', 'updated_at', 'id']);
    expect(header('five-times-sit-to-stand')).toContain('time_s');
    expect(header('grip')).toContain('grip_kg');
    expect(header('protein')).toContain('protein_g');
    expect(files.find((f) => f.id === 'weight')!.fileName).toBe('regain-weight-2026-11-22.csv');
  });

  it('writes balance, walking, Timed Up and Go and SPPB results with their seconds, and "unable" where the person could not', async () => {
    const data = sampleData('2026-11-20');
    await seed(data);
    const files = await buildCsvFiles();
    const rows = (id: string) => readCsv(files.find((f) => f.id === id)!.text);
    expect(rows('balance-tests')).toEqual([
      ['date', 'done_at', 'feet_side_by_side_s', 'one_foot_half_in_front_s', 'feet_heel_to_toe_s', 'one_foot_s', 'ended_by', 'id'],
      ['2026-11-12', '2026-11-12T09:15:00.000Z', '10', '10', '6.4', '', 'tapped', data.mobilityTests[0]!.id],
    ]);
    expect(rows('walking-speed-tests')[1]!.slice(2, 6)).toEqual(['3', '4.2', '3.9', 'tapped']);
    expect(rows('timed-up-and-go-tests')[1]!.slice(2, 4)).toEqual(['unable', 'tapped']);
    expect(rows('sppb-results')[0]).toContain('total_0_to_12');
    expect(rows('sppb-results')[1]!.slice(5, 12)).toEqual(['4', '5.1', '14.2', '4', '3', '2', '9']);
  });

  it('writes each record as a row a spreadsheet reads back exactly, oldest first, ISO dates', async () => {
    const data = sampleData('2026-11-20');
    await seed(data);
    const files = await buildCsvFiles();
    const chair = readCsv(files.find((f) => f.id === 'chair-stand-30s')!.text);
    expect(chair.slice(1)).toEqual([
      ['2026-10-31', '8', 'no', '', '', '', '', '2026-10-31T09:15:00.000Z', '2026-10-31T09:15:00.000Z', data.entries[0]!.id],
      ['2026-11-14', '10', 'no', '', '', '', 'felt "strong", better', '2026-11-14T09:15:00.000Z', '2026-11-14T09:15:00.000Z', data.entries[1]!.id],
    ]);
    const weight = readCsv(files.find((f) => f.id === 'weight')!.text);
    expect(weight[1]!.slice(0, 3)).toEqual(['2026-11-16', '61.23456789', "'=SUM(A1:A9)"]);
    const protein = readCsv(files.find((f) => f.id === 'protein')!.text);
    expect(protein[1]![3]).toBe('eggs, toast\nand milk');
    const checks = readCsv(files.find((f) => f.id === 'red-flag-checks')!.text);
    expect(checks[0]).toEqual(['date', 'checked_at', 'result', 'answers', 'id']);
    expect(checks[1]![3]).toBe('stroke-face-arm-leg: no; slow-unexplained-loss: yes');
  });

  it('says how each guided test was counted or timed, and what the phone gave before it was checked', async () => {
    const data = sampleData();
    Object.assign(data.entries[0]!, { countedBy: 'motion', rawCount: 9, standTimes: [2.5, 5.25] });
    Object.assign(data.entries[3]!, { timedBy: 'tapped', rawSeconds: 16.6 });
    await seed(data);
    const files = await buildCsvFiles();
    const chair = readCsv(files.find((f) => f.id === 'chair-stand-30s')!.text);
    expect(chair[0]!.slice(1, 6)).toEqual(['stands_in_30_s', 'used_arms', 'counted_by', 'count_before_checking', 'stand_times_s']);
    expect(chair[1]!.slice(1, 6)).toEqual(['8', 'no', 'motion', '9', '2.5; 5.25']);
    const five = readCsv(files.find((f) => f.id === 'five-times-sit-to-stand')!.text);
    expect(five[0]!.slice(1, 4)).toEqual(['time_s', 'timed_by', 'time_before_checking_s']);
    expect(five[1]!.slice(1, 4)).toEqual(['16.4', 'tapped', '16.6']);
  });

  it('makes no files when there is nothing to save', async () => {
    expect(await buildCsvFiles()).toEqual([]);
  });
});
