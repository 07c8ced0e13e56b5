import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures';
import { openWithServiceWorker, putRows, seedEntries, week, type Seed } from './helpers';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A class name that only Recharts' own code contains.
const RECHARTS_SIGNATURE = 'recharts-cartesian-grid';


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

function seed(page: Page, entries: Seed[]) {
  return seedEntries(page, entries);
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
  await expect(page.getByText('Saved: units set to Imperial (lb, feet and inches).')).toBeVisible();
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

// A few weeks of the daily habit. This week's entries are all on Monday, so
// the figures do not depend on the day the test runs; the oldest steps are
// over two weeks back, so they never count towards the goal.
const HABIT: Seed[] = [
  { kind: 'sit-to-stand-count', day: week(0), reps: 10 },
  { kind: 'sit-to-stand-count', day: week(0), reps: 12 },
  { kind: 'sit-to-stand-count', day: week(1, 0), reps: 15 },
  { kind: 'sit-to-stand-count', day: week(1, 2), reps: 15 },
  { kind: 'sit-to-stand-count', day: week(1, 4), reps: 20 },
  { kind: 'sit-to-stand-count', day: week(2, 1), reps: 30 },
  { kind: 'sit-to-stand-count', day: week(3, 5), reps: 8 },
  { kind: 'sit-to-stand-count', day: week(3, 5), reps: 8 },
  { kind: 'steps', day: week(0), steps: 6200 },
  { kind: 'steps', day: week(1, 0), steps: 4000 },
  { kind: 'steps', day: week(1, 1), steps: 3000 },
  { kind: 'steps', day: week(1, 1), steps: 1000 },
  { kind: 'steps', day: week(1, 3), steps: 5000 },
  { kind: 'steps', day: week(3, 0), steps: 3500 },
];

test('the daily sit-to-stands and steps show their weekly figures at 360 px, without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/progress');
  await seed(page, HABIT);
  await page.reload();

  const reps = card(page, 'Daily sit-to-stands');
  await expect(reps.getByText('This week so far: 22 sit-to-stands on 1 day. Last week: 50 on 3 days.')).toBeVisible();
  const steps = card(page, 'Daily steps');
  // Goal: the middle of the last two weeks' logged days (4,500) plus 500, as on the Plan screen.
  await expect(
    steps.getByText('This week so far: about 6,200 steps a day (1 day logged). Last week: about 4,000 a day. Your goal: 5,000 a day.'),
  ).toBeVisible();
  await chartsDrawn(page);
  // Four weeks with sit-to-stands: four bars. Steps: one line and the goal, labelled 5,000.
  await expect(reps.locator('svg.recharts-surface path.recharts-rectangle')).toHaveCount(4);
  await expect(steps.locator('svg.recharts-surface path.recharts-curve')).toHaveCount(1);
  await expect(steps.locator('svg.recharts-surface text.recharts-label')).toHaveText('5,000');

  await reps.getByText('Show the numbers').click();
  // This week: 1 day, 22 in total, and 22 the most in a day (its two sets added up).
  await expect(reps.getByRole('row', { name: /this week/ }).getByRole('cell')).toHaveText(['1', '22', '22']);

  const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await sideways()).toBeLessThanOrEqual(0);
  // And with the text twice as large.
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
  await expect(reps.getByText('This week so far: 22 sit-to-stands on 1 day. Last week: 50 on 3 days.')).toBeVisible();
  expect(await sideways()).toBeLessThanOrEqual(0);
});

test('a table wider than the phone scrolls in its own box and says so; where it fits, it says nothing', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/progress');
  await seed(page, ENTRIES);
  await page.reload();
  await chartsDrawn(page);
  const numbers = (title: string) => {
    const region = card(page, title);
    return {
      open: () => region.getByText('Show the numbers').click(),
      box: region.getByRole('region', { name: /each week/ }),
      hint: region.getByText('swipe the table sideways'),
    };
  };

  // The chair-stand table fits a 390 px phone at normal text: no swipe, no hint.
  const chair = numbers('Chair stands in 30 seconds');
  await chair.open();
  await expect(page.getByRole('table', { name: /Chair stands each week/ })).toBeVisible();
  await expect.poll(() => chair.box.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  await expect(chair.hint).toHaveCount(0);

  // On a 320 px phone at 200 % text the calf table (four columns) is wider than
  // the phone: it scrolls inside its box, the page does not, and the hint says so.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => {
    const root = document.documentElement;
    root.style.setProperty('font-size', `${parseFloat(getComputedStyle(root).fontSize) * 2}px`, 'important');
  });
  const calf = numbers('Calf size');
  await calf.open();
  await expect(page.getByRole('table', { name: /Calf size each week/ })).toBeVisible();
  await expect(calf.hint).toBeVisible();
  expect(await calf.box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  await expect(calf.box).toHaveAttribute('aria-describedby', /.+/);
});

/** Writes balance, walking, Timed Up and Go and SPPB results straight into IndexedDB (the app has no test hooks). */
function seedMobility(page: Page, rows: Seed[]) {
  return putRows(page, 'mobilityTests', rows.map((row, i) => ({ id: crypto.randomUUID(), at: `${row.day}T${String(8 + i).padStart(2, '0')}:00:00.000Z`, ...row })));
}

// Scores follow from the times (src/domain/sppb.ts): balance 3 + walk 3 + chair stands 3 = 9 this week.
const MOBILITY: Seed[] = [
  { kind: 'sppb', day: week(3), holds: { sideBySide: 10, semiTandem: 10, tandem: 2 }, courseMetres: 4, walkSeconds: 6.5, fiveStandsSeconds: 12.5, balanceScore: 2, walkScore: 2, chairStandsScore: 3, total: 7 },
  { kind: 'tug', day: week(2), seconds: 13, timedBy: 'tapped' },
  { kind: 'balance', day: week(1), holds: { sideBySide: 10, semiTandem: 10, tandem: 6.4, oneLeg: null }, stoppedBy: 'tapped' },
  { kind: 'walk', day: week(1), courseMetres: 4, walkSeconds: [5.5, 5.2], timedBy: 'tapped' },
  { kind: 'tug', day: week(0), seconds: 11.5, timedBy: 'motion' },
  { kind: 'sppb', day: week(0), holds: { sideBySide: 10, semiTandem: 10, tandem: 5 }, courseMetres: 4, walkSeconds: 5, fiveStandsSeconds: 12.5, balanceScore: 3, walkScore: 3, chairStandsScore: 3, total: 9 },
];

test('offline at 360 px: balance, walking, Timed Up and Go and SPPB results show as cards, axe-clean', async ({ page, context }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openWithServiceWorker(page, '/progress');
  await context.setOffline(true);
  await seed(page, []);
  await seedMobility(page, MOBILITY);
  await page.reload();

  const sppb = card(page, 'Physical performance (SPPB)');
  await expect(sppb.getByText(/^Newest, .*: 9 out of 12 \(balance 3, walking 3, chair stands 3\)\. That is at or under 9 points but over 8 points/)).toBeVisible();
  const walking = card(page, 'Walking speed');
  // The SPPB's walk, 4 m in 5 s, is the newest.
  await expect(walking.getByText(/^Newest, .*: 0\.8 m\/s\. That is at or under 0\.8 m\/s and 1 m\/s/)).toBeVisible();
  const tug = card(page, 'Timed Up and Go');
  await expect(tug.getByText(/^Newest, .*: 11\.5 seconds\. That is under 12 seconds, the line for a higher risk of falling\./)).toBeVisible();
  const balance = card(page, 'Balance test');
  await expect(balance.getByText(/you held 2 of the 4 stances for 10 seconds, then feet heel to toe for 6\.4 seconds\./)).toBeVisible();

  await chartsDrawn(page);
  // The SPPB's two lines (8 and 9 points), walking speed's two, Timed Up and Go's one.
  await expect(sppb.locator('svg.recharts-surface .recharts-reference-line')).toHaveCount(2);
  await expect(walking.locator('svg.recharts-surface .recharts-reference-line')).toHaveCount(2);
  await expect(tug.locator('svg.recharts-surface text.recharts-label')).toHaveText('12');

  await sppb.getByText('Show the numbers').click();
  await expect(sppb.getByRole('table', { name: /SPPB scores, newest first/ }).getByRole('row')).toHaveCount(3);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);

  // The summary for a doctor has the newest of each, still offline.
  await page.goto('/settings/data/summary');
  await expect(page.getByRole('cell', { name: /^9 of 12: balance 3, gait 3/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /^11\.5 s/ })).toBeVisible();
  // Whole words in its cells: a table wider than the phone scrolls in its own box, not the page.
  await expect(page.getByRole('region', { name: 'Table of latest results' }).getByRole('table')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

/** A 30-second test the phone counted: stands every `cycle` s, the last two `slowdown` and twice it late. */
function phoneCounted(day: string, cycle: number, stands: number, slowdown: number, riseSeconds: number[]): Seed {
  const standTimes = Array.from({ length: stands }, (_, i) => 1 + i * cycle + (i >= stands - 2 ? slowdown * (i - stands + 3) : 0));
  return { kind: 'chair-stand-30s', day, reps: stands, usedArms: false, countedBy: 'motion', rawCount: stands, standTimes, riseSeconds };
}

test("at 360 px with large text: the phone's report on the stands is charted over weeks, pace, slowing down and even rises", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/progress');
  await seed(page, [phoneCounted(week(3), 3, 9, 0, [1, 1, 1]), phoneCounted(week(0), 2.5, 11, 1, [1, 1.1, 0.9, 1])]);
  await page.reload();
  await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));

  const pace = card(page, 'Your stands, felt by the phone');
  await expect(pace.getByText(/^Your newest test \(.+\): 2\.7 seconds a stand, your last stands were slower than your first and your rises were steady\.$/)).toBeVisible();
  const steadiness = card(page, 'Slowing down and even rises, felt by the phone');
  await expect(steadiness.getByText('In your latest week, your last stands were 27 % slower than your first, and your rise times varied by 8 %.')).toBeVisible();
  await chartsDrawn(page);
  // Two lines (slowing down, rises varied), no norm lines: the person's own trend.
  await expect(steadiness.locator('svg.recharts-surface path.recharts-curve')).toHaveCount(2);
  await expect(steadiness.locator('svg.recharts-surface text.recharts-label')).toHaveCount(0);
  await steadiness.getByText('Show the numbers').click();
  await expect(steadiness.getByRole('row', { name: /this week/ }).getByRole('cell')).toHaveText(['27 % slower', '8 %', '1']);

  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
