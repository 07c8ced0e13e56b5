import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addEntry } from '../../../src/db/entries-repository';
import { getProfile, saveProfile } from '../../../src/db/profile-repository';
import { KG_PER_LB } from '../../../src/domain/units';
import { resetDatabase } from '../../db/reset-database';
import { daysAgo, renderApp } from '../render-app';

// Whole-app renders with many typed fields: slow when the full suite shares the machine.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(resetDatabase);

describe('Settings', () => {
  it('saves a choice the moment it is made, says so under it, and Undo puts it back', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/settings');
    await user.click(await screen.findByRole('radio', { name: 'Male' }));
    expect(await screen.findByText('Saved: sex set to Male.')).toBeInTheDocument();
    expect((await getProfile()).sex).toBe('male');
    expect(screen.queryByRole('button', { name: /^Save/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByText('Undone. The setting is back as it was.');
    expect((await getProfile()).sex).toBe('unspecified');
    expect(screen.getByRole('radio', { name: 'Prefer not to say' })).toBeChecked();
  });

  it('switching units changes the height shown, and once saved every screen shows pounds', async () => {
    await saveProfile({ units: 'metric', heightCm: 170 });
    await addEntry({ kind: 'weight', day: daysAgo(1), kg: 150 * KG_PER_LB });
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderApp('/settings');
    expect(await screen.findByLabelText('Height (cm)')).toHaveValue(170);

    await user.click(screen.getByRole('radio', { name: 'Imperial (lb, feet and inches)' }));
    expect(screen.getByLabelText('Feet')).toHaveValue(5);
    expect(screen.getByLabelText('Inches')).toHaveValue(6.9);
    // Back and forth without typing: no rounding creeps in.
    await user.click(screen.getByRole('radio', { name: 'Metric (kg, cm)' }));
    expect(screen.getByLabelText('Height (cm)')).toHaveValue(170);
    await user.click(screen.getByRole('radio', { name: 'Imperial (lb, feet and inches)' }));

    expect(await screen.findByText('Saved: units set to Imperial (lb, feet and inches).')).toBeInTheDocument();
    expect(await getProfile()).toMatchObject({ units: 'imperial', heightCm: 170 });
    unmount();

    renderApp('/history');
    // Stored data arrives in a transition: wait for the text, not just the element.
    await waitFor(() => expect(screen.getByText(/Body weight/)).toHaveTextContent('Body weight: 150 lb'));
  });

  it('saves a height typed in feet and inches, and shows it back the same', async () => {
    await saveProfile({ units: 'imperial' });
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Feet'), '5');
    await user.type(screen.getByLabelText('Inches'), '7.5');
    // Moving from feet to inches is still the same height: nothing saved yet.
    expect((await getProfile()).heightCm).toBeUndefined();
    await user.tab();
    await screen.findByText('Saved: height updated.');
    expect((await getProfile()).heightCm).toBeCloseTo(171.45, 9);
    unmount();

    renderApp('/settings');
    expect(await screen.findByLabelText('Feet')).toHaveValue(5);
    expect(screen.getByLabelText('Inches')).toHaveValue(7.5);
  });

  it('refuses a height out of range with a message in feet and inches, and keeps the old profile', async () => {
    await saveProfile({ units: 'imperial', heightCm: 170 });
    const user = userEvent.setup({ delay: null });
    renderApp('/settings');
    const feet = await screen.findByLabelText('Feet');
    await user.clear(feet);
    await user.type(feet, '9');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('group', { name: 'Height' })).toHaveAccessibleDescription(
      'Enter a height between 1 ft 8 in and 8 ft 2 in.',
    );
    expect((await getProfile()).heightCm).toBe(170);
  });

  it('refuses a year of birth in the future, beside the field', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp('/settings');
    const year = await screen.findByLabelText('Year of birth');
    await user.type(year, String(new Date().getFullYear() + 1));
    await user.tab();
    await waitFor(() => expect(year).toHaveAccessibleDescription(
      `To compare your results with people of your age. Enter a year of birth between 1900 and ${new Date().getFullYear()}.`,
    ));
    expect((await getProfile()).yearOfBirth).toBeUndefined();
  });

  it('saves year of birth, sex, region and kidney disease, and can clear the year again', async () => {
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderApp('/settings');
    await user.type(await screen.findByLabelText('Year of birth'), '1948');
    await user.click(screen.getByRole('radio', { name: 'Female' }));
    await screen.findByText('Saved: sex set to Female.');
    await user.selectOptions(screen.getByLabelText('Where you live'), 'United Kingdom');
    await screen.findByText('Saved: where you live set to United Kingdom.');
    await user.click(screen.getByRole('radio', { name: 'Yes' }));
    await screen.findByText('Saved: kidney disease yes.');
    expect(await getProfile()).toMatchObject({ yearOfBirth: 1948, sex: 'female', region: 'GB', kidneyDisease: true });
    unmount();

    renderApp('/settings');
    await user.clear(await screen.findByLabelText('Year of birth'));
    await user.keyboard('{Enter}');
    await screen.findByText('Saved: year of birth cleared.');
    expect((await getProfile()).yearOfBirth).toBeUndefined();
  });

  it('leads to backing up, sharing or deleting the data', async () => {
    renderApp('/settings');
    await screen.findByLabelText('Year of birth');
    expect(screen.getByRole('link', { name: 'Back up, share or delete your data' })).toHaveAttribute('href', '/settings/data');
  });
});
