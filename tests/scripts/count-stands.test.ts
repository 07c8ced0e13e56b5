// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { motionSamplesToCsv } from '../../src/domain/motion-csv';
import { countStands } from '../../src/domain/stand-detector';
import { simulateTrace } from '../support/sit-to-stand-simulator';

let dir: string;
const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/count-stands.mjs', ...args], { encoding: 'utf8', timeout: 30_000 });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'regain-count-stands-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('prints one JSON line per file, an error line for a bad file, and exits 1', () => {
  const trace = simulateTrace(7, 'typical');
  const good = join(dir, 'good.csv');
  const bad = join(dir, 'bad.csv');
  writeFileSync(good, motionSamplesToCsv(trace.samples));
  writeFileSync(bad, 't,ax,ay,az\n0,1,2,3\n20,1,oops,3\n');
  const out = run('--test', 'chair-stand-30', good, bad);
  expect(out.status).toBe(1);
  const [first, second] = out.stdout.trim().split('\n').map((line) => JSON.parse(line));
  const want = countStands(trace.samples, 'chair-stand-30');
  expect(first).toEqual({
    file: good,
    count: want.count,
    standTimes: want.standTimes.map((s) => Math.round(s * 100) / 100),
    fifthStandAt: want.fifthStandAt === null ? null : Math.round(want.fifthStandAt * 100) / 100,
  });
  expect(first.count).toBe(trace.truth.count30);
  expect(second).toEqual({ file: bad, error: 'line 3: ay is not a number: "oops"' });
}, 30_000);

test('five-times, all files readable: exit 0', () => {
  const trace = simulateTrace(8, 'five-times');
  const file = join(dir, 'five.csv');
  writeFileSync(file, motionSamplesToCsv(trace.samples));
  const out = run('--test=five-times', file);
  expect(out.status).toBe(0);
  expect(JSON.parse(out.stdout).fifthStandAt).toBeCloseTo(trace.truth.fifthStandAt!, 0);
}, 30_000);

test('a missing or unknown --test prints the usage on stderr and exits 2', () => {
  for (const args of [['x.csv'], ['--test', 'sit-ups', 'x.csv']]) {
    const out = run(...args);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('usage: npm run -s count-stands -- --test chair-stand-30|five-times');
    expect(out.stdout).toBe('');
  }
});
