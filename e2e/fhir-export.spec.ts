import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { openWithServiceWorker, seedEntries, type Seed } from './helpers';
import { addDays, todayLocal } from '../src/domain/dates';

// "Export for your clinic (FHIR)" in Chromium with the network off: the
// preview counts, then one FHIR R4 bundle downloaded that parses.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const daysAgo = (n: number) => addDays(todayLocal(), -n);

const ENTRIES: Seed[] = [
  { kind: 'chair-stand-30s', day: daysAgo(1), reps: 11, usedArms: false },
  { kind: 'chair-stand-30s', day: daysAgo(200), reps: 8, usedArms: false },
  { kind: 'five-times-sit-to-stand', day: daysAgo(2), seconds: 13.4 },
  // An imperial person's 150 lb, as the app stores it.
  { kind: 'weight', day: daysAgo(3), kg: 68.0388555 },
  { kind: 'grip', side: 'right', day: daysAgo(3), kg: 22 },
  { kind: 'circumference', site: 'calf', side: 'left', day: daysAgo(5), cm: 33.25 },
  { kind: 'steps', day: daysAgo(1), steps: 5200 },
];

test('offline: the FHIR export previews its counts and downloads a bundle that parses', async ({ page, context }) => {
  await openWithServiceWorker(page, '/settings/data');
  await seedEntries(page, ENTRIES, { sex: 'male', age: 74 });
  await context.setOffline(true);
  await page.reload();

  const section = page.getByRole('region', { name: 'Export for your clinic (FHIR)' });
  await expect(section.getByText('In the file: 2 tests, 3 measurements, 1 daily log.')).toBeVisible();
  await section.getByRole('radio', { name: 'Everything' }).check();
  await expect(section.getByText('In the file: 3 tests, 3 measurements, 1 daily log.')).toBeVisible();
  await section.getByRole('checkbox', { name: /Daily logs/ }).uncheck();
  await expect(section.getByText('In the file: 3 tests, 3 measurements.')).toBeVisible();

  const axe = await new AxeBuilder({ page }).include('.data-fhir').withTags(WCAG).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Headless Chromium on Linux has no Web Share, so the file downloads.
  const downloadPromise = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Export for your clinic' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(`regain-fhir-${todayLocal()}.json`);
  await expect(section.getByRole('status')).toHaveText(`Saved to your downloads: regain-fhir-${todayLocal()}.json, with 6 results.`);

  const bundle = JSON.parse(readFileSync((await download.path())!, 'utf8'));
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  expect(bundle.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  const [patient, ...observations] = bundle.entry;
  expect(patient.resource).toEqual({ resourceType: 'Patient', gender: 'male', birthDate: String(new Date().getFullYear() - 74) });
  expect(observations).toHaveLength(6);
  for (const { fullUrl, resource } of observations) {
    expect(fullUrl).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(resource).toMatchObject({ resourceType: 'Observation', status: 'final', subject: { reference: patient.fullUrl } });
  }
  const weight = observations.find((o: { resource: { code: { coding: { code: string }[] } } }) => o.resource.code.coding[0]!.code === '29463-7');
  expect(weight.resource.valueQuantity).toEqual({ value: 68.04, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' });
});
