import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { addEntry } from '../../../src/db/entries-repository';
import { saveProfile } from '../../../src/db/profile-repository';
import { resetDatabase } from '../../db/reset-database';
import { daysAgo, renderApp, today } from '../render-app';

// Whole-app renders with many typed fields: slow when the full suite shares the machine.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(resetDatabase);

const repsBox = () => screen.findByRole('spinbutton', { name: 'Reps to log for today' });

describe('Today: quick count', () => {
  it('logs two reps with +, +, Save and lists them under the counter', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await repsBox();
    await user.click(screen.getByRole('button', { name: 'Plus one' }));
    await user.click(screen.getByRole('button', { name: 'Plus one' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Saved: 2 sit-to-stand reps today.')).toBeInTheDocument();
    const logged = screen.getByRole('region', { name: 'Logged today' });
    expect(await within(logged).findByText(/Sit-to-stand reps:/)).toHaveTextContent('Sit-to-stand reps: 2');
    const stored = await db.entries.toArray();
    expect(stored).toEqual([expect.objectContaining({ kind: 'sit-to-stand-count', reps: 2, day: today() })]);
  });

  it('starts at the last count logged, so the same number again is one tap', async () => {
    const user = userEvent.setup({ delay: null });
    await addEntry({ kind: 'sit-to-stand-count', day: daysAgo(1), reps: 12 });
    renderApp('/');
    await screen.findByText('Starts at your last count, 12.');
    expect(await repsBox()).toHaveValue(12);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved: 12 sit-to-stand reps today.');
    expect(await db.entries.where('day').equals(today()).toArray()).toEqual([expect.objectContaining({ reps: 12 })]);
  });

  it('logs a shaky double tap on Save only once', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await repsBox();
    await user.click(screen.getByRole('button', { name: 'Plus one' }));
    await user.dblClick(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved: 1 sit-to-stand rep today.');
    expect(await db.entries.count()).toBe(1);
  });

  it('refuses a typed count that is out of range, says what is allowed beside it, and saves nothing', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    const box = await repsBox();
    await user.clear(box);
    await user.type(box, '600');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(box).toHaveAccessibleDescription(expect.stringContaining('Enter a number of sit-to-stands between 0 and 500.'));
    expect(box).toHaveFocus();
    expect(await db.entries.count()).toBe(0);
  });

  it('takes back a set saved by mistake with Undo', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await repsBox();
    await user.click(screen.getByRole('button', { name: 'Plus one' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(await screen.findByRole('button', { name: 'Undo' }));
    await screen.findByText('Removed. That set is no longer logged.');
    expect(await db.entries.count()).toBe(0);
    expect(await screen.findByText('Nothing yet today.')).toBeInTheDocument();
  });

  it('adds up several sets and shows other entries of the day in the person’s units', async () => {
    await saveProfile({ units: 'imperial' });
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 8 });
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 6 });
    await addEntry({ kind: 'weight', day: today(), kg: 150 * 0.45359237 });
    await addEntry({ kind: 'steps', day: daysAgo(1), steps: 3000 });
    renderApp('/');
    const logged = await screen.findByRole('region', { name: 'Logged today' });
    expect(await within(logged).findByText(/in total/)).toHaveTextContent('Sit-to-stand reps in total: 14');
    expect(within(logged).getByText(/Body weight/)).toHaveTextContent('Body weight: 150 lb');
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
