import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { addEntry } from '../../../src/db/entries-repository';
import { saveProfile } from '../../../src/db/profile-repository';
import { KG_PER_LB } from '../../../src/domain/units';
import { resetDatabase } from '../../db/reset-database';
import { daysAgo, renderApp, today } from '../render-app';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** "Sunday 22 November 2026", written out here, not with the formatter under test. */
function longDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return `${WEEKDAYS[new Date(year, month - 1, date).getDay()]} ${date} ${MONTHS[month - 1]} ${year}`;
}

// Whole-app renders with many typed fields: slow when the full suite shares the machine.
vi.setConfig({ testTimeout: 20_000 });

beforeEach(resetDatabase);

/** Opens a saved 4,000-steps entry for editing and types 4500, not yet saved. */
async function editStepsTo4500() {
  const steps = await addEntry({ kind: 'steps', day: daysAgo(1), steps: 4000 });
  const user = userEvent.setup({ delay: null });
  renderApp(`/history/${steps.id}`);
  const value = await screen.findByLabelText('Steps');
  await user.clear(value);
  await user.type(value, '4500');
  return { steps, user };
}

describe('History', () => {
  it('lists every entry under its day, newest day first', async () => {
    await addEntry({ kind: 'steps', day: daysAgo(5), steps: 5200 });
    await addEntry({ kind: 'sit-to-stand-count', day: today(), reps: 10 });
    await addEntry({ kind: 'grip', day: daysAgo(1), side: 'left', kg: 22 });
    renderApp('/history');
    await screen.findByText('Steps:', { exact: false });
    await screen.findByRole('heading', { name: 'Balance and walking tests' });
    const days = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    // The balance and walking tests follow the days, with their own heading.
    expect(days).toEqual(['Today', 'Yesterday', longDate(daysAgo(5)), 'Balance and walking tests']);
    const fiveDaysAgo = screen.getByRole('region', { name: longDate(daysAgo(5)) });
    expect(within(fiveDaysAgo).getByText(/Steps/)).toHaveTextContent('Steps: 5,200');
  });

  it('deletes an entry, and Undo puts it back exactly as it was', async () => {
    await saveProfile({ units: 'imperial' });
    const weight = await addEntry({ kind: 'weight', day: daysAgo(2), kg: 150 * KG_PER_LB, note: 'After breakfast' });
    await addEntry({ kind: 'steps', day: daysAgo(2), steps: 3000 });
    const user = userEvent.setup({ delay: null });
    renderApp('/history');

    const deleteButton = await screen.findByRole('button', { name: /^Delete Body weight: 150 lb/ });
    await user.click(deleteButton);
    expect(await screen.findByText('Deleted Body weight: 150 lb.')).toBeInTheDocument();
    // The list follows the database a moment after the notice: wait for it, on a busy machine too.
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Delete Body weight/ })).not.toBeInTheDocument());
    expect(await db.entries.get(weight.id)).toBeUndefined();
    // The row that had focus is gone, so focus moves to Undo.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Put back Body weight: 150 lb.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^Delete Body weight: 150 lb/ })).toBeInTheDocument();
    expect(await db.entries.get(weight.id)).toEqual(weight);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument());
  });

  it('edits an entry in the person’s units and comes back to History saying so', async () => {
    await saveProfile({ units: 'imperial' });
    const weight = await addEntry({ kind: 'weight', day: daysAgo(1), kg: 150 * KG_PER_LB });
    const user = userEvent.setup({ delay: null });
    renderApp('/history');
    await user.click(await screen.findByRole('link', { name: /^Edit Body weight: 150 lb/ }));

    const value = await screen.findByLabelText('Body weight (lb)');
    expect(value).toHaveValue(150);
    await user.clear(value);
    await user.type(value, '152');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Saved your changes: Body weight: 152 lb.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(await db.entries.get(weight.id)).toMatchObject({ kg: 152 * KG_PER_LB });
  });

  it('an entry changed in another tab meanwhile is not silently overwritten: it asks, and keeps the one chosen', async () => {
    const { steps, user } = await editStepsTo4500();
    // Meanwhile, another tab saves its own change.
    await db.table('entries').put({ ...steps, steps: 6000, updatedAt: new Date(Date.now() + 1000).toISOString() });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert', { name: '' });
    expect(within(alert).getByRole('heading', { name: 'This entry was changed somewhere else' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('It now reads: Steps: 6,000');
    expect(alert).toHaveTextContent('Yours reads: Steps: 4,500');
    expect(await db.entries.get(steps.id)).toMatchObject({ steps: 6000 });

    await user.click(within(alert).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText('Saved your changes: Steps: 4,500.')).toBeInTheDocument();
    expect(await db.entries.get(steps.id)).toMatchObject({ steps: 4500 });
  });

  it('when the other tab changed only the note, the two versions show their notes', async () => {
    const { steps, user } = await editStepsTo4500();
    await db.table('entries').put({ ...steps, note: 'after the walk', updatedAt: new Date(Date.now() + 1000).toISOString() });
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert', { name: '' });
    expect(alert).toHaveTextContent(/It now reads: Steps: [\d,]+, .+, with the note “after the walk”\./);
    expect(alert).toHaveTextContent(/Yours reads: Steps: 4,500, [^“]+\. Which do you want to keep\?/);
  });

  it('an entry deleted in another tab meanwhile can be left deleted', async () => {
    const { steps, user } = await editStepsTo4500();
    await db.entries.delete(steps.id);
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('heading', { name: 'This entry was deleted somewhere else' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Leave it deleted' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'History' })).toBeInTheDocument();
    expect(await db.entries.count()).toBe(0);
  });

  it('keeps a stored value exactly when only the note is changed (no rounding drift)', async () => {
    await saveProfile({ units: 'imperial' });
    // Entered as 68 kg before switching to imperial: shown as 149.9 lb.
    const weight = await addEntry({ kind: 'weight', day: daysAgo(1), kg: 68 });
    const user = userEvent.setup({ delay: null });
    renderApp(`/history/${weight.id}`);
    expect(await screen.findByLabelText('Body weight (lb)')).toHaveValue(149.9);
    await user.type(screen.getByLabelText('Note (optional)'), 'Morning');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await screen.findByText(/Saved your changes/);
    expect(await db.entries.get(weight.id)).toMatchObject({ kg: 68, note: 'Morning' });
  });

  it('refuses an edit out of range with a message in the person’s units, and changes nothing', async () => {
    await saveProfile({ units: 'imperial' });
    const calf = await addEntry({ kind: 'circumference', site: 'calf', side: 'left', day: daysAgo(1), cm: 35 });
    const user = userEvent.setup({ delay: null });
    renderApp(`/history/${calf.id}`);
    const value = await screen.findByLabelText('Measurement (in)');
    await user.clear(value);
    await user.type(value, '140');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(value).toHaveAccessibleDescription('Enter a measurement between 4 and 39.3 in.');
    expect(await db.entries.get(calf.id)).toEqual(calf);
  });

  it('deletes from the edit screen and offers Undo back in History', async () => {
    const steps = await addEntry({ kind: 'steps', day: daysAgo(1), steps: 4100 });
    const user = userEvent.setup({ delay: null });
    renderApp(`/history/${steps.id}`);
    await user.click(await screen.findByRole('button', { name: 'Delete this entry' }));
    expect(await screen.findByText('Deleted Steps: 4,100.')).toBeInTheDocument();
    expect(await db.entries.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByRole('link', { name: /^Edit Steps: 4,100/ })).toBeInTheDocument();
    expect(await db.entries.get(steps.id)).toEqual(steps);
  });

  it('shows a long history a page at a time, whole days only, with a way to older entries', async () => {
    // 200 days of one entry each, and three on the day where the first page ends.
    const rows = Array.from({ length: 200 }, (_, i) => ({ kind: 'steps' as const, day: daysAgo(i), steps: 1000 + i }));
    rows.push({ kind: 'steps', day: daysAgo(149), steps: 9001 }, { kind: 'steps', day: daysAgo(149), steps: 9002 });
    for (const row of rows) await addEntry(row);
    const user = userEvent.setup({ delay: null });
    renderApp('/history');

    expect(await screen.findByText('Showing the newest 152 of 202 entries.')).toBeInTheDocument();
    const oldestShown = screen.getByRole('region', { name: longDate(daysAgo(149)) });
    expect(within(oldestShown).getAllByRole('link', { name: /^Edit Steps/ })).toHaveLength(3);
    expect(screen.queryByRole('region', { name: longDate(daysAgo(150)) })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show older entries' }));
    expect(await screen.findByRole('region', { name: longDate(daysAgo(199)) })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Show older entries' })).not.toBeInTheDocument();
  });

  it('says when there is nothing yet, and offers a way to add an entry for any day', async () => {
    renderApp('/history');
    expect(await screen.findByText(/Nothing logged yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add an entry for any day' })).toHaveAttribute('href', '/measurements');
  });
});
