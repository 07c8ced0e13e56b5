import { expect, test, type Page } from './fixtures';
import { storedRows } from './helpers';

// Issue 14: the daily journey of a person on their own, on a small phone.

const SIZES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

/** Rows in one table of the app's IndexedDB database. */
const countRows = async (page: Page, table: string) => (await storedRows(page, table)).length;

const repsBox = (page: Page) => page.getByRole('spinbutton', { name: 'Reps in this set' });
const dayLine = (page: Page) => page.getByText(/^Today so far:|^No sets logged yet today\./);

async function tapPlus(page: Page, times: number) {
  const plus = page.getByRole('button', { name: 'Plus one' });
  for (let i = 0; i < times; i += 1) await plus.tap();
}

for (const size of SIZES) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('10 and then 8 more reads 18 for the day; typing replaces the number in the box', async ({ page }) => {
      await page.goto('/');
      await expect(dayLine(page)).toHaveText('No sets logged yet today.');
      await tapPlus(page, 10);
      await page.getByRole('button', { name: 'Save this set' }).tap();
      await expect(page.getByText('Saved a set of 10. Today: 10 reps in 1 set.')).toBeVisible();
      await expect(repsBox(page)).toHaveValue('0');

      await tapPlus(page, 8);
      await expect(repsBox(page)).toHaveValue('8');
      await page.getByRole('button', { name: 'Save this set' }).tap();
      await expect(dayLine(page)).toHaveText('Today so far: 18 reps in 2 sets');

      // "12" typed over the 0: 12, not 120 or 012.
      await repsBox(page).tap();
      // The tap's focus can land after tap() returns on a busy machine: type only once it has.
      await expect(repsBox(page)).toBeFocused();
      await page.keyboard.type('12');
      await expect(repsBox(page)).toHaveValue('12');
      await page.getByRole('button', { name: 'Save this set' }).tap();
      await expect(dayLine(page)).toHaveText('Today so far: 30 reps in 3 sets');

      // "8" typed after + taps: 8, not 38.
      await tapPlus(page, 3);
      await repsBox(page).tap();
      // The tap's focus can land after tap() returns on a busy machine: type only once it has.
      await expect(repsBox(page)).toBeFocused();
      await page.keyboard.type('8');
      await expect(repsBox(page)).toHaveValue('8');
      expect(await countRows(page, 'entries')).toBe(3);

      // Each set shows the time it was saved.
      const logged = page.getByRole('region', { name: 'Logged today' });
      await expect(logged.getByRole('listitem')).toHaveCount(3);
      await expect(logged.getByRole('listitem').first()).toHaveText(/^\d{1,2}[:.]\d{2}\s?(am|pm|AM|PM)?\s*Sit-to-stand reps: 12$/);
    });

    test('a double tap saves once on every form that saves', async ({ page }) => {
      await page.goto('/');
      await expect(dayLine(page)).toBeVisible();
      await tapPlus(page, 5);
      await page.getByRole('button', { name: 'Save this set' }).dblclick();
      await expect(dayLine(page)).toHaveText('Today so far: 5 reps in 1 set');
      await expect(page.getByText(/A set of 0 is not saved/)).toHaveCount(0);

      await page.goto('/measurements');
      await page.getByLabel('Body weight (kg)').fill('70');
      await page.getByRole('button', { name: 'Save', exact: true }).dblclick();
      await expect(page.getByText('Saved for today:')).toBeVisible();
      await expect(page.getByRole('alert').filter({ hasText: /./ })).toHaveCount(0);

      await page.goto('/tests/chair-stand');
      await page.getByRole('button', { name: /type in my count/ }).click();
      await page.getByRole('textbox', { name: 'Number of stands' }).fill('9');
      await page.getByRole('button', { name: 'Save my result' }).dblclick();
      await expect(page.getByText('stands in 30 seconds')).toContainText('9 stands');
      expect(await countRows(page, 'entries')).toBe(3);

      await page.goto('/symptoms/checklist');
      await page.getByRole('button', { name: 'Save: I have none of these' }).dblclick();
      await expect(page.getByText(/^Saved for/)).toBeVisible();
      expect(await countRows(page, 'symptomCheckIns')).toBe(1);

      await page.goto('/symptoms/sarc-f');
      for (let n = 1; n <= 5; n += 1) {
        await page.getByRole('group', { name: new RegExp(`^Question ${n} of 5`) }).getByRole('radio').first().check();
      }
      await page.getByRole('button', { name: 'See my score' }).dblclick();
      await expect(page.getByRole('heading', { level: 2, name: /Your score: \d+ out of 10/ })).toBeVisible();
      expect(await countRows(page, 'sarcFResults')).toBe(1);
    });
  });
}

test.describe('a first visit', () => {
  test.use({ newPhone: true, viewport: { width: 360, height: 740 } });

  test('four short steps, end to end, then Today; the welcome does not come back', async ({ page }) => {
    let taps = 0;
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Regain' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
    await expect(page.getByRole('img', { name: /chair/i })).toBeVisible();
    const tap = async (name: string) => {
      await page.getByRole('button', { name, exact: true }).tap();
      taps += 1;
    };
    await tap('Next');
    await page.getByLabel('Year of birth').fill('1952');
    await page.getByRole('radio', { name: 'Female' }).check();
    taps += 2; // the year box and Female
    await tap('Next');
    await page.getByLabel('The country you are in').selectOption({ label: 'United Kingdom' });
    taps += 1;
    await expect(page.getByText('In an emergency, call 999.')).toBeVisible();
    await tap('Next');
    await expect(page.getByRole('heading', { level: 1, name: 'Keep Regain on your phone' })).toBeVisible();
    await tap('Start using Regain');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    expect(taps).toBeLessThanOrEqual(7);

    await page.goto('/symptoms');
    await expect(page.getByRole('link', { name: 'Call 999 now' })).toBeVisible();
    await page.goto('/');
    await expect(dayLine(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  });

  test('can be skipped in one tap', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Skip, go to Today' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.reload();
    await expect(dayLine(page)).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  });
});

test('a brand-new plan opens on the week, not on a warning', async ({ page }) => {
  await page.goto('/plan');
  await page.getByRole('radio', { name: /1\. / }).check();
  await page.getByRole('button', { name: 'Use this level' }).click();
  await expect(page.getByText(/Level 1: /).first()).toBeVisible();
  await expect(page.getByText(/hard to keep up|may suit you better/)).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/Level 1: /).first()).toBeVisible();
  await expect(page.getByText(/hard to keep up|may suit you better/)).toHaveCount(0);
});

test.describe('leaving a screen with unsaved input', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a tab asks first; Stay keeps the input, Leave drops it', async ({ page }) => {
    await page.goto('/measurements');
    await page.getByLabel('Body weight (kg)').fill('72.5');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Today' }).tap();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Stay on this screen' }).tap();
    await expect(dialog).toBeHidden();
    await expect(page.getByLabel('Body weight (kg)')).toHaveValue('72.5');

    await nav.getByRole('link', { name: 'Progress' }).tap();
    await dialog.getByRole('button', { name: 'Leave without saving' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Progress' })).toBeVisible();
  });

  test('the phone’s Back asks too, and a screen with nothing typed is left without a question', async ({ page }) => {
    await page.goto('/');
    await expect(dayLine(page)).toBeVisible();
    await page.getByRole('link', { name: 'Add a measurement' }).tap();
    await page.getByLabel('Body weight (kg)').fill('72.5');
    await page.goBack();
    const dialog = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect(dialog).toBeVisible();
    await expect(page).toHaveURL(/\/measurements$/);
    await dialog.getByRole('button', { name: 'Stay on this screen' }).tap();
    await expect(page.getByLabel('Body weight (kg)')).toHaveValue('72.5');

    await page.getByLabel('Body weight (kg)').fill('');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(dialog).toBeHidden();
  });

  test('Settings keeps each change as it is made: leaving after a choice asks nothing', async ({ page }) => {
    await page.goto('/settings');
    await page.getByRole('radio', { name: 'Male', exact: true }).check();
    await expect(page.getByText('Saved: sex set to Male.')).toBeVisible();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).tap();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await page.goto('/settings');
    await expect(page.getByRole('radio', { name: 'Male', exact: true })).toBeChecked();
  });
});
