import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openWithServiceWorker } from './helpers';
import { addDays, todayLocal } from '../src/domain/dates';
import { weekStart } from '../src/domain/weekly-aggregation';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A class name that only Recharts' own code contains.
const RECHARTS_SIGNATURE = 'recharts-cartesian-grid';

/** The Monday `weeks` weeks before this week's, plus `plus` days, never after today. */
function week(weeks: number, plus = 0): string {
  const day = addDays(weekStart(todayLocal()), -7 * weeks + plus);
  return day > todayLocal() ? todayLocal() : day;
}

type Seed = Record<string, unknown> & { kind: string; day: string };

const ENTRIES: Seed[] = [
  { kind: 'chair-stand-30s', day: week(4), reps: 10, usedArms: false },
  { kind: 'chair-stand-30s', day: week(4, 3), reps: 12, usedArms: false },
  { kind: 'chair-stand-30s', day: week(0), reps: 14, usedArms: false },
  { kind: 'weight', day: week(1), kg: 70 },
  { kind: 'circumference', site: 'calf', side: 'left', day: week(3), cm: 34 },
  { kind: 'circumference', site: 'calf', side: 'right', day: week(3), cm: 34 },
  { kind: 'circumference', site: 'calf', side: 'left', day: week(0), cm: 31.5 },
  { kind: 'circumference', site: 'calf', side: 'right', day: week(0), cm: 34 },
];

/**
 * Writes entries and the profile straight into IndexedDB once the app has
 * created its database (the app has no test hooks). The caller reloads, so
 * the app reads them.
 */
async function seed(page: Page, entries: Seed[]) {
  await expect.poll(() => page.evaluate(async () => (await indexedDB.databases()).some((d) => d.name === 'regain'))).toBe(true);
  await page.evaluate(
    ({ entries, yearOfBirth }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('regain');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const tx = database.transaction(['entries', 'profile'], 'readwrite');
          const stamp = new Date().toISOString();
          for (const e of entries) tx.objectStore('entries').put({ id: crypto.randomUUID(), createdAt: stamp, updatedAt: stamp, ...e });
          tx.objectStore('profile').put({ id: 'profile', units: 'metric', sex: 'female', yearOfBirth, kidneyDisease: false, updatedAt: stamp });
          tx.oncomplete = () => {
            database.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { entries, yearOfBirth: new Date().getFullYear() - 72 },
  );
}

function card(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

async function chartsDrawn(page: Page) {
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('progress-charts-drawn').length)).toBeGreaterThan(0);
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('offline: Progress draws its charts with summaries, switches period and follows the units', async ({ page, context }) => {
  await openWithServiceWorker(page, '/progress');
  await context.setOffline(true);
  await seed(page, ENTRIES);
  await page.reload();

  const chair = card(page, 'Chair stands in 30 seconds');
  await expect(chair.getByText('Up 3 stands since 4 weeks ago — a real change.')).toBeVisible();
  await chartsDrawn(page);
  // Drawn: two lines (best and median) and the STEADI line for a woman of 72, labelled 10.
  await expect(chair.locator('svg.recharts-surface path.recharts-curve')).toHaveCount(2);
  await expect(chair.locator('svg.recharts-surface .recharts-reference-line')).toHaveCount(1);
  await expect(chair.locator('svg.recharts-surface text.recharts-label')).toHaveText('10');
  await expect(chair.getByRole('img', { name: 'Chart: Chair stands in 30 seconds' })).toBeVisible();

  const calf = card(page, 'Calf size');
  await expect(calf.getByText(/^Left down 2\.5 cm, right about the same since 3 weeks ago/)).toBeVisible();
  await expect(calf.locator('svg.recharts-surface path.recharts-rectangle')).toHaveCount(1); // the shaded gap
  await expect(page.getByRole('region', { name: 'Worth a check' }).getByText('Calf size: left and right now differ by 2.5 cm.')).toBeVisible();

  // Switch period: the chart now starts three weeks back, where there is only this week's result.
  await page.getByRole('radio', { name: '4 weeks' }).click();
  await expect(page.getByRole('radio', { name: '4 weeks' })).toBeChecked();
  await expect(page).toHaveURL(/\/progress\?range=4w$/);
  await expect(chair.getByText(/^One week of results so far: your best was 14 stands\./)).toBeVisible();
  await expect(chair.locator('svg.recharts-surface .recharts-line-dots')).toHaveCount(2);

  // Switch units in Settings; Progress follows without a reload.
  const weight = card(page, 'Weight');
  await expect(weight.getByText('Latest weight: 70 kg.')).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText('Imperial (lb, feet and inches)').click();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(weight.getByText('Latest weight: 154.3 lb.')).toBeVisible();
  await weight.getByText('Show the numbers').click();
  await expect(weight.getByRole('cell', { name: '154.3 lb' })).toBeVisible();
  await expect(calf.getByText(/^Left down 1 in, right about the same/)).toBeVisible();
});

test('the charting code is downloaded only when there is a chart to draw', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('.js')) scripts.push(request.url());
  });
  const body = async (url: string) => (await page.request.get(url)).text();
  const rechartsLoaded = async () => (await Promise.all(scripts.map(body))).some((b) => b.includes(RECHARTS_SIGNATURE));

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(await rechartsLoaded()).toBe(false);

  // Nothing logged yet: Progress opens with its empty cards, and no charts.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Progress' }).click();
  await expect(card(page, 'Chair stands in 30 seconds').getByText(/^No chair-stand results yet/)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await rechartsLoaded()).toBe(false);

  // With results, it is fetched and the charts draw.
  await seed(page, ENTRIES);
  await page.reload();
  await expect(card(page, 'Chair stands in 30 seconds').locator('svg.recharts-surface')).toBeVisible();
  await chartsDrawn(page);
  expect(await rechartsLoaded()).toBe(true);
});

test('with reduced motion the charts draw at once, without animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/progress');
  await seed(page, ENTRIES);
  await page.reload();
  await chartsDrawn(page);
  // An animating line starts with its stroke hidden by a growing dash; a still one is whole at once.
  const dashes = await card(page, 'Chair stands in 30 seconds')
    .locator('path.recharts-curve')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('stroke-dasharray')));
  expect(dashes).toEqual([null, '9 5']);
});

test('tap targets on Progress are at least 48 px', async ({ page }) => {
  await page.goto('/progress');
  await seed(page, ENTRIES);
  await page.reload();
  await chartsDrawn(page);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('main a, main button, main summary, main .progress-range span')]
      .filter((el) => (el as HTMLElement).offsetParent !== null)
      .map((el) => ({ name: el.textContent?.trim().slice(0, 40), rect: el.getBoundingClientRect() }))
      .filter(({ rect }) => rect.height < 48 || rect.width < 48)
      .map(({ name, rect }) => `${name} ${Math.round(rect.width)}x${Math.round(rect.height)}`),
  );
  expect(small).toEqual([]);
});

test('axe finds no WCAG 2.2 AA violation on Progress with data, with a table open', async ({ page }) => {
  await page.goto('/progress');
  await seed(page, ENTRIES);
  await page.reload();
  await chartsDrawn(page);
  await card(page, 'Chair stands in 30 seconds').getByText('Show the numbers').click();
  await expect(page.getByRole('table', { name: /Chair stands each week/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('axe finds no WCAG 2.2 AA violation on Progress with nothing logged', async ({ page }) => {
  await page.goto('/progress');
  await chartsDrawn(page);
  await expect(card(page, 'Chair stands in 30 seconds').getByText(/^No chair-stand results yet/)).toBeVisible();
  await expectNoAxeViolations(page);
});
