import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry } from '../../../src/db/entries-repository';
import { firstRunState } from '../../../src/db/first-run';
import { getProfile } from '../../../src/db/profile-repository';
import { resetDatabase } from '../../db/reset-database';
import { renderApp, today } from '../render-app';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear(); // a phone that has never opened Regain
});

const heading = (name: string) => screen.findByRole('heading', { level: 1, name });

describe('First run', () => {
  it('walks a new user through four short steps, saving each, and lands on Today', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/');
    await heading('Welcome to Regain');
    expect(screen.getByText('Step 1 of 4')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /sit-to-stand|chair/i })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('About you');
    await user.type(await screen.findByLabelText('Year of birth'), '1952');
    await user.click(screen.getByRole('radio', { name: 'Female' }));
    await user.click(screen.getByRole('radio', { name: 'Imperial (lb, feet and inches)' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('Your country');
    expect(await getProfile()).toMatchObject({ yearOfBirth: 1952, sex: 'female', units: 'imperial' });
    await user.selectOptions(await screen.findByLabelText('The country you are in'), 'United Kingdom');
    expect(screen.getByText(/In an emergency, call/)).toHaveTextContent('In an emergency, call 999.');
    await user.click(screen.getByRole('button', { name: 'Next' }));

    await heading('Keep Regain on your phone');
    expect((await getProfile()).region).toBe('GB');
    await user.click(screen.getByRole('button', { name: 'Start using Regain' }));

    await heading('Today');
    expect(firstRunState()).toBe('done');
  });

  it('refuses a year of birth in the future on the About you step, and moves on without one', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/welcome?step=2');
    await heading('About you');
    await user.type(await screen.findByLabelText('Year of birth'), String(new Date().getFullYear() + 2));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByLabelText('Year of birth')).toHaveAccessibleDescription(expect.stringContaining('Enter a year of birth between 1900'));
    await user.clear(screen.getByLabelText('Year of birth'));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await heading('Your country');
  });

  it('can be skipped from the first screen, and does not come back', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderApp('/');
    await heading('Welcome to Regain');
    await user.click(screen.getByRole('button', { name: 'Skip, go to Today' }));
    await heading('Today');
    expect(firstRunState()).toBe('skipped');
    unmount();

    renderApp('/');
    await heading('Today');
    await screen.findByText('No sets logged yet today.');
    expect(screen.queryByRole('heading', { name: 'Welcome to Regain' })).not.toBeInTheDocument();
  });

  it('is not shown to someone who already has entries (an update, a restored backup)', async () => {
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 5 });
    renderApp('/');
    await screen.findByText(/Today so far:/);
    expect(screen.queryByRole('heading', { name: 'Welcome to Regain' })).not.toBeInTheDocument();
    expect(firstRunState()).toBe('done');
  });

  it('can be shown again from Settings', async () => {
    localStorage.setItem('regain-first-run', 'done');
    const user = userEvent.setup({ delay: null });
    renderApp('/settings');
    await user.click(await screen.findByRole('link', { name: 'Show the welcome steps again' }));
    await heading('Welcome to Regain');
  });
});
