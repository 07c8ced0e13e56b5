import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppRoutes } from '../../../src/app/routes';
import { db } from '../../../src/db/database';
import { recordBackup } from '../../../src/db/backup-stamp';
import { resetDatabase } from '../../db/reset-database';
import { backupText, sampleData, seed, snapshot, uuid } from '../../db/backup-test-data';
import { loadScreens } from '../../support/loaded-app';
import { recordDownloads, type RecordedDownload } from '../../support/recorded-downloads';

// The "Your data" screen, driven as a person would: by role and visible name.

// Whole-screen tests with IndexedDB and a lazy chunk: slow when the full suite runs in parallel.
vi.setConfig({ testTimeout: 20_000 });

let downloads: RecordedDownload[];

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear();
  downloads = recordDownloads();
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

async function openDataScreen() {
  // The screen is a lazy chunk: its code is loaded first, however long that takes.
  await loadScreens('/settings/data');
  const user = userEvent.setup();
  render(
    <MemoryRouter initialEntries={['/settings/data']}>
      <AppRoutes />
    </MemoryRouter>,
  );
  await screen.findByRole('heading', { level: 1, name: 'Your data' });
  return user;
}

const section = (name: string) => screen.getByRole('heading', { level: 2, name }).closest('section')!;
const fileInput = () => screen.getByLabelText<HTMLInputElement>('Choose a backup file');

describe('back up', () => {
  it('downloads one JSON file with everything, and stops reminding', async () => {
    await seed(sampleData());
    const user = await openDataScreen();
    const backup = within(section('Back up'));
    expect(await backup.findByText('You have not made a backup on this phone yet.')).toBeInTheDocument();
    expect(await backup.findByText('It is a good idea to make a backup now.')).toBeInTheDocument();

    await user.click(backup.getByRole('button', { name: 'Back up now' }));

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/^regain-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await downloads[0]!.text());
    expect(file.app).toBe('regain');
    expect(file.tables.entries).toHaveLength(sampleData().entries.length);
    expect(await backup.findByRole('status')).toHaveTextContent(/Backup saved to your downloads: regain-backup-.*\.json, with 20 records/);
    expect(backup.getByText(/Your last backup on this phone was today/)).toBeInTheDocument();
    expect(backup.queryByText('It is a good idea to make a backup now.')).not.toBeInTheDocument();
  });

  it('reminds gently when the last backup is over 30 days old', async () => {
    await seed(sampleData());
    recordBackup(new Date(Date.now() - 45 * 86_400_000));
    await openDataScreen();
    expect(await screen.findByText(/Your last backup on this phone was 45 days ago/)).toBeInTheDocument();
    expect(await screen.findByText('It has been more than 30 days. It is a good idea to make a new backup.')).toBeInTheDocument();
  });

  it('explains that browsers may clear the data of sites that are not installed', async () => {
    await openDataScreen();
    expect(within(section('Back up')).getByText(/Safari on iPhone and iPad especially/)).toBeInTheDocument();
  });
});

describe('restore', () => {
  it('shows what the backup holds, then merges it', async () => {
    await seed({ entries: [sampleData().entries[0]!] });
    const user = await openDataScreen();
    const data = sampleData();
    await user.upload(fileInput(), new File([backupText(data)], 'my-backup.json', { type: 'application/json' }));

    const preview = (await screen.findByRole('heading', { name: 'What this backup holds' })).closest('section')!;
    await waitFor(() => expect(preview.querySelector('h3')).toHaveFocus());
    expect(preview).toHaveTextContent(/my-backup\.json was made with Regain 0\.1\.0 on/);
    expect(within(preview).getByText('Weight: 1')).toBeInTheDocument();
    expect(within(preview).getByText('30-second chair stand: 2')).toBeInTheDocument();
    expect(within(preview).getByText('Red-flag checks: 1')).toBeInTheDocument();
    expect(within(preview).getByText(/From 31 October 2026 to 20 November 2026/)).toBeInTheDocument();
    expect(within(preview).getByRole('radio', { name: /Add to what is on this phone/ })).toBeChecked();

    await user.click(within(preview).getByRole('button', { name: 'Restore this backup' }));

    expect(await screen.findByText(/^Restored\./)).toHaveTextContent(
      'Restored. 19 new records were added; 0 records were updated to the backup\'s newer edit; 1 record on this phone was already up to date and kept.',
    );
    expect(await db.entries.count()).toBe(data.entries.length);
  });

  it('asks before replacing, says what will be lost, and Cancel changes nothing', async () => {
    await seed(sampleData());
    const before = await snapshot();
    const user = await openDataScreen();
    await user.upload(fileInput(), new File([backupText({ entries: [{ ...sampleData().entries[2]!, id: uuid(4242) }] })], 'b.json'));
    await screen.findByRole('heading', { name: 'What this backup holds' });

    await user.click(screen.getByRole('radio', { name: /Replace everything on this phone/ }));
    await user.click(screen.getByRole('button', { name: 'Replace with this backup…' }));
    const confirm = screen.getByRole('group', { name: 'Replace everything on this phone?' });
    expect(within(confirm).getByRole('heading', { name: 'Replace everything on this phone?' })).toHaveFocus();
    // The phone's own count is read live: wait for it (it says "everything" until then, never "0").
    await waitFor(() => expect(confirm).toHaveTextContent('This deletes the 20 records on this phone now'));
    expect(within(confirm).getByRole('button', { name: 'Back up this phone first' })).toBeInTheDocument();

    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Replace with this backup…' })).toHaveFocus();
    expect(await snapshot()).toEqual(before);

    await user.click(screen.getByRole('button', { name: 'Replace with this backup…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, replace everything' }));
    expect(await screen.findByText(/This phone now holds exactly what the backup holds: 1 record\./)).toBeInTheDocument();
    expect((await db.entries.toArray()).map((e) => e.id)).toEqual([uuid(4242)]);
    expect(await db.profile.count()).toBe(0);

    // Undo puts back exactly what the phone had.
    await user.click(screen.getByRole('button', { name: 'Undo this restore' }));
    expect(await screen.findByText('The restore was undone: this phone holds exactly what it had before.')).toBeInTheDocument();
    expect(await snapshot()).toEqual(before);
    expect(screen.queryByRole('button', { name: 'Undo this restore' })).not.toBeInTheDocument();
  });

  it('refuses a bad file with a message naming the problem, shown as text, and changes nothing', async () => {
    await seed(sampleData());
    const before = await snapshot();
    const user = await openDataScreen();
    const data = sampleData();
    const bad = backupText({ ...data, entries: data.entries.map((e, i) => (i === 3 ? { ...e, note: '<img src=x onerror="alert(1)">' } : e)) });
    await user.upload(fileInput(), new File([bad], '<b>evil</b>.json'));

    const result = await screen.findByText(/^This backup was not restored:/);
    const box = result.closest('.data-problem')!;
    expect(box).toHaveTextContent(
      'The 1st five-times sit-to-stand result, dated 7 Nov 2026: its note contains HTML (such as <b> or <script>), which Regain never writes. This backup cannot be restored as it is. Nothing on this phone was changed. Try another backup file.',
    );
    expect(box).toHaveTextContent('<b>evil</b>.json');
    // Where in the file, for someone helping: folded away under "Details".
    const details = within(box as HTMLElement).getByText('Details').closest('details')!;
    expect(details).not.toHaveAttribute('open');
    expect(details).toHaveTextContent('table entries, row 4, field note');
    expect(document.querySelector('img, b')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'What this backup holds' })).not.toBeInTheDocument();
    expect(await snapshot()).toEqual(before);
  });

  it('shows a file name and a version from the file isolated, without the direction controls that would turn the sentence around', async () => {
    const user = await openDataScreen();
    const text = backupText(sampleData(), { appVersion: '0.1.0\u202E' });
    await user.upload(fileInput(), new File([text], 'ok\u202Egnp.json', { type: 'application/json' }));

    const preview = (await screen.findByRole('heading', { name: 'What this backup holds' })).closest('section')!;
    const sentence = within(preview).getByText(/was made with Regain/);
    const isolated = [...sentence.querySelectorAll('bdi')].map((bdi) => bdi.textContent);
    expect(isolated).toEqual(['okgnp.json', '0.1.0']);
    expect(sentence.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('refuses a file that is not a backup', async () => {
    const user = await openDataScreen();
    await user.upload(fileInput(), new File(['date,weight\n2026-01-01,70'], 'weights.json'));
    const result = await screen.findByText(/^This backup was not restored:/);
    expect(result.closest('.data-problem')).toHaveTextContent('This backup was not restored: weights.json');
    expect(result.closest('.data-problem')).toHaveTextContent('This file is not a Regain backup, or it is damaged');
    expect(result.closest('.data-problem')).not.toHaveTextContent('JSON');
  });
});

describe('spreadsheet files', () => {
  it('offers one CSV file per kind of record and downloads the one chosen', async () => {
    await seed(sampleData());
    const user = await openDataScreen();
    const csv = within(section('Spreadsheet files'));
    const names = (await csv.findAllByRole('button')).map((b) => b.textContent);
    expect(names).toContain('Weight (1 row)');
    expect(names).toContain('Symptom check-ins (1 row)');
    expect(names).toHaveLength(12);

    for (const button of csv.getAllByRole('button')) {
      await user.click(button);
      await waitFor(() => expect(csv.getByRole('status')).toHaveTextContent(/Saved to your downloads/));
    }
    expect(downloads).toHaveLength(12);
    const weight = downloads.find((d) => d.name.startsWith('regain-weight-'))!;
    expect(await weight.text()).toContain('"date","weight_kg","note"');
  });
});

describe('storage status', () => {
  it('says whether storage is persistent and how much is used, and asks for persistence', async () => {
    let persisted = false;
    const persist = vi.fn(async () => (persisted = true));
    Object.defineProperty(navigator, 'storage', {
      configurable: true,
      value: { persisted: async () => persisted, persist, estimate: async () => ({ usage: 2.5 * 1024 * 1024, quota: 2 * 1024 ** 3 }) },
    });
    const user = await openDataScreen();
    const storage = within(section('Storage on this phone'));
    expect(await storage.findByText(/^Not protected yet/)).toBeInTheDocument();
    expect(storage.getByText(/use about 2\.5 MB of the 2\.0 GB this browser allows/)).toBeInTheDocument();

    await user.click(storage.getByRole('button', { name: 'Ask the browser to keep my data' }));
    expect(persist).toHaveBeenCalledTimes(1);
    expect(await storage.findByText(/^Protected: the browser has agreed/)).toBeInTheDocument();
    expect(storage.getByRole('status')).toHaveTextContent('Done: the browser will keep Regain’s data.');
  });

  it('says so when the browser does not report storage', async () => {
    await openDataScreen();
    expect(await within(section('Storage on this phone')).findByText(/This browser does not say how it stores/)).toBeInTheDocument();
  });
});

describe('delete everything', () => {
  it('names what will be lost, offers a backup first, and deletes only when confirmed', async () => {
    await seed(sampleData());
    const user = await openDataScreen();
    const del = within(section('Delete everything'));
    await screen.findByText('On this phone: 20 records.');

    await user.click(del.getByRole('button', { name: 'Delete everything…' }));
    const confirm = del.getByRole('group', { name: 'Delete everything?' });
    expect(within(confirm).getByRole('heading')).toHaveFocus();
    expect(confirm).toHaveTextContent('Your profile: year of birth, sex, height, units and region');
    expect(confirm).toHaveTextContent('11 entries (30-second chair stand 2, daily sit-to-stands 1');
    expect(confirm).toHaveTextContent('Red-flag checks: 1');
    expect(confirm).toHaveTextContent('It cannot be undone');

    await user.click(within(confirm).getByRole('button', { name: 'Back up first' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(await db.entries.count()).toBe(11);

    await user.keyboard('{Escape}');
    expect(del.getByRole('button', { name: 'Delete everything…' })).toHaveFocus();
    expect(await db.entries.count()).toBe(11);

    await user.click(del.getByRole('button', { name: 'Delete everything…' }));
    await user.click(del.getByRole('button', { name: 'Delete everything' }));
    // Focus moves in an effect after the message renders: wait for it, not for the text alone.
    const done = await del.findByText('Everything is deleted. Regain is empty, as on the first day.');
    await waitFor(() => expect(done).toHaveFocus());
    expect(Object.values(await snapshot()).flat()).toEqual([]);
    expect(await screen.findByText('On this phone: 0 records.')).toBeInTheDocument();
  });
});
