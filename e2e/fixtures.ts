import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';
export type { Locator, Page } from '@playwright/test';

/**
 * Every test starts as a returning user, past the welcome steps, unless it
 * asks for a new phone with `test.use({ newPhone: true })`.
 */
export const test = base.extend<{ newPhone: boolean }>({
  newPhone: [false, { option: true }],
  page: async ({ page, newPhone }, provide) => {
    if (!newPhone) await page.addInitScript(() => localStorage.setItem('regain-first-run', 'done'));
    await provide(page);
  },
});
