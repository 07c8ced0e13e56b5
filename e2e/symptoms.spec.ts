import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openWithServiceWorker } from './helpers';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page) {
  await expect(page.getByText('Loading…')).toHaveCount(0);
  // axe's target-size rule counts a control half-hidden under the sticky header
  // as too small, so where the page happens to be scrolled would decide the
  // result. Check from the top, as the screen first appears.
  await page.evaluate(() => window.scrollTo(0, 0));
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Taps one answer on the question showing. exact: "No" must not match "Not sure". */
async function answer(page: Page, label: 'Yes' | 'No' | 'Not sure', times = 1) {
  for (let i = 0; i < times; i += 1) {
    const progress = page.getByText(/^Question \d+ of 18$/);
    const before = await progress.textContent();
    await page.getByRole('button', { name: label, exact: true }).click();
    // Wait for the next question (or the outcome) before the next tap.
    await expect(progress).not.toHaveText(before!);
  }
}

async function startCheck(page: Page) {
  await page.goto('/symptoms');
  await page.getByRole('link', { name: 'Check symptoms now' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your symptoms' })).toBeVisible();
  await expect(page.getByText('Question 1 of 18')).toBeVisible();
}

test.describe('Symptoms, offline', () => {
  test.beforeEach(async ({ page, context }) => {
    await openWithServiceWorker(page, '/symptoms');
    await context.setOffline(true);
  });

  test('the emergency path shows a tel: link to the configured number, at once', async ({ page }) => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Symptoms' })).toBeVisible();
    await expectNoAxeViolations(page);

    // Chromium here says en-US, so the default is 911; the person sets 999.
    await expect(page.getByText('Your emergency number: 911')).toBeVisible();
    await page.getByRole('button', { name: /^Change your emergency number/ }).click();
    await page.getByLabel('Your emergency number').fill('999');
    await page.getByRole('button', { name: 'Save number' }).click();
    await expect(page.getByText('Your emergency number: 999')).toBeVisible();

    await startCheck(page);
    await expectNoAxeViolations(page);
    await answer(page, 'No');
    await page.getByRole('button', { name: 'Yes', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'This could be an emergency' })).toBeVisible();
    const call = page.getByRole('link', { name: 'Call 999 now' });
    await expect(call).toHaveAttribute('href', 'tel:999');
    await expect(page.getByText(/^It is now \d/)).toBeVisible();
    await expect(page.getByText('If you are not sure, call.')).toBeVisible();
    // The call link is the biggest target on the screen.
    const box = (await call.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(80);
    await expectNoAxeViolations(page);

    // A reload keeps the outcome on screen.
    await page.reload();
    await expect(page.getByRole('link', { name: 'Call 999 now' })).toHaveAttribute('href', 'tel:999');
  });

  test('a self-care path, with big answer buttons, surviving a reload mid-check', async ({ page }) => {
    await startCheck(page);
    for (const name of ['Yes', 'No', 'Not sure']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.height, `${name} height`).toBeGreaterThanOrEqual(56);
      expect(box.width, `${name} width`).toBeGreaterThan(300);
    }
    await answer(page, 'No', 5);
    await page.reload();
    await expect(page.getByText('Question 6 of 18')).toBeVisible();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText('Question 5 of 18')).toBeVisible();
    await expect(page.getByRole('button', { name: 'No', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await answer(page, 'No', 13);
    await page.getByRole('button', { name: 'No', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeVisible();
    await expect(page.getByText('Carry on with your plan, and do this check again if anything changes.')).toBeVisible();
    await expect(page.getByText('You said No to all 18 questions.')).toBeVisible();
    await expect(page.getByText(/^No 30-second chair stand results since/)).toBeVisible();
    await expect(page.getByText('Saved in your past checks.')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('an urgent path ("Not sure" counts as yes) and a soon path, both reflowing at 320 px', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await startCheck(page);
    await answer(page, 'No', 7);
    await answer(page, 'Not sure');
    await answer(page, 'No', 9);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Get medical advice today' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);

    await startCheck(page);
    await answer(page, 'No', 13);
    await answer(page, 'Yes');
    await answer(page, 'No', 3);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Book a doctor's appointment" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
  });

  test('SARC-F: a score of 5 says to book an assessment, and the score is kept', async ({ page }) => {
    await page.goto('/symptoms/sarc-f');
    await expect(page.getByRole('heading', { level: 1, name: 'SARC-F muscle check' })).toBeVisible();
    await expectNoAxeViolations(page);
    const choices: Array<[RegExp, string]> = [
      [/lifting and carrying/, 'Some'],
      [/walking across a room/, 'Some'],
      [/getting up from a chair or bed/, 'A lot, or I cannot do it without help'],
      [/climbing 10 stairs/, 'Some'],
      [/fallen in the past year/, 'None'],
    ];
    for (const [question, option] of choices) {
      await page.getByRole('group', { name: question }).getByRole('radio', { name: option, exact: true }).check();
    }
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Your score: 5 out of 10' })).toBeVisible();
    await expect(page.getByText('Book an assessment with your doctor.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.reload();
    await expect(page.getByRole('list', { name: 'Your past scores' })).toContainText('5 out of 10. Book an assessment.');
  });

  test('history lists the checks with their outcomes after a reload', async ({ page }) => {
    await startCheck(page);
    await page.getByRole('button', { name: 'Not sure', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This could be an emergency' })).toBeVisible();
    await expect(page.getByText('Saved in your past checks.')).toBeVisible();
    await page.getByRole('button', { name: 'Done' }).click();

    await startCheck(page);
    await answer(page, 'No', 17);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByText('Saved in your past checks.')).toBeVisible();
    await page.getByRole('link', { name: 'Past checks' }).click();

    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Past symptom checks' })).toBeVisible();
    const runs = page.locator('.sy-card-title');
    await expect(runs).toHaveText(['Carry on with your plan', 'This could be an emergency']);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /This could be an emergency/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Symptom check, / })).toBeVisible();
    await expect(page.getByText('You were told:')).toContainText('Call 911 now.');
    await expectNoAxeViolations(page);
  });

  test('the checklist saves a check-in, and a red-flag sign leads straight to the check', async ({ page }) => {
    await page.goto('/symptoms/checklist');
    await expect(page.getByRole('heading', { level: 1, name: 'Early signs of muscle loss' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('checkbox', { name: /You get tired more quickly/ }).check();
    await page.getByRole('button', { name: 'Save today’s check-in' }).click();
    await expect(page.getByText(/^Saved for /)).toBeVisible();

    await page.getByRole('checkbox', { name: /You have numbness or tingling/ }).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Save and check my symptoms now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your symptoms' })).toBeVisible();
    await expect(page.getByText('Question 1 of 18')).toBeVisible();
  });
});
