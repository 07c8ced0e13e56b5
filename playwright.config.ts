import { defineConfig, devices } from '@playwright/test';

// End-to-end tests run in Debian's Chromium (Playwright cannot download its
// own browsers here) against the production build served by scripts/serve.mjs.
// E2E_PORT and E2E_DIST let several developers test separate builds at once.
const PORT = Number(process.env.E2E_PORT ?? 4300);
const DIST = process.env.E2E_DIST ?? 'dist';
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // A cold, lazily loaded screen can take several seconds on a busy 2-core CI
  // machine: expectations keep polling and pass as soon as they hold, but give
  // up after 15 s instead of 5 s.
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    ...devices['Pixel 7'],
    baseURL: `http://127.0.0.1:${PORT}`,
    serviceWorkers: 'allow',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium-phone' }],
  webServer: {
    command: `node scripts/serve.mjs ${DIST}`,
    env: { PORT: String(PORT) },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
