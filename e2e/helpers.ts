import { expect, type Page } from '@playwright/test';
import { ROUTE_HEADINGS } from '../src/app/route-list';

export { ROUTE_HEADINGS };

/**
 * Opens the app and waits until the service worker has installed (its
 * precache is complete) and controls the page: from then on the app must work
 * with the network off.
 */
export async function openWithServiceWorker(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not controlled until a reload (no clients.claim: the
  // 'prompt' update flow never takes over a page behind the person's back).
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}
