// npm run bench: the performance figures of issue 9, measured the same way
// every time. Builds, serves dist/ on loopback with gzip, then prints one
// table and writes bench-results/bench.json for comparing commits:
//   - per route: gzip JS it loads (deterministic), and Lighthouse mobile
//     (simulated throttling) performance, accessibility, best practices,
//     FCP, LCP, TBT and CLS as the median of 3 runs;
//   - saving one entry (quick count), median of 5;
//   - Progress drawn with 3 years of data and export/restore of 3 years,
//     from scripts/bench-progress.mjs and scripts/bench-data.mjs (medians of 5).
// Lighthouse 12 is fetched by npx on first use; Chromium is Debian's.
// Usage: npm run bench [-- --no-build] [-- --quick]  (--quick: 1 Lighthouse run)
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { routeJsSizes } from './route-js-sizes.mjs';
import { createStaticServer } from './serve.mjs';

const args = process.argv.slice(2);
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.BENCH_PORT ?? 4480);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const LIGHTHOUSE_RUNS = args.includes('--quick') ? 1 : 3;
const ROUTES = ['/', '/progress', '/plan', '/symptoms', '/learn'];
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

async function lighthouse(url) {
  const out = join(tmpdir(), `regain-lh-${process.pid}.json`);
  await run('npx', ['-y', 'lighthouse@12', url, '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${CHROME_FLAGS}`, '--quiet'], { CHROME_PATH: CHROME });
  const report = JSON.parse(readFileSync(out, 'utf8'));
  rmSync(out, { force: true });
  const score = (id) => Math.round(report.categories[id].score * 100);
  const audit = (id) => report.audits[id].numericValue;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

async function timeToSaveOneEntry(runs = 5) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.replace('--headless=new ', '').split(' ') });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      await page.goto(`${ORIGIN}/`);
      // Hydrated and the day's entries read: the screen is ready to log.
      await page.getByRole('heading', { name: 'Logged today' }).waitFor();
      await page.getByRole('button', { name: /^Add one|^\+$|Increase/ }).first().click().catch(() => undefined);
      const started = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText(/^Saved:/).first().waitFor();
      times.push((await page.evaluate(() => performance.now())) - started);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { median: median(times), raw: times };
}

if (!args.includes('--no-build')) await run('npm', ['run', 'build']);
const server = createStaticServer('dist');
await new Promise((done) => server.listen(PORT, '127.0.0.1', done));
const results = { measuredAt: new Date().toISOString(), lighthouseRuns: LIGHTHOUSE_RUNS, routes: [] };
try {
  const sizes = routeJsSizes('dist');
  for (const route of ROUTES) {
    const runs = [];
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await lighthouse(`${ORIGIN}${route}`));
    const med = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((r) => r[key]))]));
    results.routes.push({ route, jsGzipKB: sizes.find((s) => s.route === route).gzipBytes / 1000, ...med, raw: runs });
    console.error(`measured ${route}: performance ${med.performance}, LCP ${Math.round(med.lcpMs)} ms`);
  }
  console.error('timing one save…');
  results.saveOneEntryMs = await timeToSaveOneEntry();
} finally {
  server.close();
}

for (const [name, script] of [['progress', 'scripts/bench-progress.mjs'], ['data', 'scripts/bench-data.mjs']]) {
  if (!existsSync(script)) continue;
  await run('node', [script, 'dist', '--runs=5']);
  const file = `bench-results/${name}.json`;
  if (existsSync(file)) results[name] = JSON.parse(readFileSync(file, 'utf8'));
}

const pad = (value, width) => String(value).padStart(width);
console.log('\nroute      JS gzip  perf  a11y  best   FCP ms  LCP ms  TBT ms    CLS');
for (const r of results.routes) {
  console.log(
    `${r.route.padEnd(10)}${pad(r.jsGzipKB.toFixed(1) + ' kB', 9)}${pad(r.performance, 6)}${pad(r.accessibility, 6)}${pad(r.bestPractices, 6)}` +
      `${pad(Math.round(r.fcpMs), 9)}${pad(Math.round(r.lcpMs), 8)}${pad(Math.round(r.tbtMs), 8)}${pad(r.cls.toFixed(3), 7)}`,
  );
}
console.log(`\nLighthouse: median of ${LIGHTHOUSE_RUNS} runs, mobile preset (simulated throttling).`);
console.log(`Save one entry (quick count): ${results.saveOneEntryMs.median.toFixed(0)} ms median of 5 (raw ${results.saveOneEntryMs.raw.map((t) => t.toFixed(0)).join(', ')})`);
if (results.progress) {
  console.log('Progress, time to all charts drawn with 3 years of data (median of 5):');
  for (const r of results.progress.results) console.log(`  ${r.scenario}: ${r.medianMs} ms (first chart ${r.firstChartMedianMs} ms)`);
}
if (results.data) console.log(`Export: ${results.data.exportMs.median.toFixed(0)} ms; restore: ${results.data.restoreMs.median.toFixed(0)} ms (median of 5)`);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(results, null, 2));
console.log('Written to bench-results/bench.json');
