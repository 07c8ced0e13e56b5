import { expect, test, type Page } from './fixtures';
import { openWithServiceWorker, storedRows } from './helpers';
import { playMotionTrace } from './motion-trace';
import { simulateTrace } from '../tests/support/sit-to-stand-simulator';

// Issue 19: a person alone does the whole SPPB session; the phone on the chest
// times the five chair stands (the five-times test runs them and hands the
// time back). Offline, on the page's own clock, every tap counted.

test('offline, alone: the SPPB session with the chair stands timed by the phone on the chest, every tap counted', async ({ page, context }) => {
  test.setTimeout(180_000);
  let taps = 0;
  const tap = async (name: string | RegExp) => {
    taps += 1;
    await page.getByRole('button', { name }).click();
  };
  const tickChecks = async () => {
    const boxes = page.getByRole('group', { name: /Tick each one/ }).getByRole('checkbox');
    await expect(boxes).toHaveCount(3);
    for (const box of await boxes.all()) {
      taps += 1;
      await box.check();
    }
  };
  const pause = async (p: Page) => p.clock.pauseAt((await p.evaluate(() => Date.now())) + 1000);

  await page.clock.install();
  await openWithServiceWorker(page, '/tests/sppb');
  await context.setOffline(true);
  await page.reload();
  await tickChecks();
  await pause(page);
  await tap('Start the session');
  for (const stance of [/Start: feet side by side/, /Start: one foot half in front/, /Start: feet heel to toe/]) {
    await tap(stance);
    await page.clock.runFor(20_000); // the countdown, then the 10-second hold
  }
  for (const walk of [/Start walk 1/, /Start walk 2/]) {
    await tap(walk);
    await page.clock.runFor(14_500);
    await tap(/^Stop when/);
  }

  await tap('Time them with the phone on my chest');
  await expect(page.getByRole('heading', { level: 1, name: 'Five-times sit-to-stand test' })).toBeVisible();
  await tickChecks();
  await tap('Start the test');
  const trace = simulateTrace(11, { scenario: 'five-times', preGoSeconds: 9.6, gaps: false });
  await playMotionTrace(page, trace.samples, 'regain-five-times-test');
  await page.clock.runFor(10_000 + Math.ceil(trace.samples.at(-1)!.t) + 1_500);
  const time = page.getByRole('textbox', { name: 'Time for five stands, in seconds' });
  const seconds = Number(await time.inputValue());
  expect(Math.abs(seconds - trace.truth.fifthStandAt!)).toBeLessThanOrEqual(0.3);
  await page.clock.resume();
  await tap('Save my result');
  await expect(page.getByText('seconds for five stands')).toBeVisible();
  taps += 1;
  await page.getByRole('link', { name: 'Back to your SPPB session' }).click();

  // The session has the time without another tap, and scores it.
  await expect(page.getByText('Chair stands:').locator('..')).toContainText(`${seconds.toFixed(1)} seconds`);
  await tap('Save my result');
  await expect(page.getByRole('heading', { name: 'Saved' })).toBeVisible();
  const [sppb] = await storedRows(page, 'mobilityTests');
  expect(sppb).toMatchObject({ kind: 'sppb', fiveStandsSeconds: seconds, holds: { sideBySide: 10, semiTandem: 10, tandem: 10 } });
  expect(await storedRows(page, 'entries')).toEqual([expect.objectContaining({ kind: 'five-times-sit-to-stand', seconds, timedBy: 'motion' })]);
  // 3 checks + Start, 3 stances, 2 walks × (Start, Stop), the phone, 3 checks + Start, Save, Back, Save.
  expect(taps).toBe(19);
  test.info().annotations.push({ type: 'taps', description: String(taps) });
});
