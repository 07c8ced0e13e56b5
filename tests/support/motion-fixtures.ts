// Motion recordings kept in tests/fixtures/motion (CSV `t,ax,ay,az`), read as the count-stands command reads them.
import { readFileSync } from 'node:fs';
import { parseMotionCsv } from '../../src/domain/motion-csv';
import type { MotionSample } from '../../src/domain/stand-detector';

export function motionFixture(name: string): MotionSample[] {
  const parsed = parseMotionCsv(readFileSync(new URL(`../fixtures/motion/${name}`, import.meta.url), 'utf8'));
  if ('error' in parsed) throw new Error(`${name}: ${parsed.error}`);
  return parsed.samples;
}
