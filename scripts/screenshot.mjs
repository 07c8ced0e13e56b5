// Screenshot of a page at a phone viewport, for looking at what a person sees:
// node scripts/screenshot.mjs http://127.0.0.1:4173/learn out.png [root font-size %]
import { chromium, devices } from '@playwright/test';
const [,, url, out, fontScale] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const ctx = await browser.newContext({ ...devices['Pixel 7'] });
const page = await ctx.newPage();
await page.goto(url);
await page.waitForTimeout(800);
if (fontScale) await page.addStyleTag({ content: `:root{font-size:${fontScale}% !important}` });
await page.screenshot({ path: out, fullPage: false });
await browser.close();
