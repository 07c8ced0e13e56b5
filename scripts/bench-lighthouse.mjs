// Lighthouse 12 (mobile preset, simulated throttling) against one Chromium we
// start ourselves, so each run can begin as a returning person's first visit
// of the day: nothing cached, no service worker, no database, but the welcome
// steps already done (localStorage 'regain-first-run'). Lighthouse's own
// storage reset would also wipe that flag and measure the welcome screen
// instead of Today, so it is turned off and this module clears the rest.
import { spawn } from 'node:child_process';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from '@playwright/test';

const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// Everything a visit leaves behind except localStorage.
const CLEARED = 'cookies,file_systems,indexeddb,service_workers,cache_storage,shader_cache,websql';

async function debuggerUp(port, deadline = Date.now() + 30_000) {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/json/version`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`Chromium's debugger did not open on port ${port}`);
}

/**
 * Starts Chromium with a debugging port. `measure(url, localStorage)` empties
 * the origin's caches and storage, sets the given localStorage items, then
 * runs Lighthouse on the url and returns its figures.
 */
export async function startLighthouse({ port = 9339 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'regain-bench-chrome-'));
  const chrome = spawn(CHROME, [...FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'], { stdio: 'ignore' });
  await debuggerUp(port);
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const context = browser.contexts()[0];

  async function prepare(origin, items) {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: `${CLEARED},local_storage` });
    if (Object.keys(items).length > 0) {
      // A tiny page of the origin, so its localStorage can be written without loading the app.
      await page.route(`${origin}/__bench-blank`, (route) => route.fulfill({ body: '<!doctype html><title>bench</title>', contentType: 'text/html' }));
      await page.goto(`${origin}/__bench-blank`);
      await page.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), Object.entries(items));
    }
    await page.close();
  }

  async function measure(url, items = {}) {
    await prepare(new URL(url).origin, items);
    const out = join(tmpdir(), `regain-lh-${process.pid}.json`);
    await promisify(execFile)(
      'npx',
      ['-y', 'lighthouse@12', url, '--output=json', `--output-path=${out}`, '--only-categories=performance,accessibility,best-practices', `--port=${port}`, '--disable-storage-reset', '--quiet'],
      { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    rmSync(out, { force: true });
    const score = (id) => Math.round(report.categories[id].score * 100) / 100;
    const audit = (id) => report.audits[id].numericValue;
    const lcpElement = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? null;
    // What moved, when anything did: the elements Lighthouse blames, with their share of the shift.
    const shifted = (report.audits['layout-shifts']?.details?.items ?? []).map((item) => `${item.node?.snippet ?? '?'} ${Math.round((item.score ?? 0) * 1000) / 1000}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      fcpMs: audit('first-contentful-paint'),
      lcpMs: audit('largest-contentful-paint'),
      tbtMs: audit('total-blocking-time'),
      cls: audit('cumulative-layout-shift'),
      finalUrl: report.finalDisplayedUrl ?? report.finalUrl,
      lcpElement,
      ...(shifted.length > 0 && { shifted }),
    };
  }

  let stopped = false;
  async function stop() {
    if (stopped) return;
    stopped = true;
    await browser.close().catch(() => undefined);
    // Chromium writes its profile until it has exited: remove it only then.
    const exited = new Promise((done) => chrome.once('exit', done));
    chrome.kill();
    await exited;
    // Its helper processes can still be writing a moment later: a profile left
    // in the temporary folder is harmless, a bench that dies after its last run is not.
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.error(`could not remove Chromium's profile ${profile}: ${error.code ?? error}`);
    }
  }

  return { measure, stop };
}
