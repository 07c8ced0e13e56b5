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

test.describe('on a host that answers every address with index.html', () => {
  // Such hosts (many static ones) send Today's prerendered screen for any deep
  // link. The app must notice the screen is not the address's and draw the
  // right one, instead of hydrating Today's HTML into History (React error
  // #418, two links marked current).
  for (const { path, heading } of [
    { path: '/history', heading: 'History' },
    { path: '/measurements', heading: 'Measurements' },
    { path: '/settings/data', heading: 'Your data' },
    { path: '/progress', heading: 'Progress' },
  ]) {
    test(`${path} shows its own screen, with one current link and no error`, async ({ page }) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /hydrat/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      const todayHtml = await (await page.request.get('/')).text();
      await page.route(`**${path}`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: todayHtml }));
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toHaveCount(0);
      await page.waitForLoadState('networkidle');
      expect(await page.locator('[aria-current="page"]').count()).toBeLessThanOrEqual(1);
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
