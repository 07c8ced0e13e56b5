import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
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

const progress = (page: Page) => page.getByText(/^Question \d+ of \d+$/);

/** How many questions the check asks (read from "Question 1 of N"). */
async function questionCount(page: Page): Promise<number> {
  return Number((await progress(page).textContent())!.match(/of (\d+)/)![1]);
}

/** Taps one answer on the question showing. exact: "No" must not match "Not sure". */
async function answer(page: Page, label: 'Yes' | 'No' | 'Not sure', times = 1) {
  for (let i = 0; i < times; i += 1) {
    const before = await progress(page).textContent();
    await page.getByRole('button', { name: label, exact: true }).click();
    // Wait for the next question (or the outcome) before the next tap.
    await expect(progress(page)).not.toHaveText(before!);
  }
}

/** On /symptoms (or the check's first step): choose a country and save it. */
async function confirmCountry(page: Page, country: string, button = 'Save country') {
  const select = page.getByLabel('The country you are in');
  const choose = page.getByRole('button', { name: 'Set your country' });
  await expect(select.or(choose)).toBeVisible();
  if (await choose.isVisible()) await choose.click();
  await select.selectOption({ label: country });
  await page.getByRole('button', { name: button }).click();
}

/** From /symptoms to question 1, confirming the country on the way if asked. */
async function startCheck(page: Page) {
  await page.goto('/symptoms');
  await page.getByRole('link', { name: 'Check symptoms now' }).click();
  await expect(page.getByText('Loading…')).toHaveCount(0);
  const save = page.getByRole('button', { name: 'Save and start' });
  const start = page.getByRole('button', { name: 'Start the questions' });
  await expect(save.or(start).or(progress(page))).toBeVisible();
  if (await save.isVisible()) await confirmCountry(page, 'United Kingdom', 'Save and start');
  else if (await start.isVisible()) await start.click();
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
}

/** Is the element inside the viewport and the topmost thing at its centre (nothing covers it)? */
async function visibleAndUncovered(page: Page, selector: string, name: string) {
  const el = page.getByRole(selector as 'button', { name, exact: true });
  const box = (await el.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(viewport.height);
  const onTop = await el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (hit === node || node.contains(hit));
  });
  expect(onTop, `${name} is not covered`).toBe(true);
}

test.describe('Symptoms, offline', () => {
  test.beforeEach(async ({ page, context }) => {
    await openWithServiceWorker(page, '/symptoms');
    await context.setOffline(true);
  });

  test('no number is shown until the country is confirmed, then the emergency path calls it', async ({ page }) => {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Symptoms' })).toBeVisible();
    // The phone says en-US: United States is offered, but nothing is dialled from a guess.
    await expect(page.getByText('Your emergency number: not set')).toBeVisible();
    await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Set your country' }).click();
    await expect(page.getByLabel('The country you are in')).toHaveValue('US');
    await confirmCountry(page, 'United Kingdom');
    await expect(page.getByText('Your emergency number: 999')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 999 now' })).toHaveAttribute('href', 'tel:999');

    await startCheck(page);
    await expect(page.getByRole('link', { name: 'Call 999 now' })).toBeVisible();
    await expectNoAxeViolations(page);
    await answer(page, 'No');
    await page.getByRole('button', { name: 'Yes', exact: true }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'This could be an emergency' })).toBeVisible();
    const call = page.getByRole('link', { name: 'Call 999 now' });
    await expect(call).toHaveAttribute('href', 'tel:999');
    await expect(page.getByText(/^It is now \d/)).toBeVisible();
    const box = (await call.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(80);
    // Only the follow-ups that apply: a stroke sign asks when and which side.
    await expect(page.getByRole('group', { name: /When did it start/ })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.reload();
    await expect(page.getByRole('link', { name: 'Call 999 now' })).toHaveAttribute('href', 'tel:999');
  });

  test('a typed number that is not an emergency number for the country needs a second Save', async ({ page }) => {
    await page.reload();
    await confirmCountry(page, 'United Kingdom');
    await page.getByRole('button', { name: /^Change your country or emergency number/ }).click();
    await page.getByRole('button', { name: 'Use a different number' }).click();
    await page.getByLabel('Your emergency number, if it is different').fill('99');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('99 is not an emergency number in United Kingdom');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByText('Your emergency number: 999')).toBeVisible();

    // 112 also works in the UK: accepted at once.
    await page.getByRole('button', { name: /^Change your country or emergency number/ }).click();
    await page.getByRole('button', { name: 'Use a different number' }).click();
    await page.getByLabel('Your emergency number, if it is different').fill('112');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('Your emergency number: 112')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 112 now' })).toHaveAttribute('href', 'tel:112');
  });

  for (const viewport of [
    { width: 360, height: 740 },
    { width: 390, height: 844 },
  ]) {
    test(`every question fits at ${viewport.width}×${viewport.height}: answers and the call button visible, nothing over them`, async ({ page }) => {
      // It walks every question with several checks each: on a busy 2-core
      // machine that takes well over the default minute.
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      await startCheck(page);
      await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
      const count = await questionCount(page);
      for (let n = 1; n <= count; n += 1) {
        await expect(page.getByText(`Question ${n} of ${count}`)).toBeVisible();
        for (const name of ['Yes', 'No', 'Not sure']) await visibleAndUncovered(page, 'button', name);
        await visibleAndUncovered(page, 'link', 'Call 999 now');
        // Back may be below a long question, but scrolled to, nothing covers it.
        await page.getByRole('button', { name: 'Back', exact: true }).scrollIntoViewIfNeeded();
        await visibleAndUncovered(page, 'button', 'Back');
        await page.evaluate(() => window.scrollTo(0, 0));
        if (n < count) await answer(page, 'No');
      }
      await page.getByRole('button', { name: 'No', exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeVisible();
      await page.getByRole('button', { name: 'Done' }).click();
    });
  }

  test('Back and the phone’s back gesture step back one question; a reload mid-check loses nothing', async ({ page }) => {
    await startCheck(page);
    const count = await questionCount(page);
    await answer(page, 'No', 5);
    await page.reload();
    await expect(page.getByText(`Question 6 of ${count}`)).toBeVisible();
    await page.goBack();
    await expect(page.getByText(`Question 5 of ${count}`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'No', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByText(`Question 4 of ${count}`)).toBeVisible();
    await answer(page, 'No', count - 4);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeVisible();
    await expect(page.getByText(`You said No to all ${count} questions.`)).toBeVisible();
    await expect(page.getByText('Saved in your past checks.')).toBeVisible();
    // No follow-up questions when nothing was answered Yes.
    await expect(page.getByRole('group', { name: /Which side/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('on the first check Back from question 1 returns to Symptoms, and Done ends the check there', async ({ page }) => {
    await startCheck(page);
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Symptoms' })).toBeVisible();
    await expect(page).toHaveURL(/\/symptoms$/);

    await page.getByRole('link', { name: 'Check symptoms now' }).click();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This could be an emergency' })).toBeVisible();
    await expect(page.getByText('Saved in your past checks.')).toBeVisible();
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Symptoms' })).toBeVisible();
    await expect(page).toHaveURL(/\/symptoms$/);
    // No new check was started behind the person's back.
    await expect(page.getByRole('link', { name: 'Check symptoms now' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Continue your check/ })).toHaveCount(0);
  });

  test('a changed answer keeps the first outcome in history, marked as amended', async ({ page }) => {
    await startCheck(page);
    const count = await questionCount(page);
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'This could be an emergency' })).toBeVisible();
    await expect(page.getByText('Saved in your past checks.')).toBeVisible();
    await page.getByRole('button', { name: 'Back: change my answer' }).click();
    await expect(page.getByText(`Question 1 of ${count}`)).toBeVisible();
    await answer(page, 'No', count - 1);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeVisible();
    await expect(page.getByText('Saved in your past checks.')).toBeVisible();
    await page.getByRole('link', { name: 'Past checks' }).click();
    await page.reload();
    const runs = page.locator('.sy-card-title');
    await expect(runs).toHaveText(['Carry on with your plan', 'This could be an emergency']);
    await expect(page.getByRole('link', { name: /Carry on with your plan/ })).toContainText('Answers changed after an earlier outcome.');
    await expect(page.getByRole('link', { name: /This could be an emergency/ })).toContainText('Answers were changed afterwards');
    await page.getByRole('link', { name: /This could be an emergency/ }).click();
    await expect(page.getByText('You were told:')).toContainText('Call 999 now.');
    await expectNoAxeViolations(page);
  });

  test('a saved SARC-F score of 5 makes an all-No check "book an appointment", and says why', async ({ page }) => {
    await page.goto('/symptoms/sarc-f');
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

    await startCheck(page);
    const count = await questionCount(page);
    await answer(page, 'No', count - 1);
    // The SARC-F question offers the saved answer; the person says No anyway.
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: "Book a doctor's appointment" })).toBeVisible();
    await expect(page.getByText(/Your SARC-F score was 5 out of 10/)).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('the urgent outcome names 111 in the UK (NHS 24 in Scotland) as a link to call, and the emergency number for if it gets worse', async ({ page }) => {
    await startCheck(page);
    const count = await questionCount(page);
    // The first urgent question comes right after the emergency ones.
    while (!(await page.getByRole('heading', { level: 1, name: /more than a day ago, did you suddenly have/ }).isVisible())) {
      await answer(page, 'No');
    }
    await answer(page, 'Not sure');
    const left = count - Number((await progress(page).textContent())!.match(/Question (\d+)/)![1]);
    await answer(page, 'No', left);
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Get medical advice today' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'call 111 (NHS 111, or NHS 24 in Scotland)' })).toHaveAttribute('href', 'tel:111');
    await expect(page.getByText(/^In Northern Ireland: call your doctor's surgery/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Call 999 if it gets worse' })).toHaveAttribute('href', 'tel:999');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
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
    await page.getByRole('button', { name: 'Save and check my symptoms now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your symptoms' })).toBeVisible();
    await confirmCountry(page, 'United Kingdom', 'Save and start');
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
  });
});

test('a saved number is the first and only number shown, online and on a cold start offline', async ({ page, context }) => {
  await openWithServiceWorker(page, '/symptoms');
  await confirmCountry(page, 'United Kingdom');
  await expect(page.getByText('Your emergency number: 999')).toBeVisible();
  // Record every tel: link that ever appears, from the first paint on.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { seenCalls: string[] }).seenCalls = seen;
    const record = () => {
      for (const a of document.querySelectorAll('a[href^="tel:"]')) {
        const href = a.getAttribute('href')!;
        if (!seen.includes(href)) seen.push(href);
      }
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.reload();
  await expect(page.getByRole('link', { name: 'Call 999 now' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { seenCalls: string[] }).seenCalls)).toEqual(['tel:999']);

  await context.setOffline(true);
  const cold = await context.newPage();
  await cold.goto('/symptoms');
  await expect(cold.getByRole('link', { name: 'Call 999 now' })).toBeVisible();
  expect(await cold.evaluate(() => (window as unknown as { seenCalls: string[] }).seenCalls)).toEqual(['tel:999']);
});

test('the number dialled follows the confirmed country, not the phone’s language', async ({ browser, baseURL }) => {
  const cases = [
    { locale: 'en-GB', offered: 'GB', number: '999' },
    { locale: 'en-US', offered: 'US', number: '911' },
    { locale: 'en-NZ', offered: 'NZ', number: '111' },
    { locale: 'en-IN', offered: 'IN', number: '112' },
    { locale: 'ja-JP', offered: 'JP', number: '119' },
    { locale: 'en', offered: '', number: null },
  ];
  for (const { locale, offered, number } of cases) {
    const context = await browser.newContext({ locale, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('/symptoms');
    await page.getByRole('button', { name: 'Set your country' }).click();
    const country = page.getByLabel('The country you are in');
    await expect(country).toHaveValue(offered);
    await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
    if (number) {
      await page.getByRole('button', { name: 'Save country' }).click();
      await expect(page.locator('.sy-call-medium')).toHaveAttribute('href', `tel:${number}`);
    } else {
      // Nothing to offer: Save asks for a country instead of guessing one.
      await page.getByRole('button', { name: 'Save country' }).click();
      await expect(page.getByRole('alert')).toHaveText('Choose the country you are in.');
      await expect(page.locator('a[href^="tel:"]')).toHaveCount(0);
    }
    await context.close();
  }
});
