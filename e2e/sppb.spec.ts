import { expect, test, type Page } from './fixtures';
import { openWithServiceWorker } from './helpers';
import { LayoutSweep, SWEEP_VIEWPORTS } from './layout-checks';

// The SPPB session offline, driven by the page's own clock (never a fixed
// sleep), checked at 360 px with normal and 200 % text at each step.

async function tickChecks(page: Page) {
  for (const box of await page.getByRole('group', { name: /Tick each one/ }).getByRole('checkbox').all()) await box.check();
}

/** Start, the 10-second countdown out loud, then `ms` of the stage. */
async function runStage(page: Page, start: RegExp, ms: number) {
  await page.getByRole('button', { name: start }).click();
  await page.clock.runFor(10_000);
  await page.clock.runFor(ms);
}

test('offline: one SPPB session, balance → walk → five chair stands, scored out of 12 and saved', async ({ page, context }, testInfo) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await openWithServiceWorker(page, '/tests/sppb');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Physical performance (SPPB)' })).toBeVisible();
  const sweep = new LayoutSweep(page, testInfo, SWEEP_VIEWPORTS.find((v) => v.width === 360)!);
  await sweep.start();
  await sweep.check('/tests/sppb (ready)');

  await tickChecks(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'Start the session' }).click();
  await runStage(page, /Start: feet side by side/, 10_000);
  await runStage(page, /Start: one foot half in front/, 10_000);
  await page.getByRole('button', { name: /Start: feet heel to toe/ }).click();
  await page.clock.runFor(10_000);
  await expect(page.getByRole('button', { name: /I moved/ })).toBeVisible();
  await sweep.check('/tests/sppb (balance: holding)', { axe: false });
  await page.clock.runFor(10_000);

  await expect(page.getByText('Part 2 of 3: walking')).toBeVisible();
  for (const walk of [/Start walk 1/, /Start walk 2/]) {
    await runStage(page, walk, 4_500);
    await page.getByRole('button', { name: /^Stop when/ }).click();
  }
  await sweep.check('/tests/sppb (chair stands: how to time them)', { beforeAxe: () => page.clock.resume() });
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'Someone will tap Start and Stop' }).click();
  await runStage(page, /Start the chair stands/, 11_000);
  await page.getByRole('button', { name: /^Stop when/ }).click();

  await expect(page.getByRole('heading', { name: 'Your score' }).locator('..')).toContainText('12 out of 12');
  // axe waits on the page's timers: let the clock run again first.
  await sweep.check('/tests/sppb (score)', { beforeAxe: () => page.clock.resume() });
  await page.getByRole('button', { name: 'Save my result' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
  await page.getByRole('link', { name: 'See your history' }).click();
  await expect(page.getByText(/Physical performance \(SPPB\): 12 out of 12/)).toBeVisible();
});

test('balance, walking speed and Timed Up and Go fit a 360 px phone at 200 % text, before and after the test', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  await page.clock.install();
  const sweep = new LayoutSweep(page, testInfo, SWEEP_VIEWPORTS.find((v) => v.width === 360)!);
  await sweep.start();
  for (const [path, heading] of [
    ['/tests/balance', 'Balance test'],
    ['/tests/walking-speed', 'Walking speed test'],
    ['/tests/timed-up-and-go', 'Timed Up and Go'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await sweep.check(`${path} (ready)`);
  }
  await page.getByRole('radio', { name: /Someone will tap Start and Stop/ }).check();
  await tickChecks(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'Start the test' }).click();
  await runStage(page, /Start: the helper taps Stop/, 9_000);
  await sweep.check('/tests/timed-up-and-go (running)', { axe: false });
  await page.getByRole('button', { name: /^Stop when/ }).click();
  await expect(page.getByText('9.0', { exact: true })).toBeVisible();
  await sweep.check('/tests/timed-up-and-go (result)', { beforeAxe: () => page.clock.resume() });
});
