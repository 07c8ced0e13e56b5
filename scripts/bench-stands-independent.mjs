// npm run bench:stands:independent — the stand detector on two corpora from simulators written by
// others who never saw the detector or our own simulator (tests/independent-simulators/, each with its
// README): a three-segment body with hard landings (second), and sternum kinematics driven directly,
// with frail people rising at 0.3–0.5 m/s (third). Our own simulator flatters the detector; these show
// how it may do on bodies and phones it was not tuned on. Generates both corpora into a temporary folder
// (about a minute and a half), then prints exact / within one / fifth stand within 0.3 s, overall and by kind.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importTs } from './bench-stands.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { countStands } = await importTs('src/domain/stand-detector.ts');
const { parseMotionCsv } = await importTs('src/domain/motion-csv.ts');

const pct = (part, all) => (all ? `${((100 * part) / all).toFixed(1)} %` : '–');

function score(label, traces) {
  const chair = { n: 0, exact: 0, withinOne: 0 };
  const five = { n: 0, exact: 0, fifth: 0 };
  for (const trace of traces) {
    const result = countStands(trace.samples, trace.test);
    if (trace.test === 'five-times') {
      five.n++;
      if (result.count === trace.count) five.exact++;
      if (result.fifthStandAt !== null && Math.abs(result.fifthStandAt - trace.fifthStandAt) <= 0.3) five.fifth++;
    } else {
      chair.n++;
      if (result.count === trace.count) chair.exact++;
      if (Math.abs(result.count - trace.count) <= 1) chair.withinOne++;
    }
  }
  console.log(
    `  ${label.padEnd(22)} 30-second (${chair.n}): exact ${pct(chair.exact, chair.n)}, within one ${pct(chair.withinOne, chair.n)}` +
      ` | five-times (${five.n}): count ${pct(five.exact, five.n)}, fifth within 0.3 s ${pct(five.fifth, five.n)}`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'regain-independent-'));
try {
  for (const name of ['second', 'third']) {
    const out = join(work, name);
    execFileSync(process.execPath, [join(ROOT, 'tests/independent-simulators', name, 'gen.mjs')], { env: { ...process.env, OUTDIR: out }, stdio: 'ignore' });
    const truth = JSON.parse(readFileSync(join(out, 'truth.json'), 'utf8'));
    const traces = truth.map((t) => {
      const parsed = parseMotionCsv(readFileSync(join(out, 'csv', t.file), 'utf8'));
      if ('error' in parsed) throw new Error(`${t.file}: ${parsed.error}`);
      return { ...t, kind: t.kind ?? t.scenario, samples: parsed.samples };
    });
    console.log(`${name} simulator (${traces.length} traces):`);
    score('all', traces);
    for (const kind of [...new Set(traces.map((t) => t.kind))].sort()) score(kind, traces.filter((t) => t.kind === kind));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
