// npm run bench: the performance figures of issues 9 and 20, measured the same
// way every time. Builds, serves dist/ on loopback with gzip, then prints one
// table and writes bench-results/bench.json for comparing commits:
//   - per route: gzip JS it loads (deterministic), and Lighthouse mobile
//     (simulated throttling) performance, accessibility, best practices,
//     FCP, LCP, TBT and CLS as the median of 3 interleaved rounds, beside two
//     baselines measured in the same rounds (scripts/bench-baselines.mjs) and
//     as ratios to them;
//   - saving one entry (quick count), median of 5;
//   - Progress drawn with 3 years of data and export/restore of 3 years,
//     from scripts/bench-progress.mjs and scripts/bench-data.mjs (medians of 5).
// Lighthouse 12 is fetched by npx on first use; Chromium is Debian's.
// Usage: npm run bench [-- --no-build] [-- --quick]  (--quick: 1 Lighthouse run)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { routeJsSizes } from './route-js-sizes.mjs';
import { makeBaselines } from './bench-baselines.mjs';
import { startLighthouse } from './bench-lighthouse.mjs';
import { createStaticServer } from './serve.mjs';

const args = process.argv.slice(2);
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 4480);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LIGHTHOUSE_RUNS = args.includes('--quick') ? 1 : 3;
const ROUTES = ['/', '/progress', '/plan', '/symptoms', '/learn'];
// Lighthouse's figures kept per run; the table shows their medians.
const NUMERIC = ['performance', 'accessibility', 'bestPractices', 'fcpMs', 'lcpMs', 'tbtMs', 'cls'];
// The app's routes are measured as a returning person sees them: welcome steps done.
const RETURNING_PERSON = { 'regain-first-run': 'done' };
const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Asynchronous on purpose: the static server runs in this process, and a
// synchronous child would block it from answering Lighthouse.
async function run(command, commandArgs, extraEnv = {}) {
  const { stdout } = await promisify(execFile)(command, commandArgs, { env: { ...process.env, ...extraEnv }, maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

async function timeToSaveOneEntry(runs = 5) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.replace('--headless=new ', '').split(' ') });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      // A returning person: the welcome steps are done, so / opens on Today.
      await context.addInitScript(() => localStorage.setItem('regain-first-run', 'done'));
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${ORIGIN}/`);
      // Hydrated and the day's entries read: the screen is ready to log.
      await page.getByRole('heading', { name: 'Logged today' }).waitFor();
      await page.getByRole('button', { name: 'Plus one' }).click();
      const started = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Save this set' }).click();
      await page.getByText(/^Saved a set of 1\./).first().waitFor();
      times.push((await page.evaluate(() => performance.now())) - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { median: median(times), raw: times };
}

if (!args.includes('--no-build')) await run('npm', ['run', 'build']);
const baselines = await makeBaselines('dist');
const servers = [createStaticServer('dist'), createStaticServer(baselines.floor), createStaticServer(baselines.bareReact)];
await Promise.all(servers.map((server, i) => new Promise((done) => server.listen(PORT + i, '127.0.0.1', done))));
const BASELINE_PAGES = [
  { name: 'floor', label: "Today's HTML, no script (floor)", url: `http://127.0.0.1:${PORT + 1}/` },
  { name: 'bare-react', label: 'bare React 19 page', url: `http://127.0.0.1:${PORT + 2}/` },
];
const results = { measuredAt: new Date().toISOString(), lighthouseRuns: LIGHTHOUSE_RUNS, baselines: [], routes: [] };
const runsOf = new Map();
const lighthouse = await startLighthouse();
try {
  // Interleaved: every page once per round, so a slow minute on the machine
  // hits the baselines and the app alike.
  for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
    const pages = [...BASELINE_PAGES.map((b) => ({ key: b.name, url: b.url, items: {} })), ...ROUTES.map((route) => ({ key: route, url: `${ORIGIN}${route}`, items: RETURNING_PERSON }))];
    for (const { key, url, items } of pages) {
      const figures = await lighthouse.measure(url, items);
      runsOf.set(key, [...(runsOf.get(key) ?? []), figures]);
      console.error(`round ${round}: ${key} performance ${figures.performance}, LCP ${Math.round(figures.lcpMs)} ms, TBT ${Math.round(figures.tbtMs)} ms`);
    }
  }
  const medianOf = (runs) => Object.fromEntries(NUMERIC.map((key) => [key, median(runs.map((r) => r[key]))]));
  for (const b of BASELINE_PAGES) results.baselines.push({ name: b.name, label: b.label, ...medianOf(runsOf.get(b.name)), raw: runsOf.get(b.name) });
  const floor = results.baselines[0];
  const bare = results.baselines[1];
  const sizes = routeJsSizes('dist');
  for (const route of ROUTES) {
    const med = medianOf(runsOf.get(route));
    const ratios = {
      lcpToFloor: med.lcpMs / floor.lcpMs,
      fcpToFloor: med.fcpMs / floor.fcpMs,
      tbtOverBareMs: med.tbtMs - bare.tbtMs,
      performanceVsBare: med.performance - bare.performance,
    };
    results.routes.push({ route, jsGzipKB: sizes.find((s) => s.route === route).gzipBytes / 1000, ...med, ratios, raw: runsOf.get(route) });
  }
  await lighthouse.stop();
  console.error('timing one save…');
  results.saveOneEntryMs = await timeToSaveOneEntry();
} finally {
  await lighthouse.stop().catch(() => undefined);
  servers.forEach((server) => server.close());
}

for (const [name, script] of [['progress', 'scripts/bench-progress.mjs'], ['data', 'scripts/bench-data.mjs'], ['stands', 'scripts/bench-stands.mjs']]) {
  if (!existsSync(script)) continue;
  await run('node', [script, 'dist', '--runs=5']);
  const file = `bench-results/${name}.json`;
  if (existsSync(file)) results[name] = JSON.parse(readFileSync(file, 'utf8'));
}

const pad = (value, width) => String(value).padStart(width);
const ms = (value) => pad(Math.round(value), 7);
console.log('\npage                               JS gzip  perf  FCP ms  LCP ms  TBT ms    CLS   LCP/floor  TBT-bare  perf-bare');
for (const b of results.baselines) {
  console.log(`${b.label.padEnd(35)}${pad('', 8)}${pad(b.performance.toFixed(2), 6)} ${ms(b.fcpMs)} ${ms(b.lcpMs)} ${ms(b.tbtMs)}${pad(b.cls.toFixed(3), 7)}`);
}
for (const r of results.routes) {
  console.log(
    `${('Regain ' + r.route).padEnd(35)}${pad(r.jsGzipKB.toFixed(1) + ' kB', 8)}${pad(r.performance.toFixed(2), 6)} ${ms(r.fcpMs)} ${ms(r.lcpMs)} ${ms(r.tbtMs)}${pad(r.cls.toFixed(3), 7)}` +
      `${pad(r.ratios.lcpToFloor.toFixed(2) + '×', 12)}${pad((r.ratios.tbtOverBareMs >= 0 ? '+' : '') + Math.round(r.ratios.tbtOverBareMs), 10)}${pad((r.ratios.performanceVsBare >= 0 ? '+' : '') + r.ratios.performanceVsBare.toFixed(2), 11)}`,
  );
}
const today = results.routes.find((r) => r.route === '/');
const bareTbt = results.baselines[1].tbtMs;
console.log('\nGoals (issue 20):');
for (const r of results.routes) console.log(`  ${r.route.padEnd(10)} performance ${r.performance.toFixed(2)} ≥ 0.98 and ≥ bare React: ${r.performance >= 0.98 && r.ratios.performanceVsBare >= 0 ? 'met' : 'MISSED'}`);
console.log(`  Today LCP ${today.ratios.lcpToFloor.toFixed(2)}× the floor's (goal ≤ 1.2): ${today.ratios.lcpToFloor <= 1.2 ? 'met' : 'MISSED'}`);
console.log(`  Today TBT ${Math.round(today.tbtMs)} ms ≤ bare React's ${Math.round(bareTbt)} + 50 ms: ${today.tbtMs <= bareTbt + 50 ? 'met' : 'MISSED'}`);
console.log(`  Today CLS ${today.cls.toFixed(3)} = 0: ${today.cls === 0 ? 'met' : 'MISSED'}`);
console.log(`  Today's largest paint: ${today.raw[0].lcpElement ?? 'unknown'}`);
console.log(`\nLighthouse: median of ${LIGHTHOUSE_RUNS} runs, mobile preset (simulated throttling).`);
console.log(`Save one entry (quick count): ${results.saveOneEntryMs.median.toFixed(0)} ms median of 5 (raw ${results.saveOneEntryMs.raw.map((t) => t.toFixed(0)).join(', ')})`);
if (results.progress) {
  console.log('Progress, time to all charts drawn with 3 years of data (median of 5):');
  for (const r of results.progress.results) console.log(`  ${r.scenario}: ${r.medianMs} ms (first chart ${r.firstChartMedianMs} ms)`);
}
if (results.stands) {
  const st = results.stands;
  const verdict = (met) => (met ? 'met' : 'MISSED');
  console.log(`Stand detector, ${st.traces} simulated traces (issue 18's goals):`);
  console.log(`  exact count ${st.exactPercent} % ≥ 95: ${verdict(st.exactPercent >= 95)}`);
  console.log(`  within one ${st.withinOnePercent} % = 100 (${st.offByMoreThanOne} off by more): ${verdict(st.offByMoreThanOne === 0)}`);
  console.log(`  fifth stand within 0.3 s ${st.fifthWithin03Percent} % ≥ 95: ${verdict(st.fifthWithin03Percent >= 95)}`);
  console.log(`  ${st.cpuMsPerSecondOfSignal} ms CPU per second of signal < 1: ${verdict(st.cpuMsPerSecondOfSignal < 1)}`);
}
if (results.data) console.log(`Export: ${results.data.exportMs.median.toFixed(0)} ms; restore: ${results.data.restoreMs.median.toFixed(0)} ms (median of 5)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
console.log('Written to bench-results/bench.json');
