import { describe, expect, it } from 'vitest';
import { MAX_MOTION_ROWS, motionSamplesToCsv, parseMotionCsv } from '../../src/domain/motion-csv';
import { simulateTrace } from '../support/sit-to-stand-simulator';

const samplesOf = (text: string) => {
  const parsed = parseMotionCsv(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.samples;
};
const errorOf = (text: string) => {
  const parsed = parseMotionCsv(text);
  return 'error' in parsed ? parsed.error : null;
};

describe('parseMotionCsv', () => {
  it('reads the header and rows, negative times (before Go) included', () => {
    expect(samplesOf('t,ax,ay,az\n-40,0.1,9.8,-0.2\n0,1e-2,9.81,0\n')).toEqual([
      { t: -40, x: 0.1, y: 9.8, z: -0.2 },
      { t: 0, x: 0.01, y: 9.81, z: 0 },
    ]);
  });

  it('tolerates CRLF, a byte-order mark, spaces, blank lines and extra columns', () => {
    const text = '\uFEFF T , AX,ay ,az,note\r\n\r\n 10 , 1 ,2, 3 ,hello\r\n  \r\n20,4,5,6,,\r\n';
    expect(samplesOf(text)).toEqual([
      { t: 10, x: 1, y: 2, z: 3 },
      { t: 20, x: 4, y: 5, z: 6 },
    ]);
  });

  it('reads the four columns in whatever order the header names them', () => {
    expect(samplesOf('note,az,t,ax,ay\nx,3,10,1,2\ny,6,20,4,5')).toEqual([
      { t: 10, x: 1, y: 2, z: 3 },
      { t: 20, x: 4, y: 5, z: 6 },
    ]);
  });

  it('reads a spreadsheet\'s semicolons or tabs with decimal commas', () => {
    const want = [{ t: -20, x: 0.1, y: 9.8, z: -0.25 }];
    expect(samplesOf('t;ax;ay;az\n-20;0,1;9,8;-0,25\n')).toEqual(want);
    expect(samplesOf('t\tax\tay\taz\n-20\t0,1\t9.8\t-0,25\n')).toEqual(want);
  });

  it('sorts rows that are out of time order', () => {
    expect(samplesOf('t,ax,ay,az\n30,3,3,3\n10,1,1,1\n20,2,2,2').map((s) => s.t)).toEqual([10, 20, 30]);
  });

  it.each([
    ['t,ax,ay,az\n0,1,2,3\n10,1,,3', 'line 3: ay is missing'],
    ['t,ax,ay,az\n0,1,2,3\n10,1,2', 'line 3: expected 4 values'],
    ['az,t,ax,ay\n3,0,1,2\n3,10,1,', 'line 3: ay is missing'],
    ['t,ax,ay,z\n0,1,2,3', 'line 1: the first line must be the header'],
    ['t,ax,ay,az\n0,1,2,3\n\n10,abc,2,3', 'line 4: ax is not a number: "abc"'],
    ['t,ax,ay,az\n0,NaN,2,3', 'line 2: ax is not a number'],
    ['t,ax,ay,az\n0,1,Infinity,3', 'line 2: ay is not a number'],
    ['t,ax,ay,az\n0x10,1,2,3', 'line 2: t is not a number'],
    ['time,x,y,z\n0,1,2,3', 'line 1: the first line must be the header'],
    ['', 'the file is empty'],
    ['t,ax,ay,az\n\n', 'no samples'],
  ])('refuses %j: %s', (text, message) => {
    expect(errorOf(text)).toContain(message);
  });

  it('refuses more rows than the cap (2 million unless told), blank lines not counted', () => {
    expect(MAX_MOTION_ROWS).toBe(2_000_000);
    const rows = (n: number) => 't,ax,ay,az\n' + '0,0,0,9.8\n\n'.repeat(n);
    expect(parseMotionCsv(rows(101), { maxRows: 100 })).toEqual({ error: 'too many rows: 101 (at most 100)' });
    expect('samples' in parseMotionCsv(rows(100), { maxRows: 100 })).toBe(true);
  });
});

describe('motionSamplesToCsv', () => {
  it('round-trips a recording exactly', () => {
    const { samples } = simulateTrace(3, 'typical');
    expect(samplesOf(motionSamplesToCsv(samples))).toEqual(samples);
  });

  it('writes the header first', () => {
    expect(motionSamplesToCsv([{ t: 0, x: 1, y: 2, z: 3 }])).toBe('t,ax,ay,az\n0,1,2,3\n');
  });
});
