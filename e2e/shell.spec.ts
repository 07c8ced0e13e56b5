import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openWithServiceWorker, ROUTE_HEADINGS } from './helpers';

test('the browser can install the app: no installability errors', async ({ playwright, baseURL, launchOptions, viewport }) => {
  // Ordinary test contexts are incognito, where Chromium never offers install;
  // a persistent profile is what a person's browser has.
  const profile = mkdtempSync(join(tmpdir(), 'regain-install-'));
  const context = await playwright.chromium.launchPersistentContext(profile, { ...launchOptions, baseURL, viewport });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await openWithServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get('/manifest.webmanifest')).json();
    expect(manifest).toMatchObject({ display: 'standalone', start_url: '/', scope: '/', short_name: 'Regain' });
    expect(manifest.categories).toEqual(expect.arrayContaining(['health', 'medical']));
    expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('the service worker controls the page and says the app is ready offline', async ({ page }) => {
  // Installing means fetching the whole build; on a busy 2-core CI machine that
  // has once taken most of a minute, so this test gets two.
  test.setTimeout(120_000);
  // The message comes at the first change of screen after the service worker
  // has installed and goes at the change after that, so watch for it from the
  // start instead of hoping to catch it on screen. Each step of the install is noted too, so a failure
  // says how far it got.
  await page.addInitScript(() => {
    const note = (what: string) => sessionStorage.setItem('e2e-sw-steps', `${sessionStorage.getItem('e2e-sw-steps') ?? ''} ${what}`);
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('Ready to work offline.')) sessionStorage.setItem('e2e-offline-ready-seen', 'yes');
    }).observe(document, { childList: true, subtree: true, characterData: true });
    navigator.serviceWorker.addEventListener('controllerchange', () => note('controllerchange'));
    void navigator.serviceWorker.ready.then(() => note('ready'));
    const watch = (registration?: ServiceWorkerRegistration) => {
      registration?.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => note(worker.state));
      });
    };
    const poll = setInterval(() => {
      void navigator.serviceWorker.getRegistration().then((registration) => {
        if (!registration) return;
        clearInterval(poll);
        note('registered');
        watch(registration);
      });
    }, 20);
  });
  await page.goto('/');
  const steps = () => page.evaluate(() => sessionStorage.getItem('e2e-sw-steps') ?? '(no step yet)');
  await expect.poll(steps, { timeout: 100_000, message: 'the service worker becomes active' }).toContain('ready');
  // Never on the screen being read (it would push it down): at the top of the next one.
  await expect(page.locator('.banner-offline-ready')).toHaveCount(0);
  await page.getByRole('banner').getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => sessionStorage.getItem('e2e-offline-ready-seen')), {
      message: `"Ready to work offline." is shown once the service worker is installed (steps: ${await steps()})`,
    })
    .toBe('yes');
  await openWithServiceWorker(page);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
});

test('with the network off, every route reloads and shows its heading', async ({ page, context }) => {
  await openWithServiceWorker(page);
  await context.setOffline(true);
  for (const { path, heading } of [...ROUTE_HEADINGS, { path: '/no-such-page', heading: 'Page not found' }]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
});

test('no request leaves the device: every request goes to the app’s own origin', async ({ page, baseURL }) => {
  const origins = new Set<string>();
  page.on('request', (request) => origins.add(new URL(request.url()).origin));
  await openWithServiceWorker(page);
  for (const { path, heading } of ROUTE_HEADINGS) {
    await page.getByRole('link', { name: heading, exact: true }).first().click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
  }
  expect([...origins]).toEqual([new URL(baseURL!).origin]);
});

test('the navigation moves between screens and marks where you are', async ({ page }) => {
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Learn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Learn' })).toHaveAttribute('aria-current', 'page');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
});

for (const { path, heading } of ROUTE_HEADINGS) {
  test(`axe finds no WCAG 2.2 AA violation on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('tap targets in the shell are at least 48 px', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('a, button')]
      .filter((el) => (el as HTMLElement).offsetParent !== null && !el.classList.contains('skip-link'))
      .map((el) => ({ name: el.textContent?.trim(), rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.width < 48 || rect.height < 48)
      .map(({ name, rect }) => `${name} ${Math.round(rect.width)}x${Math.round(rect.height)}`),
  );
  expect(small).toEqual([]);
});
