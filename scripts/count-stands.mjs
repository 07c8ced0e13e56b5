// npm run -s count-stands -- --test chair-stand-30 FILE.csv [FILE.csv …]
// Counts stands in motion recordings (CSV: t,ax,ay,az; see src/domain/motion-csv.ts)
// with the app's own detector, and prints one JSON object per file:
//   {"file":"…","count":N,"standTimes":[s…],"fifthStandAt":s|null}
// or {"file":"…","error":"…"} for a file it cannot read (it goes on with the
// others; exit code 1 if any failed). --test is chair-stand-30 or five-times.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const TESTS = ['chair-stand-30', 'five-times'];
const USAGE = `usage: npm run -s count-stands -- --test ${TESTS.join('|')} FILE.csv [FILE.csv …]`;

const args = process.argv.slice(2);
let test = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg === '--test') test = args[++i] ?? null;
  else if (arg.startsWith('--test=')) test = arg.slice('--test='.length);
  else if (arg === '--') continue;
  else if (arg.startsWith('--')) {
    console.error(`unknown option ${arg}\n${USAGE}`);
    process.exit(2);
  } else files.push(arg);
}
if (!TESTS.includes(test)) {
  console.error(`${test === null ? 'missing --test' : `unknown test "${test}"`}\n${USAGE}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`no file given\n${USAGE}`);
  process.exit(2);
}

// Vite is loaded only now, so that a usage error answers at once.
const { runnerImport } = await import('vite');
const load = async (path) => (await runnerImport(join(ROOT, path), { configFile: false, logLevel: 'error', root: ROOT })).module;
const { parseMotionCsv } = await load('src/domain/motion-csv.ts');
const { countStands } = await load('src/domain/stand-detector.ts');

const round = (s) => Math.round(s * 100) / 100;
let failed = false;
for (const file of files) {
  let line;
  try {
    const parsed = parseMotionCsv(readFileSync(file, 'utf8'));
    if ('error' in parsed) throw new Error(parsed.error);
    const result = countStands(parsed.samples, test);
    line = { file, count: result.count, standTimes: result.standTimes.map(round), fifthStandAt: result.fifthStandAt === null ? null : round(result.fifthStandAt) };
  } catch (error) {
    failed = true;
    line = { file, error: error instanceof Error ? error.message : String(error) };
  }
  console.log(JSON.stringify(line));
}
process.exit(failed ? 1 : 0);
