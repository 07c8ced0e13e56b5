import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Bundle, Observation } from 'fhir/r4';
import { AppRoutes } from '../../../src/app/routes';
import { db } from '../../../src/db/database';
import type { LogEntry } from '../../../src/db/log-entry-schema';
import { addDays, todayLocal } from '../../../src/domain/dates';
import { resetDatabase } from '../../db/reset-database';
import { loadScreens } from '../../support/loaded-app';
import { recordDownloads, type RecordedDownload } from '../../support/recorded-downloads';

// "Export for your clinic (FHIR)" on Your data, driven by role and visible name.

vi.setConfig({ testTimeout: 20_000 });

let downloads: RecordedDownload[];

beforeEach(async () => {
  await resetDatabase();
  downloads = recordDownloads();
});

let n = 0;
const id = () => `7a2b3c4d-5e6f-4a1b-8c2d-${(++n).toString(16).padStart(12, '0')}`;
function entry(daysAgo: number, fields: Record<string, unknown>): LogEntry {
  const day = addDays(todayLocal(), -daysAgo);
  const at = new Date().toISOString();
  return { id: id(), day, createdAt: at, updatedAt: at, ...fields } as LogEntry;
}

async function seed() {
  await db.entries.bulkPut([
    entry(1, { kind: 'chair-stand-30s', reps: 10, usedArms: false }),
    entry(2, { kind: 'five-times-sit-to-stand', seconds: 14.2 }),
    entry(200, { kind: 'chair-stand-30s', reps: 8, usedArms: false }),
    entry(3, { kind: 'weight', kg: 68.0388555 }),
    entry(3, { kind: 'grip', side: 'left', kg: 20 }),
    entry(4, { kind: 'steps', steps: 5000 }),
  ]);
  const at = new Date().toISOString();
  await db.symptomCheckIns.put({ id: id(), day: todayLocal(), at, signIds: ['tiring-quickly'] });
  await db.triageRuns.put({ id: id(), at, level: 'self-care', answers: {} });
  await db.sarcFResults.put({ id: id(), day: todayLocal(), at, answers: { strength: 1, walking: 1, rising: 1, stairs: 1, falls: 0 }, total: 4 });
  await db.profile.put({ id: 'profile', yearOfBirth: 1952, sex: 'male', units: 'imperial', kidneyDisease: false, updatedAt: at });
}

/** The preview line, whose first words are in bold (their own element). */
const preview = (text: string | RegExp) => (_: string, element: Element | null) =>
  element?.tagName === 'P' && (typeof text === 'string' ? element.textContent === text : text.test(element.textContent ?? ''));

async function openSection() {
  await loadScreens('/settings/data');
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/settings/data']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  const heading = await screen.findByRole('heading', { level: 2, name: 'Export for your clinic (FHIR)' });
  return { user, section: within(heading.closest('section')!) };
}

describe('export for your clinic', () => {
  it('says what the file is for, and that it is health data to share only with the care team', async () => {
    const { section } = await openSection();
    expect(section.getByText(/for a clinic.s computer system, not for reading/)).toBeInTheDocument();
    expect(section.getByText(/Share it only with your care team/)).toBeInTheDocument();
    expect(section.getByRole('radio', { name: 'Last 12 weeks' })).toBeChecked();
    for (const box of section.getAllByRole('checkbox')) expect(box).toBeChecked();
  });

  it('previews the counts for the range and kinds chosen', async () => {
    await seed();
    const { user, section } = await openSection();
    expect(await section.findByText(preview('In the file: 2 tests, 2 measurements, 1 daily log, 2 symptom checks, 1 SARC-F score.'))).toBeInTheDocument();

    await user.click(section.getByRole('radio', { name: 'Everything' }));
    expect(await section.findByText(preview('In the file: 3 tests, 2 measurements, 1 daily log, 2 symptom checks, 1 SARC-F score.'))).toBeInTheDocument();

    await user.click(section.getByRole('checkbox', { name: /Daily logs/ }));
    await user.click(section.getByRole('checkbox', { name: /Symptom checks/ }));
    expect(section.getByText(preview('In the file: 3 tests, 2 measurements, 1 SARC-F score.'))).toBeInTheDocument();
  });

  it('cannot export nothing', async () => {
    const { section } = await openSection();
    expect(await section.findByText(preview('In the file: Nothing to export.'))).toBeInTheDocument();
    expect(section.getByRole('button', { name: 'Export for your clinic' })).toBeDisabled();
  });

  it('downloads one FHIR bundle with a Patient and the chosen results', async () => {
    await seed();
    const { user, section } = await openSection();
    await section.findByText(preview(/In the file: 2 tests/));
    await user.click(section.getByRole('checkbox', { name: /Symptom checks/ }));
    await user.click(section.getByRole('button', { name: 'Export for your clinic' }));

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toBe(`regain-fhir-${todayLocal()}.json`);
    expect(await section.findByRole('status')).toHaveTextContent(`Saved to your downloads: regain-fhir-${todayLocal()}.json, with 6 results.`);
    const bundle = JSON.parse(await downloads[0]!.text()) as Bundle;
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry![0]!.resource).toEqual({ resourceType: 'Patient', gender: 'male', birthDate: '1952' });
    const codes = bundle.entry!.slice(1).map((e) => (e.resource as Observation).code.coding![0]!.code);
    expect(codes.sort()).toEqual(['29463-7', '41950-7', '66247-8', '83173-5', 'five-times-sit-to-stand', 'sarc-f-total']);
    const weight = bundle.entry!.map((e) => e.resource as Observation).find((o) => o.code?.coding?.[0]?.code === '29463-7')!;
    expect(weight.valueQuantity).toEqual({ value: 68.04, unit: 'kg', system: 'http://unitsofmeasure.org', code: 'kg' });
  });
});
