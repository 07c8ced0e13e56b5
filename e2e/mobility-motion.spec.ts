import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { openWithServiceWorker, storedRows } from './helpers';
import type { MotionSample } from '../src/domain/stand-detector-types';
import { simulateStance } from '../tests/support/sway-simulator';
import { simulateTug } from '../tests/support/tug-simulator';

// The phone on the chest in the Timed Up and Go and the balance test, offline,
// with simulated movement played into the page on its own clock (never a fixed
// sleep). The detectors are the real ones.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function tickChecks(page: Page) {
  for (const box of await page.getByRole('group', { name: /Tick each one/ }).getByRole('checkbox').all()) await box.check();
}

/**
 * Taps `start` with the page's clock paused, then queues the samples as
 * devicemotion events at their times from "Go" (the 10-second countdown after
 * the tap): they arrive as the test moves the clock on.
 */
async function startWithMotion(page: Page, start: RegExp, trace: readonly MotionSample[]) {
  // A phone sends from the Start tap: the trace's first reading fills the countdown before it.
  const first = trace[0]!;
  const filler = Array.from({ length: Math.max(0, Math.floor((first.t + 10_000) / 20)) }, (_, i) => ({ ...first, t: -10_000 + i * 20 }));
  const samples = [...filler, ...trace];
  await page.getByRole('button', { name: start }).click();
  await expect(page.getByText('Get ready')).toBeVisible();
  await page.evaluate(
    ({ samples }) => {
      const goAt = Date.now() + 10_000;
      for (const { t, x, y, z } of samples) {
        setTimeout(() => window.dispatchEvent(new DeviceMotionEvent('devicemotion', { accelerationIncludingGravity: { x, y, z }, interval: 16 })), Math.max(0, goAt + t - Date.now()));
      }
    },
    { samples: samples.map(({ t, x, y, z }) => ({ t, x, y, z })) },
  );
}

test('offline: the Timed Up and Go with the phone on the chest stops by itself at the sit and saves timedBy motion', async ({ page, context }) => {
  test.setTimeout(120_000);
  const trace = simulateTug(4242, { walker: 'typical', rateHz: 50 });
  await page.clock.install();
  await openWithServiceWorker(page, '/tests/timed-up-and-go');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Phone on my chest \(no helper needed\)/ })).toBeChecked();
  await expectNoAxeViolations(page);
  await tickChecks(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'Start the test' }).click();
  await startWithMotion(page, /Start: the phone on my chest/, trace.samples);
  await page.clock.runFor(10_000 + Math.ceil(trace.samples.at(-1)!.t));
  await expect(page.getByText(/The phone stopped the clock when you sat down/)).toBeVisible();
  const shown = Number(await page.locator('.gt-result .gt-big').textContent());
  expect(Math.abs(shown - trace.truth.seatedAt)).toBeLessThanOrEqual(0.5);
  await page.clock.resume();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save my result' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
  expect(await storedRows(page, 'mobilityTests')).toEqual([expect.objectContaining({ kind: 'tug', seconds: shown, timedBy: 'motion' })]);
});

test('the balance test with the phone on the chest: a step makes the phone ask, and "Yes, I moved" ends the stance', async ({ page }) => {
  test.setTimeout(120_000);
  const trace = simulateStance(31, { loss: 'step', stance: 'sideBySide', rateHz: 50 });
  await page.clock.install();
  await page.goto('/tests/balance');
  await page.getByRole('radio', { name: /^Phone on my chest/ }).check();
  await tickChecks(page);
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole('button', { name: 'Start the test' }).click();
  await startWithMotion(page, /Start: feet side by side/, trace.samples);
  await page.clock.runFor(10_000 + Math.ceil(trace.lostAt! * 1000) + 1000);
  await expect(page.getByRole('heading', { name: 'The phone felt you move.' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Did you move your feet' })).toHaveText(
    'The phone felt you move. Did you move your feet or need support?',
  );
  for (const name of ['Yes, I moved', 'No, carry on']) {
    const box = await page.getByRole('button', { name }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
  }
  // axe waits on the page's timers: let the clock run again (the question waits, whatever the clock does).
  await page.clock.resume();
  await expectNoAxeViolations(page);
  await expect(page.getByRole('heading', { name: 'The phone felt you move.' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, I moved' }).click();
  const held = page.getByText(/Feet side by side:/).locator('..');
  await expect(held).toContainText(/held for \d\.\d seconds/);
  const seconds = Number((await held.textContent())!.match(/held for (\d+\.\d) seconds/)![1]);
  expect(Math.abs(seconds - trace.lostAt!)).toBeLessThanOrEqual(0.5);
  await page.getByRole('button', { name: 'Save my result' }).click();
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
  expect(await storedRows(page, 'mobilityTests')).toEqual([expect.objectContaining({ kind: 'balance', stoppedBy: 'motion' })]);
});
