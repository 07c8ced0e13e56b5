import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openWithServiceWorker } from './helpers';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe('Learn, offline', () => {
  test.beforeEach(async ({ page, context }) => {
    await openWithServiceWorker(page, '/learn');
    await context.setOffline(true);
  });

  test('a Learn page opens offline, from the list and by reload, with its sources', async ({ page }) => {
    await page.getByRole('link', { name: /Protein and food/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /protein/i })).toBeVisible();
    await expect(page.getByText(/kidney/i).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Sources', exact: true })).toBeVisible();
    await expect(page.getByText(/PROT-AGE/).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: /protein/i })).toBeVisible();
  });

  test('an exercise opens offline with its how-to, easier and harder versions', async ({ page }) => {
    await page.goto('/learn/exercises/sit-to-stand');
    await expect(page.getByRole('heading', { level: 1, name: 'Sit-to-stand' })).toBeVisible();
    for (const section of ['What it is for', 'How to do it', 'Easier', 'Harder', 'Stay safe']) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByText('sturdy chair', { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: /^Left: sitting near the front of a chair, arms crossed over the chest\. Right: standing up tall/ })).toBeVisible();
  });

  test('search finds "protein" offline and opens the page', async ({ page }) => {
    await page.getByRole('searchbox', { name: 'Search Learn' }).fill('protein');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('heading', { level: 2, name: /pages? about “protein”/ });
    await expect(results).toBeVisible();
    await page.getByRole('link', { name: /Protein and food/ }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: /protein/i })).toBeVisible();
  });

  test('links inside a page move within the app', async ({ page }) => {
    await page.goto('/learn/when-to-see-a-doctor');
    await page.getByRole('link', { name: 'Check your symptoms now' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Symptoms' })).toBeVisible();
  });
});

test('an exercise’s line drawing is centred, at most 320 px wide, and fits 360 px at 200 % text', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/learn/exercises/wall-push-up');
  const picture = page.getByRole('img', { name: /^Standing an arm’s length from a wall, hands on it at shoulder height\./ });
  await expect(picture).toBeVisible();
  const box = (await picture.boundingBox())!;
  expect(box.width).toBeGreaterThan(250);
  expect(box.width).toBeLessThanOrEqual(320);
  expect(box.height).toBeCloseTo((box.width * 160) / 200, 0);
  expect(Math.abs(box.x + box.width / 2 - 180)).toBeLessThan(2);
  // Drawn in the text colour, so it follows the page's colours (and forced colours).
  expect(await picture.locator('g').first().getAttribute('stroke')).toBe('currentColor');

  // A person's own text size doubled (through the CSSOM: the CSP allows no inline style tags).
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '225%', 'important'));
  await expect(picture).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
});

for (const path of ['/learn/self-tests', '/learn/exercises/passive-range-of-motion', '/learn/sources', '/learn?q=protein']) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByText('Loading…')).toHaveCount(0);
    const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
