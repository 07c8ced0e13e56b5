import { expect, test } from './fixtures';
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

test.describe('start-up on a slow phone', () => {
  for (const { path } of ROUTE_HEADINGS) {
    test(`${path} is painted before any of the app's code is fetched`, async ({ page }) => {
      await page.goto(path);
      // The app's code arrives after the paint: wait until some has.
      const readTimings = () =>
        page.evaluate(() => {
          const startScript = document.querySelector<HTMLScriptElement>('script[type="module"]')?.src ?? '';
          const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity;
          const appScripts = performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.endsWith('.js') && entry.name !== startScript)
            .map((entry) => entry.startTime);
          return { paint, appScripts };
        });
      await expect.poll(async () => (await readTimings()).appScripts.length).toBeGreaterThan(0);
      const timings = await readTimings();
      expect(timings.paint).toBeLessThan(Infinity);
      expect(timings.appScripts.length).toBeGreaterThan(0);
      expect(Math.min(...timings.appScripts)).toBeGreaterThan(timings.paint);
    });

    test(`${path}: nothing on screen moves while the app starts and reads its data`, async ({ page }) => {
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as unknown as { regainShifts: number[] }).regainShifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as PerformanceEntry[] & { value: number; hadRecentInput: boolean }[]) {
            if (!entry.hadRecentInput) shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.waitForTimeout(300);
      const shifts = await page.evaluate(() => (window as unknown as { regainShifts: number[] }).regainShifts);
      expect(shifts).toEqual([]);
    });

    test(`${path}: the prerendered screen is kept as the app starts, not swapped for "Loading…"`, async ({ page, context }) => {
      // A slow phone: the app's first re-render comes before the screen's
      // code has arrived, which used to make React throw the screen away.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { regainScreen: Element | null }).regainScreen = document.querySelector('main .screen');
        });
      });
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(500);
      const kept = await page.evaluate(() => (window as unknown as { regainScreen: Element | null }).regainScreen?.isConnected);
      expect(kept).toBe(true);
    });
  }
});
