import { expect, test } from '@playwright/test';
import { ROUTE_HEADINGS } from './helpers';

test.describe('prerendered screens', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    for (const { path, heading } of ROUTE_HEADINGS) {
      test(`${path} shows its screen before any script runs`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
        await expect(page).toHaveTitle(`${heading} · Regain`);
      });
    }
  });

  for (const { path, heading } of ROUTE_HEADINGS) {
    test(`${path} hydrates without a mismatch`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /hydrat/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      // Hydrated: client-side navigation works without a page load.
      await page.waitForLoadState('networkidle');
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: path === '/learn' ? 'Today' : 'Learn' }).click();
      await expect(page.getByRole('heading', { level: 1, name: path === '/learn' ? 'Today' : 'Learn' })).toBeVisible();
      expect(problems).toEqual([]);
    });
  }
});
