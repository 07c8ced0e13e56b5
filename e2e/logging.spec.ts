import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { openWithServiceWorker } from './helpers';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Every visible control smaller than 48 × 48 px (radio buttons count by their whole row). */
async function smallTapTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a, button, select, textarea, input:not([type="radio"]), label.choice-option')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && !el.classList.contains('skip-link'))
      .map((el) => ({ name: el.textContent?.trim() || el.id, rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 48 || rect.height < 48)
      .map(({ name, rect }) => `${name} ${Math.round(rect.width)}x${Math.round(rect.height)}`),
  );
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

test('offline, today’s reps are logged in at most three taps from launch, and are still there after a reload', async ({ page, context }) => {
  await openWithServiceWorker(page);
  await context.setOffline(true);
  // Count every tap and key press the page receives from the moment it loads.
  await page.addInitScript(() => {
    const counts = { taps: 0, keys: 0 };
    Object.assign(window, { inputCounts: counts });
    window.addEventListener('pointerdown', () => (counts.taps += 1), true);
    window.addEventListener('keydown', () => (counts.keys += 1), true);
  });
  // Launch: a cold load of the home screen, with no connection.
  await page.goto('/');
  await expect(heading(page, 'Today')).toBeVisible();
  // The prerendered page shows before its script runs; "Logged today" appears once the app is live.
  const logged = page.getByRole('region', { name: 'Logged today' });
  await expect(logged.getByText('Nothing yet today.')).toBeVisible();

  const plusOne = page.getByRole('button', { name: 'Plus one' });
  await plusOne.tap();
  await plusOne.tap();
  await page.getByRole('button', { name: 'Save this set' }).tap();
  await expect(page.getByText('Saved a set of 2. Today: 2 reps in 1 set.')).toBeVisible();

  const counts = await page.evaluate(() => (window as unknown as { inputCounts: { taps: number; keys: number } }).inputCounts);
  expect(counts.keys).toBe(0);
  expect(counts.taps).toBeGreaterThan(0);
  expect(counts.taps).toBeLessThanOrEqual(3);

  await expect(logged.getByText('Sit-to-stand reps: 2')).toBeVisible();
  await page.reload();
  await expect(logged.getByText('Sit-to-stand reps: 2')).toBeVisible();
  // The box is for the next set; the day's total is above it.
  await expect(page.getByRole('spinbutton', { name: 'Reps in this set' })).toHaveValue('0');
  await expect(page.getByText('Today so far: 2 reps in 1 set')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await smallTapTargets(page)).toEqual([]);
});

test('offline, in imperial units: a weight and calf sizes come back as typed; edit, delete and undo in History', async ({ page, context }) => {
  await openWithServiceWorker(page);
  await context.setOffline(true);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radio', { name: 'Imperial (lb, feet and inches)' }).check();
  await expect(page.getByText('Saved: units set to Imperial (lb, feet and inches).')).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await smallTapTargets(page)).toEqual([]);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await page.getByRole('link', { name: 'Add a measurement' }).click();
  await expect(heading(page, 'Measurements')).toBeVisible();
  // A typo the browser cannot read as a number is pointed out in pounds, not skipped.
  const weight = page.getByLabel('Body weight (lb)');
  await weight.pressSequentially('15e');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(weight).toHaveAccessibleDescription('Enter a weight between 45 and 771 lb.');
  await weight.fill('150');
  await page.getByLabel('Left calf (in)').fill('14');
  await page.getByLabel('Right calf (in)').fill('13');
  const calf = page.getByRole('group', { name: 'Calf' });
  await expect(calf.getByText('Your left and right calf differ by 1 in (2.5 cm).')).toBeVisible();
  await expect(calf.getByRole('link', { name: 'Do the red-flag check' })).toHaveAttribute('href', '/symptoms');
  await expectNoAxeViolations(page);
  expect(await smallTapTargets(page)).toEqual([]);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Saved for today:')).toBeVisible();

  await page.getByRole('link', { name: 'Back to Today' }).click();
  const logged = page.getByRole('region', { name: 'Logged today' });
  await expect(logged.getByText('Body weight: 150 lb')).toBeVisible();
  await expect(logged.getByText('Left calf: 14 in')).toBeVisible();

  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(heading(page, 'History')).toBeVisible();
  await page.reload();
  for (const line of ['Body weight: 150 lb', 'Left calf: 14 in', 'Right calf: 13 in']) {
    await expect(page.getByText(line)).toBeVisible();
  }
  await expectNoAxeViolations(page);
  expect(await smallTapTargets(page)).toEqual([]);

  // Edit.
  await page.getByRole('link', { name: /^Edit Body weight: 150 lb/ }).click();
  await expect(heading(page, 'Edit entry')).toBeVisible();
  await expect(page.getByLabel('Body weight (lb)')).toHaveValue('150');
  await page.getByLabel('Body weight (lb)').fill('152');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(heading(page, 'History')).toBeVisible();
  await expect(page.getByText('Saved your changes: Body weight: 152 lb.')).toBeVisible();

  // Delete, then Undo.
  await page.getByRole('button', { name: /^Delete Body weight: 152 lb/ }).click();
  await expect(page.getByText('Deleted Body weight: 152 lb.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Delete Body weight/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Put back Body weight: 152 lb.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Body weight: 152 lb')).toBeVisible();
  await expect(page.getByText('Left calf: 14 in')).toBeVisible();
});

test('at 200 % text the logging screens fit the phone’s width, with nothing to scroll sideways', async ({ page }) => {
  await page.goto('/');
  await expect(heading(page, 'Today')).toBeVisible();
  for (const [path, title] of [
    ['/', 'Today'],
    ['/measurements', 'Measurements'],
    ['/history', 'History'],
    ['/settings', 'Settings'],
  ] as const) {
    await page.goto(path);
    await expect(heading(page, title)).toBeVisible();
    // The app's 18 px base doubled, as a person's own text-size setting would (set through the CSSOM: the CSP allows no inline style tags).
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%', 'important'));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
