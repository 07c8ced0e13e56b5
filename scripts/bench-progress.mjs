// Benchmark, not a test: how long Progress takes to draw its charts with three
// years of realistic daily logs (about 5,000 entries), in Debian's Chromium.
//
//   npm run build && node scripts/bench-progress.mjs            (times dist/)
//   node scripts/bench-progress.mjs dist-progress --runs=5 --cpu-throttle=4
//
// It serves the build on its own port (PORT, default 4430), installs the
// service worker (so chunks come from its cache, as on a phone that has opened
// the app before), writes the entries straight into IndexedDB from the page
// (the app has no test hooks), then times each scenario `runs` times from
// "opening Progress" to two performance marks the screen leaves:
// 'progress-first-chart-drawn' (the top chart has drawn) and
// 'progress-charts-drawn' (every chart on the screen has drawn; they draw one
// after another, so the screen stays responsive). It prints a table and writes bench-results/progress.json,
// with the gzip size of the chunks the Progress route loads beyond the main entry
// (KB = 1,000 bytes of gzip -9, as in scripts/check-budgets.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, devices } from '@playwright/test';

/* global document, indexedDB -- functions passed to page.evaluate run in the page */

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const found = args.find((a) => a.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const DIST = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const RUNS = Number(option('runs', 5));
const CPU_THROTTLE = Number(option('cpu-throttle', 1));
const PORT = Number(process.env.PORT ?? 4430);
const BASE = `http://127.0.0.1:${PORT}`;
const MARK = 'progress-charts-drawn'; // every chart on the screen has drawn
const FIRST_CHART = 'progress-first-chart-drawn'; // the top chart has drawn (the rest follow one by one)
const GOAL_MS = 150;

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

function startServer() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', DIST], { env: { ...process.env, PORT: String(PORT) }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveStart, reject) => {
    server.once('error', reject);
    server.stdout.on('data', (chunk) => {
      if (String(chunk).includes('being served')) resolveStart(server);
    });
    server.once('exit', (code) => reject(new Error(`The server stopped (exit ${code}). Is port ${PORT} free? Set PORT to another one.`)));
  });
}

/**
 * Runs in the page: three years of daily logs ending today, shaped like a
 * person who logs most days and gets slowly stronger, with a dip after an
 * illness. Deterministic (seeded), so every run draws the same charts.
 */
export async function seedInPage({ years }) {
  let state = 20240611;
  const random = () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
  const noise = (size) => (random() - 0.5) * 2 * size;
  const pad = (n) => String(n).padStart(2, '0');
  const dayOf = (d) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const today = new Date();
  today.setHours(12, 0, 0, 0);
  const totalDays = Math.round(years * 365.25);
  const entries = [];
  const ticks = [];
  const add = (day, at, fields) => {
    const stamp = new Date(at).toISOString();
    entries.push({ id: crypto.randomUUID(), day, createdAt: stamp, updatedAt: stamp, ...fields });
  };
  for (let i = totalDays - 1; i >= 0; i -= 1) {
    const date = new Date(today);
    date.setDate(today.getDate() - i);
    const day = dayOf(date);
    const t = (totalDays - i) / totalDays; // 0 → 1 over the three years
    const ill = t > 0.55 && t < 0.6; // a few weeks of illness: results dip
    const at = (hour) => new Date(date.getFullYear(), date.getMonth(), date.getDate(), hour, Math.floor(random() * 60)).getTime();
    const weekday = date.getDay();
    if (random() < 0.8) add(day, at(9), { kind: 'sit-to-stand-count', reps: Math.round(20 + 30 * t + noise(6)) });
    if (random() < 0.85) add(day, at(21), { kind: 'steps', steps: Math.round(3500 + 3000 * t + noise(1500)) });
    if (random() < 0.7) {
      const meals = 2 + Math.floor(random() * 2);
      for (let m = 0; m < meals; m += 1) add(day, at(8 + m * 5), { kind: 'protein', grams: Math.round(22 + 6 * t + noise(8)), scope: 'meal' });
    }
    if (weekday === 1 || weekday === 4) {
      const reps = Math.max(0, Math.min(60, Math.round(8 + 6 * t - (ill ? 4 : 0) + noise(1.5))));
      add(day, at(10), { kind: 'chair-stand-30s', reps, usedArms: false });
    }
    if (weekday === 3) add(day, at(10), { kind: 'five-times-sit-to-stand', seconds: Math.round((16 - 4 * t + (ill ? 2 : 0) + noise(0.8)) * 10) / 10 });
    if (weekday === 2 || weekday === 6) add(day, at(7), { kind: 'weight', kg: Math.round((68 + 2 * t + noise(0.6)) * 10) / 10 });
    if (weekday === 0 && Math.floor(i / 7) % 2 === 0) {
      for (const side of ['left', 'right']) {
        add(day, at(11), { kind: 'grip', side, kg: Math.round((17 + 5 * t + (side === 'left' ? -1 : 0) + noise(1)) * 10) / 10 });
        for (const [site, cm] of [['calf', 32.5], ['thigh', 45], ['upper-arm', 26]]) {
          // The left calf shrinks late on (a new gap), to show the shading and the banner.
          const loss = site === 'calf' && side === 'left' && t > 0.97 ? 2.5 : 0;
          add(day, at(11), { kind: 'circumference', site, side, cm: Math.round((cm + 1.5 * t - loss + noise(0.3)) * 10) / 10 });
        }
      }
    }
    for (const itemId of ['movement', weekday % 2 ? 'session:strength-lower' : 'session:balance']) {
      ticks.push({ id: crypto.randomUUID(), day, itemId, done: random() < 0.75, updatedAt: new Date(at(20)).toISOString() });
    }
  }
  const profile = { id: 'profile', yearOfBirth: today.getFullYear() - 72, sex: 'female', units: 'metric', kidneyDisease: false, updatedAt: new Date().toISOString() };
  const db = await new Promise((ok, fail) => {
    const request = indexedDB.open('regain');
    request.onsuccess = () => ok(request.result);
    request.onerror = () => fail(request.error);
  });
  if (!db.objectStoreNames.contains('entries')) {
    db.close();
    throw new Error('The app has not created its database yet: open Progress and wait for it before seeding.');
  }
  await new Promise((ok, fail) => {
    const tx = db.transaction(['entries', 'planProgress', 'profile'], 'readwrite');
    tx.objectStore('entries').clear();
    tx.objectStore('planProgress').clear();
    for (const e of entries) tx.objectStore('entries').put(e);
    for (const p of ticks) tx.objectStore('planProgress').put(p);
    tx.objectStore('profile').put(profile);
    tx.oncomplete = ok;
    tx.onerror = () => fail(tx.error);
  });
  db.close();
  return { entries: entries.length, planTicks: ticks.length };
}

/** Waits for both marks after `after` (page clock); returns their times. */
async function waitForMark(page, after = 0) {
  const handle = await page.waitForFunction(
    ([names, since]) => {
      const times = names.map((name) => performance.getEntriesByName(name).find((m) => m.startTime > since)?.startTime);
      return times.every((t) => t !== undefined) ? times : undefined;
    },
    [[FIRST_CHART, MARK], after],
    { timeout: 30_000, polling: 'raf' },
  );
  const [firstChart, all] = await handle.jsonValue();
  return { firstChart: firstChart - after, all: all - after };
}

async function openWithServiceWorker(page, path) {
  await page.goto(`${BASE}${path}`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Taps a link in the bottom navigation; returns the page's clock at the tap. */
function tap(page, label) {
  return page.evaluate((name) => {
    const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent?.trim() === name);
    // The click and the clock start in the same task.
    const t = performance.now();
    link.click();
    return t;
  }, label);
}

/** Waits until React has hydrated the prerendered navigation, so a tap is a client-side navigation. */
function hydrated(page) {
  return page.waitForFunction(() => {
    const link = document.querySelector('nav a');
    return link !== null && Object.keys(link).some((key) => key.startsWith('__reactFiber'));
  });
}

async function openToday(page) {
  await page.goto(`${BASE}/`);
  await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
  await page.waitForLoadState('networkidle');
  await hydrated(page);
}

const SCENARIOS = [
  {
    name: 'tap Progress, first time since launch (12 weeks)',
    async run(page) {
      await openToday(page);
      return waitForMark(page, await tap(page, 'Progress'));
    },
  },
  {
    name: 'tap Progress again, screen code already loaded (12 weeks)',
    async run(page) {
      await openToday(page);
      await tap(page, 'Progress');
      await waitForMark(page);
      await tap(page, 'Today');
      await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
      return waitForMark(page, await tap(page, 'Progress'));
    },
  },
  {
    name: 'switch to Everything on Progress (3 years)',
    async run(page) {
      await page.goto(`${BASE}/progress`);
      await waitForMark(page);
      const start = await page.evaluate(() => {
        const radio = [...document.querySelectorAll('input[name="progress-range"]')].find((r) => r.value === 'all');
        const t = performance.now();
        radio.click();
        return t;
      });
      return waitForMark(page, start);
    },
  },
  {
    name: 'open /progress as a new page load (12 weeks)',
    async run(page) {
      await page.goto(`${BASE}/progress`);
      return waitForMark(page); // from the start of the page load
    },
  },
  {
    name: 'open /progress?range=all as a new page load (3 years)',
    async run(page) {
      await page.goto(`${BASE}/progress?range=all`);
      return waitForMark(page);
    },
  },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The scripts a fresh page load of `path` requests (paths inside the build). */
async function scriptsLoadedBy(context, path, waitForCharts) {
  const page = await context.newPage();
  const requested = new Set();
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.replace(/^\//, '');
    if (file.endsWith('.js')) requested.add(file);
  });
  await page.goto(`${BASE}${path}`);
  if (waitForCharts) await waitForMark(page);
  await page.waitForLoadState('networkidle');
  await page.close();
  return requested;
}

/** The scripts the entry HTML loads, and those a cold /progress adds: their gzip sizes. */
async function progressChunkSizes(browser) {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = new Set([...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]));
  const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'block' });
  const setup = await context.newPage();
  await setup.goto(`${BASE}/progress`);
  await waitForMark(setup);
  await setup.evaluate(seedInPage, { years: 3 });
  await setup.close();
  const today = await scriptsLoadedBy(context, '/', false);
  const progress = await scriptsLoadedBy(context, '/progress', true);
  await context.close();
  const gzip = (path) => gzipSync(readFileSync(join(DIST, path)), { level: 9 }).length;
  const chunks = [...progress]
    // workbox-window comes with the service-worker registration on every route, not with Progress.
    .filter((p) => !entry.has(p) && !p.includes('workbox-window'))
    .map((path) => {
      const body = readFileSync(join(DIST, path));
      return { path, bytes: body.length, gzipBytes: gzip(path), recharts: body.includes('recharts-cartesian-grid'), alsoLoadedByToday: today.has(path) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const sum = (list) => list.reduce((n, c) => n + c.gzipBytes, 0);
  return {
    entry: [...entry],
    entryGzipBytes: [...entry].reduce((n, p) => n + gzip(p), 0),
    chunks,
    totalGzipBytes: sum(chunks),
    progressOnlyGzipBytes: sum(chunks.filter((c) => !c.alsoLoadedByToday)),
  };
}

async function main() {
  const server = await startServer();
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext({ ...devices['Pixel 7'], serviceWorkers: 'allow' });
    const page = await context.newPage();
    if (CPU_THROTTLE > 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    }
    // Progress opens the app's database, so it exists at the app's version before we write to it.
    await openWithServiceWorker(page, '/progress');
    await waitForMark(page);
    const loadBefore = loadavg()[0];
    const seeded = await page.evaluate(seedInPage, { years: 3 });
    console.log(`Seeded ${seeded.entries} entries and ${seeded.planTicks} plan ticks over 3 years.`);
    // One warm-up of each scenario (first compile of each chunk), not counted.
    for (const scenario of SCENARIOS) await scenario.run(page);
    const results = [];
    const tenth = (n) => Math.round(n * 10) / 10;
    for (const scenario of SCENARIOS) {
      const runs = [];
      for (let i = 0; i < RUNS; i += 1) runs.push(await scenario.run(page));
      const all = runs.map((r) => tenth(r.all));
      const firstChart = runs.map((r) => tenth(r.firstChart));
      results.push({ scenario: scenario.name, medianMs: median(all), runsMs: all, firstChartMedianMs: median(firstChart), firstChartRunsMs: firstChart });
    }
    await context.close();
    const sizes = await progressChunkSizes(browser);

    // KB = 1,000 bytes of gzip -9, as in scripts/check-budgets.mjs.
    const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
    // Other work on the machine slows every run: say how busy it was.
    const load = { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadavg()[0] * 100) / 100 };
    console.log(`\nProgress, time to charts drawn (median of ${RUNS}; goal ≤ ${GOAL_MS} ms${CPU_THROTTLE > 1 ? `; CPU slowed ${CPU_THROTTLE}×` : ''})`);
    console.log(`Machine load (1-minute average) before and after: ${load.before} and ${load.after}, on ${cpus().length} CPUs.`);
    console.table(
      results.map((r) => ({
        scenario: r.scenario,
        'all charts: median ms': r.medianMs,
        'all charts: runs ms': r.runsMs.join(', '),
        'first chart: median ms': r.firstChartMedianMs,
        'first chart: runs ms': r.firstChartRunsMs.join(', '),
      })),
    );
    console.log('Chunks Progress loads beyond the main entry (gzip -9):');
    console.table(
      sizes.chunks.map((c) => ({ chunk: c.path, gzip: kb(c.gzipBytes), raw: kb(c.bytes), recharts: c.recharts ? 'yes' : '', 'Today loads it too': c.alsoLoadedByToday ? 'yes' : '' })),
    );
    console.log(`Total: ${kb(sizes.totalGzipBytes)} gzip; loaded only for Progress (not by Today): ${kb(sizes.progressOnlyGzipBytes)} gzip; main entry: ${kb(sizes.entryGzipBytes)} gzip.`);

    mkdirSync('bench-results', { recursive: true });
    const report = {
      date: new Date().toISOString(),
      chromium: browser.version(),
      cpuThrottle: CPU_THROTTLE,
      cpus: cpus().length,
      loadAverage: load,
      seeded,
      goalMs: GOAL_MS,
      results,
      progressChunks: sizes,
    };
    writeFileSync('bench-results/progress.json', `${JSON.stringify(report, null, 2)}\n`);
    console.log('Written to bench-results/progress.json');
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
