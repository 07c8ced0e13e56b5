import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
// @ts-expect-error plain JavaScript module without types
import { createStaticServer } from '../scripts/serve.mjs';
import { openWithServiceWorker } from './helpers';

// A deploy is simulated on a private copy of the build, served on its own port,
// so other tests keep seeing the original.
let root: string;
let server: Server;
let origin: string;

test.beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'regain-deploy-'));
  cpSync(process.env.E2E_DIST ?? 'dist', root, { recursive: true });
  server = createStaticServer(root) as Server;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

test('a new version is announced with a Reload button and takes over only when tapped', async ({ page }) => {
  await openWithServiceWorker(page, `${origin}/`);

  const swPath = join(root, 'sw.js');
  writeFileSync(swPath, `${readFileSync(swPath, 'utf8')}\n// next version`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const banner = page.getByRole('status').filter({ hasText: 'Update available.' });
  await expect(banner).toBeVisible();
  // It waits for the person: nothing reloads by itself.
  const marker = await page.evaluate(() => ((window as unknown as { marker: number }).marker = Math.random()));
  await page.waitForTimeout(1500);
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(marker);
  await expect(banner).toBeVisible();

  const reloaded = page.waitForEvent('load');
  await banner.getByRole('button', { name: 'Reload' }).click();
  await reloaded;
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBeUndefined();
  await expect(page.getByText('Update available.')).toHaveCount(0);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
});
