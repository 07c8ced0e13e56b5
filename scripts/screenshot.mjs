/* global document, getComputedStyle */
// Screenshot of a page at a phone viewport, for looking at what a person sees:
// node scripts/screenshot.mjs http://127.0.0.1:4173/learn out.png [root font-size %]
// The text size is set as a person's own setting would: the root font size,
// through the CSSOM (the app's CSP refuses an injected style tag).
import { chromium } from '@playwright/test';

const [, , url, out, fontScale] = process.argv;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
await page.goto(url);
await page.locator('h1').first().waitFor();
await page.waitForLoadState('networkidle');
if (fontScale) {
  await page.evaluate((percent) => {
    const root = document.documentElement;
    const base = parseFloat(getComputedStyle(root).fontSize);
    root.style.setProperty('font-size', `${(base * percent) / 100}px`, 'important');
  }, Number(fontScale));
}
await page.screenshot({ path: out, fullPage: false });
await browser.close();
