import { screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { recordBackup } from '../../../src/db/backup-stamp';
import { db } from '../../../src/db/database';
import { markFirstRun } from '../../../src/db/first-run';
import { addEntry } from '../../../src/db/entries-repository';
import { saveProfile } from '../../../src/db/profile-repository';
import { resetDatabase } from '../../db/reset-database';
import { daysAgo, renderApp, today } from '../render-app';

// Whole-app renders with many typed fields: slow when the full suite shares the machine.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(async () => {
  await resetDatabase();
  // Backup stamps live in localStorage: start each test without any.
  localStorage.clear();
  markFirstRun('done');
});

const repsBox = () => screen.findByRole('spinbutton', { name: 'Reps in this set' });
const saveSet = () => screen.getByRole('button', { name: 'Save this set' });
const plus = (user: ReturnType<typeof userEvent.setup>, times: number) =>
  (async () => {
    for (let i = 0; i < times; i += 1) await user.click(screen.getByRole('button', { name: 'Plus one' }));
  })();
const storedReps = async () => (await db.entries.toArray()).map((entry) => (entry.kind === 'sit-to-stand-count' ? entry.reps : null));

describe('Today: sit-to-stands, set by set', () => {
  it('logs a set with +, +, Save, lists it with its time, and starts the next set at 0', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await repsBox();
    await plus(user, 2);
    await user.click(saveSet());

    expect(await screen.findByText('Saved a set of 2. Today: 2 reps in 1 set.')).toBeInTheDocument();
    expect(await repsBox()).toHaveValue(0);
    // Stored data arrives in a transition: wait for the text, not just the element.
    await waitFor(() => expect(screen.getByText(/Today so far:/)).toHaveTextContent('Today so far: 2 reps in 1 set'));
    const logged = await screen.findByRole('region', { name: 'Logged today' });
    const line = await within(logged).findByText(/Sit-to-stand reps:/);
    expect(line.closest('li')).toHaveTextContent(/^\d{1,2}[:.]\d{2}.*Sit-to-stand reps: 2$/);
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ kind: 'sit-to-stand-count', reps: 2, day: today() })]);
  });

  it('counts 10 and then 8 more as 18 for the day, never 28', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await repsBox();
    await plus(user, 10);
    await user.click(saveSet());
    await screen.findByText('Saved a set of 10. Today: 10 reps in 1 set.');
    await plus(user, 8);
    expect(await repsBox()).toHaveValue(8);
    await user.click(saveSet());
    await screen.findByText('Saved a set of 8. Today: 18 reps in 2 sets.');
    // Stored data arrives in a transition: wait for the text, not just the element.
    await waitFor(() => expect(screen.getByText(/Today so far:/)).toHaveTextContent('Today so far: 18 reps in 2 sets'));
    expect((await storedReps()).sort()).toEqual([10, 8].sort());
  });

  it('saves a shaky double tap once, but a new count right after is saved too', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await repsBox();
    await plus(user, 1);
    await user.dblClick(saveSet());
    await screen.findByText('Saved a set of 1. Today: 1 rep in 1 set.');
    expect(await db.entries.count()).toBe(1);
    // The box was cleared, so the second tap of the double tap says nothing about 0 either.
    expect(screen.queryByText(/A set of 0 is not saved/)).not.toBeInTheDocument();

    await plus(user, 3);
    await user.click(saveSet());
    await screen.findByText('Saved a set of 3. Today: 4 reps in 2 sets.');
    expect(await db.entries.count()).toBe(2);
  });

  it('refuses a set of 0 with a message and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    const box = await repsBox();
    await user.click(saveSet());
    expect(box).toHaveAccessibleDescription(expect.stringContaining('A set of 0 is not saved.'));
    expect(box).toHaveFocus();
    expect(await db.entries.count()).toBe(0);
  });

  it('refuses a typed count that is out of range, says what is allowed beside it, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    const box = await repsBox();
    await user.clear(box);
    await user.type(box, '600');
    await user.click(saveSet());
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Enter a number of reps between 1 and 500.'));
    expect(box).toHaveFocus();
    expect(await db.entries.count()).toBe(0);
  });

  it('takes back a set saved by mistake with Undo', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await repsBox();
    await plus(user, 1);
    await user.click(saveSet());
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('Removed. That set is no longer logged.');
    expect(await db.entries.count()).toBe(0);
    expect(await screen.findByText('Nothing yet today.')).toBeInTheDocument();
    expect(screen.getByText('No sets logged yet today.')).toBeInTheDocument();
  });

  it('adds up the day’s sets and shows other entries of the day in the person’s units', async () => {
    await saveProfile({ units: 'imperial' });
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 8 });
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 6 });
    await addEntry({ kind: 'weight', day: today(), kg: 150 * 0.45359237 });
    await addEntry({ kind: 'steps', day: daysAgo(1), steps: 3000 });
    renderApp('/');
    // Stored data arrives in a transition: wait for the text, not just the element.
    await waitFor(() => expect(screen.getByText(/Today so far:/)).toHaveTextContent('Today so far: 14 reps in 2 sets'));
    const logged = await screen.findByRole('region', { name: 'Logged today' });
    await waitFor(() => expect(within(logged).getByText(/Body weight/)).toHaveTextContent('Body weight: 150 lb'));
    expect(within(logged).queryByText(/Steps/)).not.toBeInTheDocument();
  });

  it('links to the two strength tests, measurements and history', async () => {
    renderApp('/');
    await repsBox();
    const links = {
      '30-second chair stand test': '/tests/chair-stand',
      'Five-times sit-to-stand': '/tests/five-times-sit-to-stand',
      'Add a measurement': '/measurements',
      History: '/history',
    };
    for (const [name, href] of Object.entries(links)) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });
});

describe('Today: this week', () => {
  it('marks the days of this week with sit-to-stands and gives the week’s reps and a typical day’s steps', async () => {
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 8 });
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 4 });
    await addEntry({ kind: 'steps', day: today(), steps: 4000 });
    await addEntry({ kind: 'sit-to-stand-count', day: daysAgo(8), reps: 50 }); // last week: not counted
    renderApp('/');
    const week = await screen.findByRole('region', { name: 'This week' });
    await waitFor(() => expect(within(week).getByText(/Sit-to-stands on/)).toHaveTextContent('Sit-to-stands on 1 day: 12 reps'));
    expect(within(week).getByText(/Steps:/)).toHaveTextContent('Steps: about 4,000 a day (1 day logged)');
    expect(within(week).getByRole('listitem', { name: /today: 12 reps$/ })).toBeInTheDocument();
    expect(within(week).getAllByRole('listitem')).toHaveLength(7);
  });
});

describe('Today: backup reminder', () => {
  it('asks for a backup after 30 days of entries without one, and “Not now” puts it off', async () => {
    const user = userEvent.setup({ delay: null });
    await addEntry({ kind: 'sit-to-stand-count', day: daysAgo(40), reps: 8 });
    renderApp('/');
    const reminder = await screen.findByRole('region', { name: 'Time for a backup' });
    expect(within(reminder).getByRole('link', { name: 'Back up now' })).toHaveAttribute('href', '/settings/data');
    await user.click(within(reminder).getByRole('button', { name: 'Not now' }));
    expect(screen.queryByRole('region', { name: 'Time for a backup' })).not.toBeInTheDocument();
  });

  it('does not ask when the last backup is recent, or when there is nothing to back up', async () => {
    recordBackup(new Date(Date.now() - 10 * 24 * 3600 * 1000));
    await addEntry({ kind: 'sit-to-stand-count', day: daysAgo(40), reps: 8 });
    renderApp('/');
    await screen.findByText(/Today so far:|No sets logged yet today/);
    await screen.findByRole('region', { name: 'This week' });
    expect(screen.queryByRole('region', { name: 'Time for a backup' })).not.toBeInTheDocument();
  });
});
