import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';

// "Your data" through the real UI in Chromium: back up, delete, restore, refuse
// a bad file, and print the clinician summary to at most two pages.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function localDay(daysAgo: number): string {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
const uuid = (n: number) => `7a2b3c4d-5e6f-4a1b-8c2d-${n.toString(16).padStart(12, '0')}`;

/**
 * A backup as the app writes it: `days` of history, with the heaviest summary
 * content there can be (a test every day, every measurement, many checks).
 */
function makeBackup(days: number, schemaVersion: number, sex: 'female' | 'male' | 'unspecified' = 'female') {
  let n = 0;
  const entries: Record<string, unknown>[] = [];
  const add = (daysAgo: number, fields: Record<string, unknown>) => {
    const day = localDay(daysAgo);
    const at = `${day}T09:${String(n % 60).padStart(2, '0')}:00.000Z`;
    entries.push({ id: uuid(++n), day, createdAt: at, updatedAt: at, ...fields });
  };
  for (let d = days; d >= 1; d -= 1) {
    add(d, { kind: 'chair-stand-30s', reps: 6 + (d % 9), usedArms: false });
    add(d, { kind: 'five-times-sit-to-stand', seconds: 11 + (d % 8) });
    add(d, { kind: 'sit-to-stand-count', reps: 20 + (d % 15), note: d % 10 === 0 ? 'a good day, "better" than last week' : undefined });
    if (d % 7 === 0) {
      add(d, { kind: 'weight', kg: 60 + (d % 5) });
      add(d, { kind: 'grip', side: 'left', kg: 14 + (d % 4) });
      add(d, { kind: 'grip', side: 'right', kg: 18 + (d % 4) });
      for (const site of ['calf', 'thigh', 'upper-arm']) {
        add(d, { kind: 'circumference', site, side: 'left', cm: 30 + (d % 3) });
        add(d, { kind: 'circumference', site, side: 'right', cm: 33 + (d % 3) });
      }
    }
  }
  const signs = [
    'everyday-weakness',
    'muscle-smaller-softer',
    'clothes-looser',
    'poorer-balance',
    'tiring-quickly',
    'one-side-smaller',
    'numbness-tingling',
    'difficulty-walking',
    'facial-weakness',
    'swallowing-speaking',
  ];
  const symptomCheckIns = Array.from({ length: Math.min(40, days) }, (_, i) => ({
    id: uuid(100_000 + i),
    day: localDay(i * 2 + 1),
    at: `${localDay(i * 2 + 1)}T10:00:00.000Z`,
    signIds: signs.slice(0, 1 + (i % signs.length)),
  }));
  const triageRuns = Array.from({ length: Math.min(20, days) }, (_, i) => ({
    id: uuid(200_000 + i),
    at: `${localDay(i * 3 + 1)}T10:05:00.000Z`,
    level: (['self-care', 'soon', 'urgent', 'emergency'] as const)[i % 4],
    answers: { 'stroke-face-arm-leg': i % 4 === 3 ? 'yes' : 'no', 'stroke-speech-sight-balance': i % 2 ? 'not-sure' : 'no', 'weakness-spreading-fast': 'yes' },
  }));
  const tables: Record<string, unknown[]> = {
    profile: [{ id: 'profile', yearOfBirth: 1948, sex, heightCm: 160, units: 'imperial', region: 'GB', kidneyDisease: false, updatedAt: '2026-01-01T00:00:00.000Z' }],
    entries,
    symptomCheckIns,
    triageRuns,
    planProgress: [{ id: uuid(300_000), day: localDay(1), itemId: 'strength-lower', done: true, updatedAt: `${localDay(1)}T11:00:00.000Z` }],
  };
  if (schemaVersion >= 2) {
    tables.sarcFResults = [{ id: uuid(400_000), day: localDay(2), at: `${localDay(2)}T10:10:00.000Z`, answers: { strength: 1, walking: 1, rising: 2, stairs: 1, falls: 0 }, total: 5 }];
  }
  return { app: 'regain', appVersion: '0.1.0', schemaVersion, exportedAt: new Date().toISOString(), tables };
}

async function schemaVersionOfApp(page: Page): Promise<number> {
  // The version the app exports at: read from a backup of the empty database.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  return JSON.parse(readFileSync((await (await download).path())!, 'utf8')).schemaVersion as number;
}

async function openData(page: Page) {
  await page.goto('/settings/data');
  await expect(page.getByRole('heading', { level: 1, name: 'Your data' })).toBeVisible();
}

async function restoreFile(page: Page, name: string, contents: string, mode: 'merge' | 'replace' = 'merge') {
  await page.getByLabel('Choose a backup file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(contents) });
  await expect(page.getByRole('heading', { name: 'What this backup holds' })).toBeVisible();
  if (mode === 'replace') {
    await page.getByRole('radio', { name: /Replace everything on this phone/ }).check();
    await page.getByRole('button', { name: 'Replace with this backup…' }).click();
    await page.getByRole('button', { name: 'Yes, replace everything' }).click();
  } else {
    await page.getByRole('button', { name: 'Restore this backup' }).click();
  }
  await expect(page.getByText(/^Restored\./)).toBeVisible();
}

type Tables = Record<string, Array<{ id: string }>>;
const sortTables = (tables: Tables) =>
  Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, [...rows].sort((a, b) => (a.id < b.id ? -1 : 1))]));

async function backUp(page: Page): Promise<{ name: string; json: { tables: Tables; schemaVersion: number; appVersion: string } }> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up now' }).click();
  const download = await downloadPromise;
  const json = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  await expect(page.getByText(/^Backup saved to your downloads/)).toBeVisible();
  return { name: download.suggestedFilename(), json };
}

test('back up, delete everything and restore through the screen: the data is identical', async ({ page }) => {
  await openData(page);
  // Headless Chromium on Linux has no Web Share, so "Back up now" downloads.
  expect(await page.evaluate(() => typeof navigator.canShare)).toBe('undefined');
  const version = await schemaVersionOfApp(page);
  const source = makeBackup(30, version);
  await restoreFile(page, 'from-old-phone.json', JSON.stringify(source));
  const total = Object.values(source.tables).flat().length;
  await expect(page.getByText(`On this phone: ${total.toLocaleString('en-GB')} records.`)).toBeVisible();

  const first = await backUp(page);
  expect(first.name).toMatch(/^regain-backup-\d{4}-\d{2}-\d{2}\.json$/);
  expect(Object.values(first.json.tables).flat()).toHaveLength(total);
  await expect(page.getByText(/Your last backup on this phone was today/)).toBeVisible();

  await page.getByRole('button', { name: 'Delete everything…' }).click();
  await expect(page.getByRole('group', { name: 'Delete everything?' })).toContainText(`${source.tables.entries!.length} entries`);
  await page.getByRole('button', { name: 'Delete everything', exact: true }).click();
  await expect(page.getByText('Everything is deleted.', { exact: false })).toBeFocused();
  await expect(page.getByText('On this phone: 0 records.')).toBeVisible();

  await restoreFile(page, first.name, JSON.stringify(first.json), 'replace');
  await expect(page.getByText(`On this phone: ${total.toLocaleString('en-GB')} records.`)).toBeVisible();
  const second = await backUp(page);
  expect(sortTables(second.json.tables)).toEqual(sortTables(first.json.tables));

  // And it survives a reload: it is in IndexedDB, not in memory.
  await page.reload();
  await expect(page.getByText(`On this phone: ${total.toLocaleString('en-GB')} records.`)).toBeVisible();
});

test('a hostile backup is refused with a message shown as text, and nothing changes', async ({ page }) => {
  await openData(page);
  const version = await schemaVersionOfApp(page);
  const good = makeBackup(3, version);
  await restoreFile(page, 'good.json', JSON.stringify(good));
  const count = `On this phone: ${Object.values(good.tables).flat().length} records.`;
  await expect(page.getByText(/^On this phone:/)).toHaveText(count);

  const bad = makeBackup(3, version);
  (bad.tables.entries![1] as { note?: string }).note = '<img src=x onerror="document.title=\'pwned\'">';
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.getByLabel('Choose a backup file').setInputFiles({ name: '<img src=x>.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(page.getByText(/^This backup was not restored:/)).toBeVisible();
  await expect(page.locator('.data-problem')).toContainText('The 1st five-times sit-to-stand result, dated ');
  await expect(page.locator('.data-problem')).toContainText('its note contains HTML (such as <b> or <script>), which Regain never writes. This backup cannot be restored as it is. Nothing on this phone was changed.');
  await expect(page.locator('.data-problem')).toContainText('<img src=x>.json');
  expect(await page.locator('main img').count()).toBe(0);
  expect(await page.title()).not.toBe('pwned');
  expect(dialogs).toBe(0);
  await expect(page.getByText(/^On this phone:/)).toHaveText(count);

  await page.getByLabel('Choose a backup file').setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...bad, schemaVersion: version + 1 })) });
  await expect(page.locator('.data-problem')).toContainText('made by a newer version of Regain');
});

test('CSV files download with a header row and units in the column names', async ({ page }) => {
  await openData(page);
  const version = await schemaVersionOfApp(page);
  await restoreFile(page, 'good.json', JSON.stringify(makeBackup(14, version)));
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Weight \(/ }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^regain-weight-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe('\uFEFF"date","weight_kg","note","recorded_at","updated_at","id"');
  expect(text.split('\r\n')[1]).toMatch(/^"\d{4}-\d{2}-\d{2}","6\d","","\d{4}-/);
});

test('the clinician summary prints to at most 2 pages on A4 and on Letter, without the app’s header and navigation', async ({ page }) => {
  await openData(page);
  const version = await schemaVersionOfApp(page);
  // The longest summary there can be: no sex given (both sexes' cut-offs), imperial units
  // (both units), a test every day, every sign ticked, many red-flag checks.
  await restoreFile(page, 'three-months.json', JSON.stringify(makeBackup(90, version, 'unspecified')));
  await page.getByRole('link', { name: 'Open the summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Summary for your doctor' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Left–right differences' })).toBeVisible();
  await expect(page.getByText('It is not a diagnosis', { exact: false }).first()).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.app-header', '.bottom-nav', '.summary-actions']) await expect(page.locator(selector)).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Latest results against published cut-offs' })).toBeVisible();
  await page.emulateMedia({ media: null }); // 'screen' would stay in force for page.pdf() too

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await page.pdf({ format });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages, `${format} pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${format} pages`).toBeLessThanOrEqual(2);
  }
});

test('the Print button calls the browser’s print', async ({ page }) => {
  await page.goto('/settings/data/summary');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test.describe('accessibility', () => {
  const axe = async (page: Page) => {
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };

  test('axe finds no WCAG 2.2 AA violation on the data screen, the restore preview, a confirmation and the summary', async ({ page }) => {
    await openData(page);
    const version = await schemaVersionOfApp(page);
    expect(await axe(page)).toEqual([]);

    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeBackup(30, version))) });
    await expect(page.getByRole('heading', { name: 'What this backup holds' })).toBeFocused();
    expect(await axe(page)).toEqual([]);

    await page.getByRole('radio', { name: /Replace everything on this phone/ }).check();
    await page.getByRole('button', { name: 'Replace with this backup…' }).click();
    await expect(page.getByRole('heading', { name: 'Replace everything on this phone?' })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Yes, replace everything' }).click();
    await expect(page.getByText(/^Restored\./)).toBeVisible();

    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
    await expect(page.locator('.data-problem')).toBeVisible();
    expect(await axe(page)).toEqual([]);

    await page.goto('/settings/data/summary');
    await expect(page.getByRole('heading', { name: 'Left–right differences' })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });

  test('tap targets on the data screen are at least 48 px', async ({ page }) => {
    await openData(page);
    const version = await schemaVersionOfApp(page);
    await restoreFile(page, 'b.json', JSON.stringify(makeBackup(14, version)));
    await page.getByLabel('Choose a backup file').setInputFiles({ name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(makeBackup(14, version))) });
    await page.getByRole('button', { name: 'Delete everything…' }).click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main a, main button, main input:not([type=radio]), main label:has(input[type=radio])')]
        .filter((el) => (el as HTMLElement).offsetParent !== null)
        .map((el) => ({ name: el.textContent?.trim() || el.getAttribute('type'), rect: el.getBoundingClientRect() }))
        .filter(({ rect }) => rect.width < 48 || rect.height < 48)
        .map(({ name, rect }) => `${name} ${Math.round(rect.width)}x${Math.round(rect.height)}`),
    );
    expect(small).toEqual([]);
  });
});
