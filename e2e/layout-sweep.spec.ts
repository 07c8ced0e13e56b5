import type { TestInfo } from '@playwright/test';
import { expect, test, type Page } from './fixtures';
import { seedEntries, week, type Seed } from './helpers';
import { todayLocal } from '../src/domain/dates';
import { LayoutSweep, SWEEP_VIEWPORTS, type SweepViewport } from './layout-checks';
import { playMotionTrace } from './motion-trace';
import { simulateTrace } from '../tests/support/sit-to-stand-simulator';

/**
 * The layout sweep (issue 15): every route, with and without data, and each
 * step of the guided tests and the symptom check reached by taps, at 320×640,
 * 360×740 and 390×844, each at normal and 200 % text. Per screen state it
 * checks: no sideways scrolling; no word broken across lines in the
 * navigation or a heading; every control at least 44 × 44 px and, scrolled
 * into view, not covered by the header, the navigation or a floating message;
 * and (at 360×740 only, as axe is slow) axe WCAG 2.2 AA. Each state's
 * problems are one soft failure, so one run lists them all; a screenshot is
 * attached for each state that fails. See layout-checks.ts for the checks.
 *
 * One test per group of states and viewport, each on one page: the states of
 * a group follow one another by taps where a person would tap.
 */

// Service workers are blocked so the "Ready to work offline" message never
// arrives at a random moment in the middle of a check; the last group shows it
// on purpose.
test.use({ serviceWorkers: 'block' });

type Group = (page: Page, sweep: LayoutSweep) => Promise<void>;

function sweepAt(title: string, group: Group, viewports: readonly SweepViewport[] = SWEEP_VIEWPORTS) {
  for (const viewport of viewports) {
    test(`${title} at ${viewport.width}×${viewport.height}`, async ({ page }, testInfo) => {
      // Several screens, each at two text sizes (and axe at 360 px): minutes on a busy 2-core machine.
      test.setTimeout(viewport.axe ? 360_000 : 240_000);
      await runGroup(page, testInfo, viewport, group);
    });
  }
}

async function runGroup(page: Page, testInfo: TestInfo, viewport: SweepViewport, group: Group) {
  const sweep = new LayoutSweep(page, testInfo, viewport);
  await sweep.start();
  await group(page, sweep);
  expect(sweep.checked, 'screen states checked').toBeGreaterThan(0);
  // The sweep's size, for the record (a JSON or HTML report shows it).
  testInfo.annotations.push({ type: 'checked', description: `${sweep.checked} state checks, ${sweep.axeRuns} axe runs` });
}

/** The screen's heading is up and nothing is still loading. */
async function ready(page: Page, heading?: string | RegExp) {
  await expect(page.getByRole('heading', { level: 1, ...(heading ? { name: heading } : {}) }).first()).toBeVisible();
  await expect(page.locator('.loading')).toHaveCount(0);
}

async function open(page: Page, path: string, heading?: string | RegExp) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await ready(page, heading);
}

/** Today's state, and the navigation menu opened from it wherever the compact bar offers one. */
async function checkTodayAndMenu(page: Page, sweep: LayoutSweep, label: string) {
  await sweep.check(label);
  const menu = page.getByRole('navigation', { name: 'Main' }).locator('button[aria-haspopup]');
  const dialog = page.getByRole('dialog');
  await sweep.check(`${label}, the navigation menu open`, {
    prepare: async () => {
      if (!(await menu.isVisible())) return false;
      // Opened even where the button is off screen or covered: the checks of Today report that.
      await menu.evaluate((button: HTMLElement) => button.click());
      await expect(dialog).toBeVisible();
      return true;
    },
    undo: async () => {
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    },
  });
}

// ---------------------------------------------------------------------------
// Data, written straight into IndexedDB as the app would (it has no test hooks).


const ENTRIES: Seed[] = [
  { kind: 'chair-stand-30s', day: week(4), reps: 10, usedArms: false },
  { kind: 'chair-stand-30s', day: week(4, 3), reps: 12, usedArms: false },
  { kind: 'chair-stand-30s', day: week(0), reps: 14, usedArms: false },
  { kind: 'five-times-sit-to-stand', day: week(3), seconds: 15.2 },
  { kind: 'five-times-sit-to-stand', day: week(0), seconds: 13.4 },
  { kind: 'weight', day: week(1), kg: 70 },
  { kind: 'weight', day: week(0), kg: 69.4 },
  { kind: 'grip', side: 'left', day: week(2), kg: 18 },
  { kind: 'grip', side: 'right', day: week(2), kg: 22 },
  { kind: 'protein', day: week(0), grams: 70, scope: 'day' },
  { kind: 'circumference', site: 'calf', side: 'left', day: week(3), cm: 34 },
  { kind: 'circumference', site: 'calf', side: 'right', day: week(3), cm: 34 },
  { kind: 'circumference', site: 'calf', side: 'left', day: week(0), cm: 31.5 },
  { kind: 'circumference', site: 'calf', side: 'right', day: week(0), cm: 34 },
  { kind: 'sit-to-stand-count', day: todayLocal(), reps: 10, note: 'Felt steady, used the kitchen chair.' },
  { kind: 'sit-to-stand-count', day: week(0), reps: 12 },
  { kind: 'sit-to-stand-count', day: week(1, 2), reps: 15 },
  { kind: 'sit-to-stand-count', day: week(2, 1), reps: 30 },
  { kind: 'steps', day: week(0), steps: 6200 },
  { kind: 'steps', day: week(1, 1), steps: 4000 },
  { kind: 'steps', day: week(3, 0), steps: 3500 },
];

function seed(page: Page, entries: Seed[], profile: { sex: 'female' | 'male'; age: number }) {
  return seedEntries(page, entries, { ...profile, heightCm: 165 });
}


/**
 * From now on every write to IndexedDB in this page fails as on a full disk
 * (the app has no test hooks): for the screens that tell a person a save failed.
 */
function failWrites(page: Page) {
  return page.evaluate(() => {
    const full = () => {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    };
    IDBObjectStore.prototype.put = full;
    IDBObjectStore.prototype.add = full;
  });
}

/** Changes (or deletes) the newest entry behind the app's back, as another tab would. */
function changeNewestEntryElsewhere(page: Page, change: 'edit' | 'delete') {
  return page.evaluate(
    (change) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('regain');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const store = database.transaction('entries', 'readwrite').objectStore('entries');
          const all = store.getAll();
          all.onsuccess = () => {
            const newest = (all.result as { id: string; updatedAt: string }[]).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!;
            const done = change === 'delete' ? store.delete(newest.id) : store.put({ ...newest, note: 'changed in another tab', updatedAt: new Date(Date.now() + 60_000).toISOString() });
            done.onsuccess = () => {
              database.close();
              resolve();
            };
            done.onerror = () => reject(done.error);
          };
        };
      }),
    change,
  );
}

// ---------------------------------------------------------------------------
// The groups.

test.describe('layout sweep', () => {
  sweepAt('nothing logged yet: Today, Progress, History, Measurements, Settings, data', async (page, sweep) => {
    await open(page, '/', 'Today');
    await checkTodayAndMenu(page, sweep, '/ (nothing logged)');
    await open(page, '/progress', 'Progress');
    await sweep.check('/progress (nothing logged)');
    await open(page, '/history', 'History');
    await sweep.check('/history (nothing logged)');
    await open(page, '/measurements', 'Measurements');
    await sweep.check('/measurements (nothing logged)');
    await open(page, '/settings', 'Settings');
    await sweep.check('/settings (nothing set)');
    await open(page, '/settings/data', 'Your data');
    await sweep.check('/settings/data (nothing logged)');
    await page.getByRole('link', { name: /summary/i }).first().click();
    await ready(page, 'Summary for your doctor');
    await sweep.check('/settings/data/summary (nothing logged)');
  });

  sweepAt('with data: Today, Progress, History, an entry', async (page, sweep) => {
    await open(page, '/', 'Today');
    await seed(page, ENTRIES, { sex: 'female', age: 72 });
    await page.reload();
    await ready(page, 'Today');
    await expect(page.getByText('Sit-to-stand reps: 10')).toBeVisible();
    await checkTodayAndMenu(page, sweep, '/ (with data)');

    await open(page, '/progress', 'Progress');
    // Every chart has its drawing surface (the charts' code loads on demand).
    await expect
      .poll(() =>
        page.evaluate(() => {
          const charts = [...document.querySelectorAll('.progress-chart')];
          return charts.length > 0 && charts.every((chart) => chart.querySelector('svg.recharts-surface'));
        }),
      )
      .toBe(true);
    await sweep.check('/progress (with data)');
    await page.getByText('Show the numbers').first().click();
    await expect(page.getByRole('table').first()).toBeVisible();
    await sweep.check('/progress (with data), a table of numbers open');

    await open(page, '/history', 'History');
    await sweep.check('/history (with data)');
    await page.getByRole('link', { name: /^Edit / }).first().click();
    await ready(page, 'Edit entry');
    await sweep.check('/history/<id> (editing an entry)');

    await open(page, '/history', 'History');
    await page.getByRole('button', { name: /^Delete / }).first().click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
    await sweep.check('/history (with data), just deleted: Undo');
    await page.getByRole('button', { name: 'Undo' }).click();
  });

  sweepAt('with data: Measurements, Settings, Your data, the summary', async (page, sweep) => {
    await open(page, '/', 'Today');
    await seed(page, ENTRIES, { sex: 'female', age: 72 });
    await open(page, '/measurements', 'Measurements');
    await sweep.check('/measurements (with data)');
    await open(page, '/settings', 'Settings');
    await sweep.check('/settings (profile set)');
    await open(page, '/settings/data', 'Your data');
    await sweep.check('/settings/data (with data)');
    await page.getByRole('link', { name: /summary/i }).first().click();
    await ready(page, 'Summary for your doctor');
    await sweep.check('/settings/data/summary (with data)');
  });

  sweepAt('Learn: the list, a search, a page, an exercise; an unknown address', async (page, sweep) => {
    await open(page, '/learn', 'Learn');
    await sweep.check('/learn');
    await page.getByRole('searchbox', { name: 'Search Learn' }).fill('protein');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /pages? about “protein”/ })).toBeVisible();
    await sweep.check('/learn?q=protein (search results)');
    await page.getByRole('link', { name: /Protein and food/ }).first().click();
    await ready(page, /protein/i);
    await sweep.check('/learn/protein-and-food (a Learn page)');
    await open(page, '/learn/exercises/sit-to-stand', 'Sit-to-stand');
    await sweep.check('/learn/exercises/sit-to-stand (an exercise)');
    await open(page, '/no-such-page', 'Page not found');
    await sweep.check('/no-such-page (not found)');
  });

  sweepAt('Plan: the level picker, the week, a session, its rest and its end', async (page, sweep) => {
    // A fixed Monday, so "today" has sessions at every level; timers still run.
    await page.clock.setFixedTime(new Date(2026, 10, 23, 10, 0));
    await open(page, '/plan', 'Plan');
    await expect(page.getByRole('button', { name: 'Use this level' })).toBeVisible();
    await sweep.check('/plan (choosing a level)');
    await page.getByRole('radio', { name: /2\. Building/ }).check();
    await page.getByRole('button', { name: 'Use this level' }).click();
    await expect(page.getByRole('heading', { name: 'This week' })).toBeVisible();
    await sweep.check('/plan (the week, level 2)');

    await page.locator('li[aria-current="date"]').getByRole('link', { name: /^Start/ }).first().click();
    await expect(page.getByText(/Exercise 1 of \d/)).toBeVisible();
    await ready(page);
    const id = new URL(page.url()).pathname.split('/').pop();
    await sweep.check(`/plan/session/${id} (exercise 1)`);
    await page.getByRole('button', { name: 'Set done' }).click();
    await expect(page.getByRole('button', { name: 'Skip rest' })).toBeVisible();
    await sweep.check(`/plan/session/${id} (resting between sets)`);
    for (let i = 0; i < 40; i++) {
      const finish = page.getByRole('button', { name: 'Finish session' });
      const skip = page.getByRole('button', { name: 'Skip rest' });
      await expect(finish.or(skip).or(page.getByRole('button', { name: 'Set done' }))).toBeVisible();
      if (await finish.isVisible()) {
        await finish.click();
        break;
      }
      if (await skip.isVisible()) await skip.click();
      else await page.getByRole('button', { name: 'Set done' }).click();
    }
    await ready(page, 'Session done');
    await sweep.check(`/plan/session/${id} (session done)`);
  });

  sweepAt('when something goes wrong: an entry changed or deleted elsewhere, a plan tick and a check that could not be saved', async (page, sweep) => {
    await open(page, '/', 'Today');
    await seed(page, [{ kind: 'steps', day: todayLocal(), steps: 4100, note: 'Walk to the shop.' }], { sex: 'female', age: 72 });
    const editAndSave = async () => {
      await open(page, '/history', 'History');
      await page.getByRole('link', { name: /^Edit Steps/ }).first().click();
      await ready(page, 'Edit entry');
      await page.getByLabel('Steps', { exact: true }).fill('4500');
    };
    await editAndSave();
    await changeNewestEntryElsewhere(page, 'edit');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'This entry was changed somewhere else' })).toBeVisible();
    await sweep.check('/history/<id> (changed in another tab: keep which?)');
    await editAndSave();
    await changeNewestEntryElsewhere(page, 'delete');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { name: 'This entry was deleted somewhere else' })).toBeVisible();
    await sweep.check('/history/<id> (deleted in another tab)');

    await open(page, '/plan', 'Plan');
    await page.getByRole('radio', { name: /2\. Building/ }).check();
    await page.getByRole('button', { name: 'Use this level' }).click();
    await expect(page.getByRole('heading', { name: 'This week' })).toBeVisible();
    await failWrites(page);
    // click, not check: the tick goes back off when its save fails.
    await page.locator('li[aria-current="date"] input[type="checkbox"]').first().click();
    await expect(page.getByRole('alert').filter({ hasText: 'out of storage space' })).toBeVisible();
    await sweep.check('/plan (a tick that could not be saved)');

    await open(page, '/symptoms', 'Symptoms');
    await page.getByRole('link', { name: 'Check symptoms now' }).click();
    await ready(page, 'Check your symptoms');
    await page.getByLabel('The country you are in').selectOption({ label: 'United Kingdom' });
    await page.getByRole('button', { name: 'Save and start' }).click();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    await failWrites(page);
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await ready(page, 'This could be an emergency');
    await expect(page.getByText(/The advice above still stands/)).toBeVisible();
    await sweep.check('/symptoms/check (outcome: emergency, not saved)');
  });

  sweepAt('the symptom check: country, start, a question, the emergency outcome, past checks', async (page, sweep) => {
    await open(page, '/symptoms', 'Symptoms');
    await expect(page.getByRole('button', { name: 'Set your country' })).toBeVisible();
    await sweep.check('/symptoms (no country set)');
    await page.getByRole('button', { name: 'Set your country' }).click();
    await expect(page.getByLabel('The country you are in')).toBeVisible();
    await sweep.check('/symptoms (choosing the country)');

    await open(page, '/symptoms', 'Symptoms');
    await page.getByRole('link', { name: 'Check symptoms now' }).click();
    await ready(page, 'Check your symptoms');
    await expect(page.getByRole('button', { name: 'Save and start' })).toBeVisible();
    await sweep.check('/symptoms/check (start: the country first)');
    await page.getByLabel('The country you are in').selectOption({ label: 'United Kingdom' });
    await page.getByRole('button', { name: 'Save and start' }).click();
    await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
    await sweep.check('/symptoms/check (question 1)');
    await page.getByRole('button', { name: 'No', exact: true }).click();
    await expect(page.getByText(/^Question 2 of \d+$/)).toBeVisible();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await ready(page, 'This could be an emergency');
    await sweep.check('/symptoms/check (outcome: emergency, with follow-up questions)');

    await page.getByRole('link', { name: 'Past checks' }).click();
    await ready(page, 'Past symptom checks');
    await sweep.check('/symptoms/history (one check)');
    await page.locator('a.sy-card').first().click();
    await ready(page);
    await sweep.check('/symptoms/history/<id> (a past check)');

    await open(page, '/symptoms', 'Symptoms');
    await expect(page.getByRole('link', { name: 'Call 999 now' })).toBeVisible();
    await sweep.check('/symptoms (country set, a past check)');
    // With the country known, the check may open on its start screen or straight on question 1.
    await page.getByRole('link', { name: /Check symptoms now|Start a new check/ }).first().click();
    const start = page.getByRole('button', { name: 'Start the questions' });
    await expect(start.or(page.getByText(/^Question 1 of \d+$/))).toBeVisible();
    if (await start.isVisible()) {
      await ready(page, 'Check your symptoms');
      await sweep.check('/symptoms/check (start, country known)');
    }
  });

  sweepAt('more checks: the checklist, SARC-F and its score', async (page, sweep) => {
    await open(page, '/symptoms/checklist', 'Early signs of muscle loss');
    await sweep.check('/symptoms/checklist');
    await page.getByRole('checkbox', { name: /You get tired more quickly/ }).check();
    await page.getByRole('button', { name: 'Save today’s check-in' }).click();
    await expect(page.getByText(/^Saved for /)).toBeVisible();
    await sweep.check('/symptoms/checklist (saved, one check-in)');

    await open(page, '/symptoms/sarc-f', 'SARC-F muscle check');
    await sweep.check('/symptoms/sarc-f');
    for (let n = 1; n <= 5; n += 1) {
      await page.getByRole('group', { name: new RegExp(`^Question ${n} of 5`) }).getByRole('radio').nth(1).check();
    }
    await page.getByRole('button', { name: 'See my score' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Your score: \d+ out of 10/ })).toBeVisible();
    await sweep.check('/symptoms/sarc-f (the score)');
  });

  for (const test_ of [
    { path: '/tests/chair-stand', heading: '30-second chair stand test', tap: /tap each time you stand up/, kind: 'chair-stand-30s' },
    { path: '/tests/five-times-sit-to-stand', heading: 'Five-times sit-to-stand test', tap: /tap when you stand up the fifth time/, kind: 'five-times' },
  ] as const) {
    sweepAt(`${test_.path}: intro, safety checklist, countdown, timer, result, saved`, async (page, sweep) => {
      await page.clock.install();
      await open(page, '/', 'Today');
      // A profile for the norms, and one earlier result for the trend.
      const earlier: Seed =
        test_.kind === 'chair-stand-30s'
          ? { kind: 'chair-stand-30s', day: week(2), reps: 9, usedArms: false }
          : { kind: 'five-times-sit-to-stand', day: week(2), seconds: 14.8 };
      await seed(page, [earlier], { sex: 'female', age: 72 });
      await open(page, test_.path, test_.heading);
      await sweep.check(`${test_.path} (intro and safety checklist)`);

      await page.getByRole('button', { name: 'Start the test' }).click();
      await expect(page.getByRole('alert')).toContainText('Please tick all three checks first');
      await sweep.check(`${test_.path} (safety checklist: Start tapped with boxes unticked)`);
      const boxes = page.getByRole('group', { name: /Tick each one/ }).getByRole('checkbox');
      for (const box of await boxes.all()) await box.check();
      // The phone on the chest is the default way; its steps are swept in the group below.
      await page.getByRole('radio', { name: /Someone will tap/ }).check();

      // The clock stands still while each step is checked; axe needs timers, so it runs again for axe.
      const now = await page.evaluate(() => Date.now());
      await page.clock.pauseAt(now + 1000);
      await page.getByRole('button', { name: 'Start the test' }).click();
      const status = page.getByRole('main').getByRole('status');
      await expect(status).toHaveText('Get ready: 3');
      await sweep.check(`${test_.path} (countdown)`, { axe: false });
      await page.clock.runFor(3000);
      await expect(status).toContainText('Go!');
      const tapButton = page.getByRole('button', { name: test_.tap });
      await expect(tapButton).toBeVisible();
      if (test_.kind === 'chair-stand-30s') {
        for (let i = 0; i < 3; i++) await tapButton.click();
      } else {
        await page.clock.runFor(9_400);
      }
      await sweep.check(`${test_.path} (the timer running)`, { axe: false });

      if (test_.kind === 'chair-stand-30s') await page.clock.runFor(30_000);
      else await tapButton.click();
      await page.clock.resume();
      await expect(page.getByRole('button', { name: 'Save my result' })).toBeVisible();
      await sweep.check(`${test_.path} (the result, to save)`);
      await page.getByRole('button', { name: 'Save my result' }).click();
      await expect(page.getByRole('button', { name: 'Start a new test' })).toBeVisible();
      await ready(page);
      await sweep.check(`${test_.path} (saved: norms and trend)`);
    });
  }

  sweepAt('/tests/chair-stand with the phone on the chest: countdown, the count, the check of the count, the report', async (page, sweep) => {
    const trace = simulateTrace(3, { scenario: 'typical', preGoSeconds: 9.6, gaps: false });
    await page.clock.install();
    await open(page, '/', 'Today');
    await seed(page, [{ kind: 'chair-stand-30s', day: week(2), reps: 9, usedArms: false }], { sex: 'female', age: 72 });
    await open(page, '/tests/chair-stand', '30-second chair stand test');
    await expect(page.getByRole('radio', { name: /Hold the phone on your chest/ })).toBeChecked();
    const boxes = page.getByRole('group', { name: /Tick each one/ }).getByRole('checkbox');
    for (const box of await boxes.all()) await box.check();
    const now = await page.evaluate(() => Date.now());
    await page.clock.pauseAt(now + 1000);
    await page.getByRole('button', { name: 'Start the test' }).click();
    const status = page.getByRole('main').getByRole('status');
    await expect(status).toHaveText('Get ready: 10');
    await sweep.check('/tests/chair-stand (phone on the chest: countdown)', { axe: false });
    await playMotionTrace(page, trace.samples, 'regain-chair-stand-test');
    await page.clock.runFor(20_000);
    await expect(page.locator('.gt-counted .gt-tap-count')).not.toHaveText('0');
    await sweep.check('/tests/chair-stand (phone on the chest: counting)', { axe: false });
    await page.clock.runFor(20_000);
    await expect(page.getByText(/^The phone counted \d+ stands\. Is that right\?/)).toBeVisible();
    await page.clock.resume();
    await sweep.check('/tests/chair-stand (phone on the chest: is the count right?)');
    await page.getByRole('button', { name: 'Save my result' }).click();
    await expect(page.getByRole('region', { name: 'How your stands went' })).toBeVisible();
    await ready(page);
    await sweep.check('/tests/chair-stand (phone on the chest: saved, how the stands went)');
  });

  test.describe('a brand-new phone', () => {
    test.use({ newPhone: true });

    sweepAt('the welcome steps 1–4', async (page, sweep) => {
      await open(page, '/', 'Welcome to Regain');
      await sweep.check('/welcome?step=1');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await ready(page, 'About you');
      await sweep.check('/welcome?step=2');
      await page.getByLabel('Year of birth').fill('1952');
      await page.getByRole('radio', { name: 'Female' }).check();
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await ready(page, 'Your country');
      await page.getByLabel('The country you are in').selectOption({ label: 'United Kingdom' });
      await expect(page.getByText('In an emergency, call 999.')).toBeVisible();
      await sweep.check('/welcome?step=3');
      await page.getByRole('button', { name: 'Next', exact: true }).click();
      await ready(page, 'Keep Regain on your phone');
      await sweep.check('/welcome?step=4');
    });
  });

  test.describe('a message from the app', () => {
    test.use({ serviceWorkers: 'allow' });

    // "Ready to work offline" comes once, on the first screen opened after the
    // service worker has installed (on a busy machine that can take a while),
    // and stays until the next screen.
    // It sits in the flow under the header, the same on every screen: one
    // screen at the narrowest phone and at axe's viewport is enough.
    sweepAt(
      '“Ready to work offline” on Today',
      async (page, sweep) => {
        await page.goto('/settings');
        // Waited for as a condition (installing fetches the whole build, which
        // on a busy machine has taken over a minute); if it never comes, that is
        // a failure, not a skip, and the message says how far the install got.
        const workerState = () =>
          page.evaluate(async () => {
            const registration = await navigator.serviceWorker.getRegistration();
            return registration?.active?.state ?? registration?.waiting?.state ?? registration?.installing?.state ?? 'not registered';
          });
        await expect.poll(workerState, { timeout: 150_000, message: 'the service worker installs and activates' }).toBe('activated');
        await page.getByRole('banner').getByRole('link', { name: 'Regain' }).click();
        await expect(page.locator('.banner').filter({ hasText: 'Ready to work offline.' })).toBeVisible({ timeout: 30_000 });
        await ready(page, 'Today');
        await sweep.check('/ with “Ready to work offline” showing');
      },
      SWEEP_VIEWPORTS.filter((viewport) => viewport.width <= 360),
    );
  });
});
