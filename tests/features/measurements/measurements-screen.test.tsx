import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { saveProfile } from '../../../src/db/profile-repository';
import { addDays } from '../../../src/domain/dates';
import { resetDatabase } from '../../db/reset-database';
import { daysAgo, renderApp, today } from '../render-app';

// Whole-app renders with many typed fields: slow when the full suite shares the machine.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(resetDatabase);

async function openForm(units: 'metric' | 'imperial') {
  await saveProfile({ units });
  renderApp('/measurements');
  const weightLabel = units === 'imperial' ? 'Body weight (lb)' : 'Body weight (kg)';
  await screen.findByLabelText(weightLabel);
  return userEvent.setup({ delay: null });
}

const save = () => screen.getByRole('button', { name: 'Save' });

describe('Measurements', () => {
  it('in imperial, says beside the field what weight is allowed in pounds, and saves nothing until it is right', async () => {
    const user = await openForm('imperial');
    await user.type(screen.getByLabelText('Left calf (in)'), '14');
    const weight = screen.getByLabelText('Body weight (lb)');
    await user.type(weight, '10');
    await user.click(save());

    expect(weight).toHaveAccessibleDescription('Enter a weight between 45 and 771 lb.');
    expect(weight).toHaveAttribute('aria-invalid', 'true');
    expect(weight).toHaveFocus();
    // The valid calf was not saved on its own either: all or nothing.
    expect(await db.entries.count()).toBe(0);

    await user.clear(weight);
    await user.type(weight, '150');
    await user.click(save());
    await screen.findByText('Saved for today:');
    expect(weight).not.toHaveAccessibleDescription();
    expect(await db.entries.count()).toBe(2);
  });

  it('stores a weight typed in pounds as kilograms and shows it back as the same pounds', async () => {
    const user = await openForm('imperial');
    await user.type(screen.getByLabelText('Body weight (lb)'), '150');
    await user.type(screen.getByLabelText('Protein (g)'), '30');
    await user.click(screen.getByRole('radio', { name: 'The whole day' }));
    await user.click(save());

    const summary = (await screen.findByText('Saved for today:')).closest('div')!;
    expect(within(summary).getByText('Body weight: 150 lb')).toBeInTheDocument();
    expect(within(summary).getByText('Protein, whole day: 30 g')).toBeInTheDocument();
    const weight = await db.entries.where('kind').equals('weight').first();
    expect(weight).toMatchObject({ day: today(), kg: 150 * 0.45359237 });
    // The form is empty again for the next time.
    expect(screen.getByLabelText('Body weight (lb)')).toHaveValue(null);
  });

  it('points out a left–right calf difference of 2 cm or more, with a link to the red-flag check', async () => {
    const user = await openForm('metric');
    const calf = screen.getByRole('group', { name: 'Calf' });
    await user.type(within(calf).getByLabelText('Left calf (cm)'), '35');
    await user.type(within(calf).getByLabelText('Right calf (cm)'), '33.5');
    expect(within(calf).queryByText(/differ by/)).not.toBeInTheDocument();

    await user.clear(within(calf).getByLabelText('Right calf (cm)'));
    await user.type(within(calf).getByLabelText('Right calf (cm)'), '33');
    expect(within(calf).getByText('Your left and right calf differ by 2 cm.')).toBeInTheDocument();
    expect(within(calf).getByRole('link', { name: 'Do the red-flag check' })).toHaveAttribute('href', '/symptoms');

    // It is repeated with what was saved, once the form has been cleared.
    await user.click(save());
    const summary = (await screen.findByText('Saved for today:')).closest('div')!;
    expect(within(summary).getByText('Your left and right calf differ by 2 cm.')).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Do the red-flag check' })).toHaveAttribute('href', '/symptoms');
  });

  it('points out a thigh difference measured in inches, giving centimetres too', async () => {
    const user = await openForm('imperial');
    const thigh = screen.getByRole('group', { name: 'Thigh' });
    await user.type(within(thigh).getByLabelText('Left thigh (in)'), '20');
    await user.type(within(thigh).getByLabelText('Right thigh (in)'), '20.8');
    expect(within(thigh).getByText('Your left and right thigh differ by 0.8 in (2 cm).')).toBeInTheDocument();
    // No flag for the upper arm: the fact sheet names calf and thigh only.
    const arm = screen.getByRole('group', { name: 'Upper arm' });
    await user.type(within(arm).getByLabelText('Left upper arm (in)'), '10');
    await user.type(within(arm).getByLabelText('Right upper arm (in)'), '12');
    expect(within(arm).queryByText(/differ by/)).not.toBeInTheDocument();
  });

  it('refuses a date in the future, beside the date', async () => {
    const user = await openForm('metric');
    const date = screen.getByLabelText('Date');
    fireEvent.change(date, { target: { value: addDays(today(), 1) } });
    await user.type(screen.getByLabelText('Steps'), '4000');
    await user.click(save());
    expect(date).toHaveAccessibleDescription(expect.stringContaining('The date cannot be in the future.'));
    expect(await db.entries.count()).toBe(0);
  });

  it('backfills an earlier day', async () => {
    const user = await openForm('metric');
    fireEvent.change(screen.getByLabelText('Date'), { target: { value: daysAgo(3) } });
    await user.type(screen.getByLabelText('Steps'), '4000');
    await user.type(screen.getByLabelText('Note (optional)'), 'Walked to the shop');
    await user.click(save());
    await screen.findByText(/^Saved for /);
    expect(await db.entries.toArray()).toEqual([
      expect.objectContaining({ kind: 'steps', steps: 4000, day: daysAgo(3), note: 'Walked to the shop' }),
    ]);
  });

  it('asks for at least one measurement when the form is empty', async () => {
    const user = await openForm('metric');
    await user.click(save());
    expect(screen.getByText('Fill in at least one measurement, then tap Save.')).toHaveAttribute('role', 'alert');
    expect(await db.entries.count()).toBe(0);
  });
});
