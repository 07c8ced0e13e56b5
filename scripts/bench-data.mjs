// Times backup (export) and restore of three years of daily data (5,000 entries)
// in Chromium against a production build, through the real screen: the restore
// picks a file in "Your data" and taps Restore; the export taps "Back up now".
// The app records each step as a performance measure (src/features/data/timing.ts):
//   regain:restore-check  read, parse and check the file (before the preview shows)
//   regain:restore-apply  write it in one transaction
//   regain:export         read every table, make the JSON file, hand it to the browser
// Each run uses a fresh browser profile (empty database). Prints raw values and medians.
//
// It also times opening History with all of it, and records the longest main-thread
// task (a frozen screen) during the restore and during the export.
//
// Usage: npx vite build --outDir dist-data && node scripts/bench-data.mjs [dist-data] [--runs 5] [--cpu-throttle 4] [--entries 200000]
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, devices } from '@playwright/test';
import { createStaticServer } from './serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  const inline = args.find((a) => a.startsWith(`${name}=`));
  if (inline) return Number(inline.split('=')[1]);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const dist = resolve(args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'dist-data');
const runs = option('--runs', 5);
const throttle = option('--cpu-throttle', 1);
const port = Number(process.env.BENCH_PORT ?? 4431);
const ENTRIES = option('--entries', 5000);

function localDay(daysAgo) {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const uuid = (n) => `9b8c7d6e-5f4a-4b3c-8d2e-${n.toString(16).padStart(12, '0')}`;

/** Three years of a keen user's records: about 4–5 entries a day, and the rest of the tables. */
function threeYears(schemaVersion) {
  const kinds = [
    (d) => ({ kind: 'sit-to-stand-count', reps: 10 + (d % 40) }),
    (d) => ({ kind: 'steps', steps: 2000 + ((d * 37) % 6000) }),
    (d) => ({ kind: 'protein', grams: 20 + (d % 30), scope: 'meal', note: d % 9 === 0 ? 'eggs and toast, then "a big" lunch' : undefined }),
    (d) => ({ kind: 'chair-stand-30s', reps: 5 + (d % 12), usedArms: false }),
    (d) => ({ kind: 'five-times-sit-to-stand', seconds: 10 + (d % 9) }),
    (d) => ({ kind: 'weight', kg: 60 + (d % 7) / 2 }),
    (d) => ({ kind: 'grip', side: d % 2 ? 'left' : 'right', kg: 15 + (d % 6) }),
    (d) => ({ kind: 'circumference', site: ['calf', 'thigh', 'upper-arm'][d % 3], side: d % 2 ? 'left' : 'right', cm: 30 + (d % 5) }),
  ];
  const entries = [];
  for (let i = 0; entries.length < ENTRIES; i += 1) {
    const daysAgo = 1095 - Math.floor((i * 1095) / ENTRIES);
    const day = localDay(daysAgo);
    const at = new Date(`${day}T08:00:00.000Z`);
    at.setUTCMinutes(i % 600);
    const stamp = at.toISOString();
    entries.push({ id: uuid(i + 1), day, createdAt: stamp, updatedAt: stamp, ...kinds[i % kinds.length](daysAgo) });
  }
  const tables = {
    profile: [{ id: 'profile', yearOfBirth: 1950, sex: 'female', heightCm: 162, units: 'metric', kidneyDisease: false, updatedAt: new Date().toISOString() }],
    entries,
    symptomCheckIns: Array.from({ length: 156 }, (_, i) => ({ id: uuid(100_000 + i), day: localDay(i * 7 + 1), at: `${localDay(i * 7 + 1)}T10:00:00.000Z`, signIds: ['tiring-quickly'] })),
    triageRuns: Array.from({ length: 36 }, (_, i) => ({ id: uuid(200_000 + i), at: `${localDay(i * 30 + 1)}T10:05:00.000Z`, level: 'self-care', answers: { 'stroke-face-arm-leg': 'no' } })),
    planProgress: Array.from({ length: 600 }, (_, i) => ({ id: uuid(300_000 + i), day: localDay(i + 1), itemId: 'strength-lower', done: i % 3 !== 0, updatedAt: `${localDay(i + 1)}T11:00:00.000Z` })),
  };
  if (schemaVersion >= 2) {
    tables.sarcFResults = Array.from({ length: 12 }, (_, i) => ({ id: uuid(400_000 + i), day: localDay(i * 90 + 1), at: `${localDay(i * 90 + 1)}T10:10:00.000Z`, answers: { strength: 1, walking: 0, rising: 1, stairs: 1, falls: 0 }, total: 3 }));
  }
  return { app: 'regain', appVersion: '0.1.0', schemaVersion, exportedAt: new Date().toISOString(), tables };
}

const ms = (value) => (value === null || value === undefined ? 'n/a' : value.toFixed(0));
const median = (raw) => {
  const values = raw.filter((v) => typeof v === 'number');
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const server = createStaticServer(dist);
await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});

async function freshPage() {
  const context = await browser.newContext({ ...devices['Pixel 7'], acceptDownloads: true });
  const page = await context.newPage();
  // The longest main-thread task since the last reset: how long the screen froze.
  await page.addInitScript(() => {
    globalThis.__longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) globalThis.__longestTask = Math.max(globalThis.__longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  if (throttle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  }
  await page.goto(`${base}/settings/data`);
  await page.getByRole('heading', { level: 1, name: 'Your data' }).waitFor();
  return { context, page };
}

const measure = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.duration ?? null, name);

try {
  // The schema version this build exports at: from a backup of the empty database.
  const probe = await freshPage();
  const download = probe.page.waitForEvent('download');
  await probe.page.getByRole('button', { name: 'Back up now' }).click();
  const schemaVersion = JSON.parse(readFileSync(await (await download).path(), 'utf8')).schemaVersion;
  await probe.context.close();

  const backup = threeYears(schemaVersion);
  const buffer = Buffer.from(JSON.stringify(backup));
  const records = Object.values(backup.tables).reduce((n, rows) => n + rows.length, 0);
  const backupPath = join(mkdtempSync(join(tmpdir(), 'regain-bench-')), 'three-years.json');
  writeFileSync(backupPath, buffer);
  console.log(`Backup: ${backup.tables.entries.length} entries, ${records} records in all, ${(buffer.length / 1024 / 1024).toFixed(2)} MB; schema ${schemaVersion}; CPU throttle ${throttle}x; ${runs} runs`);

  const results = [];
  for (let run = 1; run <= runs; run += 1) {
    const { context, page } = await freshPage();
    await page.evaluate(() => (globalThis.__longestTask = 0));
    const t0 = Date.now();
    // From a file on disk: a 35 MB buffer sent through the test protocol takes longer than the restore.
    await page.getByLabel('Choose a backup file').setInputFiles(backupPath, { timeout: 600_000 });
    await page.getByRole('heading', { name: 'What this backup holds' }).waitFor({ timeout: 600_000 });
    const tPreview = Date.now();
    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await page.getByText(/^Restored\./).waitFor({ timeout: 600_000 });
    const tRestored = Date.now();
    const longestTaskMs = await page.evaluate(() => globalThis.__longestTask);

    await page.evaluate(() => (globalThis.__longestTask = 0));
    const tBackup = Date.now();
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up now' }).click();
    const file = await downloaded;
    const tDownloaded = Date.now();
    const exportLongestTaskMs = await page.evaluate(() => globalThis.__longestTask);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
    if (exported.tables.entries.length !== ENTRIES) throw new Error(`export has ${exported.tables.entries.length} entries`);


    const result = {
      run,
      restoreCheckMs: await measure(page, 'regain:restore-check'),
      restoreApplyMs: await measure(page, 'regain:restore-apply'),
      exportMs: await measure(page, 'regain:export'),
      restoreWallMs: tRestored - t0,
      previewWallMs: tPreview - t0,
      exportWallMs: tDownloaded - tBackup,
      longestTaskMs,
      exportLongestTaskMs,
      historyWallMs: null,
    };
    // Last, as leaving the page clears its performance measures.
    // History with everything: from the tap to the first day's entries on screen.
    await page.goto(`${base}/settings/data`);
    const tHistory = Date.now();
    await page.goto(`${base}/history`);
    await page.getByRole('link', { name: /^Edit / }).first().waitFor({ timeout: 600_000 });
    result.historyWallMs = Date.now() - tHistory;
    // A measure can be missing if the page reloaded meanwhile (a service worker taking over): say so, do not guess.
    result.restoreMs = result.restoreCheckMs === null || result.restoreApplyMs === null ? null : result.restoreCheckMs + result.restoreApplyMs;
    results.push(result);
    console.log(
      `run ${run}: restore ${ms(result.restoreMs)} ms (check ${ms(result.restoreCheckMs)} + write ${ms(result.restoreApplyMs)}); ` +
        `export ${ms(result.exportMs)} ms; wall clock incl. UI: preview ${result.previewWallMs} ms, restore ${result.restoreWallMs} ms, export ${result.exportWallMs} ms; ` +
        `longest frozen moment during restore ${ms(result.longestTaskMs)} ms, during export ${ms(result.exportLongestTaskMs)} ms; History opens in ${result.historyWallMs} ms`,
    );
    await context.close();
  }
  const keys = ['restoreMs', 'restoreCheckMs', 'restoreApplyMs', 'exportMs', 'previewWallMs', 'restoreWallMs', 'exportWallMs', 'longestTaskMs', 'exportLongestTaskMs', 'historyWallMs'];
  console.log('\nmedian of', runs, 'runs:');
  for (const key of keys) console.log(`  ${key.padEnd(15)} ${ms(median(results.map((r) => r[key]))).padStart(6)} ms   raw: ${results.map((r) => ms(r[key])).join(', ')}`);
  // For `npm run bench`, which gathers every figure into one table.
  mkdirSync('bench-results', { recursive: true });
  const summary = Object.fromEntries(keys.map((key) => [key, { median: median(results.map((r) => r[key])), raw: results.map((r) => r[key]) }]));
  writeFileSync(`bench-results/data${ENTRIES === 5000 ? '' : `-${ENTRIES}`}.json`, JSON.stringify({ runs, cpuThrottle: throttle, entries: ENTRIES, ...summary }, null, 2));
} finally {
  await browser.close();
  server.close();
}
