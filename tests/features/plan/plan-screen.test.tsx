import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import plans from 'virtual:regain-content/plans';
import { db } from '../../../src/db/database';
import { addEntry } from '../../../src/db/entries-repository';
import { addMobilityTest } from '../../../src/db/mobility-repository';
import { sppbScore } from '../../../src/domain/sppb';
import { setPlanItemDone } from '../../../src/db/plan-progress-repository';
import { getProfile, saveProfile } from '../../../src/db/profile-repository';
import { addDays } from '../../../src/domain/dates';
import { planWeek } from '../../../src/domain/plan-week';
import { weekStart } from '../../../src/domain/weekly-aggregation';
import { resetDatabase } from '../../db/reset-database';
import { daysAgo, renderApp, today } from '../render-app';

beforeEach(resetDatabase);

/** Today's "Daily movement" box on the Plan screen (every day has one; today's is marked as the current date). */
async function todaysMovementTick() {
  await saveProfile({ planLevel: 1 });
  renderApp('/plan');
  const day = await screen.findByRole('listitem', { current: 'date' });
  return within(day).getByRole('checkbox', { name: 'Daily movement' });
}

const storedMovement = () => db.planProgress.where('[day+itemId]').equals([today(), 'movement']).first();

describe('ticking off the plan', () => {
  it('shows a tick at once and keeps it in the database', async () => {
    const user = userEvent.setup();
    const tick = await todaysMovementTick();
    await user.click(tick);
    expect(tick).toBeChecked();
    await waitFor(async () => expect(await storedMovement()).toMatchObject({ done: true }));
    expect(tick).toBeChecked();
  });

  it('once the tick is saved, follows the database: an untick from another tab shows', async () => {
    const user = userEvent.setup();
    const tick = await todaysMovementTick();
    await user.click(tick);
    await waitFor(async () => expect(await storedMovement()).toMatchObject({ done: true }));
    // Another tab (or a restored backup) unticks it a moment later.
    await setPlanItemDone(today(), 'movement', false, new Date(Date.now() + 1_000));
    await waitFor(() => expect(tick).not.toBeChecked());
  });

  it('puts a tick back and says why in plain words when the phone is full', async () => {
    const user = userEvent.setup();
    vi.spyOn(db.planProgress, 'put').mockRejectedValueOnce(new Dexie.QuotaExceededError('QuotaExceededError: disk full'));
    const tick = await todaysMovementTick();
    await user.click(tick);
    const day = screen.getByRole('listitem', { current: 'date' });
    const alert = await within(day).findByRole('alert');
    expect(alert).toHaveTextContent(/out of storage space, so this was not saved/);
    // A tick is not an "entry": the message fits whatever failed.
    expect(alert).not.toHaveTextContent(/entry|entries/);
    expect(tick).not.toBeChecked();
    expect(screen.queryByText(/disk full/)).not.toBeInTheDocument();
    expect(await storedMovement()).toBeUndefined();
  });

  it('gives its own plain sentence, never the error’s words, for any other failure, and clears it on the next tick', async () => {
    const user = userEvent.setup();
    vi.spyOn(db.planProgress, 'put').mockRejectedValueOnce(new Error('TransactionInactiveError internal detail'));
    const tick = await todaysMovementTick();
    await user.click(tick);
    expect(await screen.findByText('Sorry, this tick could not be saved. Please try again.')).toBeInTheDocument();
    expect(tick).not.toBeChecked();
    expect(screen.queryByText(/internal detail/)).not.toBeInTheDocument();

    await user.click(tick);
    expect(tick).toBeChecked();
    expect(screen.queryByText('Sorry, this tick could not be saved. Please try again.')).not.toBeInTheDocument();
    await waitFor(async () => expect(await storedMovement()).toMatchObject({ done: true }));
  });
});

describe('the plan’s other settings, when they cannot be saved', () => {
  const phoneFull = () => vi.spyOn(db.profile, 'put').mockRejectedValueOnce(new Dexie.QuotaExceededError('QuotaExceededError: disk full'));

  it('keeps the level picker open and says why when the level is not saved', async () => {
    const user = userEvent.setup();
    renderApp('/plan');
    await user.click(await screen.findByRole('radio', { name: /^1\./ }));
    phoneFull();
    await user.click(screen.getByRole('button', { name: 'Use this level' }));
    expect(await screen.findByText(/^Your phone is out of storage space/)).toHaveAttribute('role', 'alert');
    expect(screen.getByRole('button', { name: 'Use this level' })).toBeInTheDocument();
    expect((await getProfile()).planLevel).toBeUndefined();
  });

  it('keeps the level and says why when "Move to level" is not saved', async () => {
    const user = userEvent.setup();
    // Two full weeks on level 1, chosen a month ago: Regain suggests level 2.
    await saveProfile({ planLevel: 1, planLevelChosenOn: daysAgo(30) });
    const plan = plans.find((p) => p.level === 1)!;
    for (const monday of [addDays(weekStart(today()), -14), addDays(weekStart(today()), -7)]) {
      for (const day of planWeek(plan, monday, { proteinTarget: false })) {
        for (const item of day.items) await setPlanItemDone(day.day, item.id, true);
      }
    }
    renderApp('/plan');
    const move = await screen.findByRole('button', { name: 'Move to level 2' });
    phoneFull();
    await user.click(move);
    expect(await screen.findByText(/^Your phone is out of storage space/)).toHaveAttribute('role', 'alert');
    expect((await getProfile()).planLevel).toBe(1);
  });

  it('puts the "I exercise most weeks" tick back and says why when it is not saved', async () => {
    const user = userEvent.setup();
    await saveProfile({ planLevel: 1 });
    await addEntry({ kind: 'weight', day: today(), kg: 70 });
    renderApp('/plan');
    const tick = await screen.findByRole('checkbox', { name: 'I exercise most weeks, or I am recovering from an illness' });
    phoneFull();
    await user.click(tick);
    expect(await screen.findByText(/^Your phone is out of storage space/)).toHaveAttribute('role', 'alert');
    expect(tick).not.toBeChecked();

    await user.click(tick);
    await waitFor(async () => expect((await getProfile()).exercisingOrRecovering).toBe(true));
    expect(tick).toBeChecked();
    expect(screen.queryByText(/out of storage space/)).not.toBeInTheDocument();
  });

  it('makes no calendar file and says why when the reminder time is not saved', async () => {
    const user = userEvent.setup();
    await saveProfile({ planLevel: 1 });
    const makeFile = vi.spyOn(URL, 'createObjectURL');
    renderApp('/plan');
    phoneFull();
    await user.click(await screen.findByRole('button', { name: 'Add to my calendar' }));
    expect(await screen.findByText(/^Your phone is out of storage space/)).toHaveAttribute('role', 'alert');
    expect(makeFile).not.toHaveBeenCalled();
  });
});

describe('the suggested starting level', () => {
  it('follows a low SPPB over a chair stand that meets its line, and says why', async () => {
    await saveProfile({ yearOfBirth: new Date().getFullYear() - 72, sex: 'female' });
    await addEntry({ kind: 'chair-stand-30s', day: today(), reps: 12, usedArms: false });
    const holds = { sideBySide: 10, semiTandem: 10, tandem: 2 };
    const s = sppbScore(holds, 7, 20); // 2 + 2 + 1 = 5
    await addMobilityTest({ kind: 'sppb', holds, courseMetres: 4, walkSeconds: 7, fiveStandsSeconds: 20, balanceScore: s.balance, walkScore: s.walk, chairStandsScore: s.chairStands, total: s.total });
    renderApp('/plan');
    expect(await screen.findByText(/Your latest SPPB score was 5 out of 12\. 8 or fewer is the line for low physical performance/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /^1\. .*\(suggested\)/ })).toBeInTheDocument();
  });
});
