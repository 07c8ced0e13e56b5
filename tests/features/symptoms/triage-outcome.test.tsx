import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../src/db/database';
import { addEntry } from '../../../src/db/entries-repository';
import { getProfile, saveProfile } from '../../../src/db/profile-repository';
import { addDays, todayLocal } from '../../../src/domain/dates';
import { QUESTIONS } from '../../../src/features/symptoms/triage-content';
import { renderSymptoms, resetSymptoms } from './render-symptoms';

beforeEach(resetSymptoms);

// Each test taps through real screens; on a busy machine that can pass 5 s.
const SLOW = { timeout: 30_000 };

const today = todayLocal();
const firstUrgent = QUESTIONS.findIndex((q) => q.level === 'urgent');

/** Answers every question the same way, apart from the ones named. */
async function runCheck(answers: Record<number, 'Yes' | 'Not sure'> = {}) {
  const user = userEvent.setup();
  renderSymptoms('/symptoms/check');
  await screen.findByRole('heading', { level: 1, name: 'Check your symptoms' });
  for (let i = 0; i < QUESTIONS.length; i += 1) {
    const group = screen.queryByRole('group', { name: QUESTIONS[i]!.text });
    if (!group) break; // the outcome came early (emergency)
    await user.click(within(group).getByRole('button', { name: answers[i] ?? 'No' }));
  }
  return user;
}

function tellSection() {
  return screen.getByRole('region', { name: 'What to tell them' });
}

describe('the emergency outcome', SLOW, () => {
  it('uses the number the person saved, and lets them change it there', async () => {
    await saveProfile({ emergencyNumber: '000' });
    const user = await runCheck({ 0: 'Yes' });
    const call = await screen.findByRole('link', { name: 'Call 000 now' });
    expect(call).toHaveAttribute('href', 'tel:000');
    // The content's {emergencyNumber} is filled in, never shown as braces.
    expect(screen.queryByText(/\{emergencyNumber\}/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Change your emergency number/ }));
    const field = screen.getByLabelText('Your emergency number');
    await user.clear(field);
    await user.type(field, '112');
    await user.click(screen.getByRole('button', { name: 'Save number' }));
    expect(await screen.findByRole('link', { name: 'Call 112 now' })).toHaveAttribute('href', 'tel:112');
    expect((await getProfile()).emergencyNumber).toBe('112');
  });

  it('refuses a number with letters in it and keeps the old one', async () => {
    await saveProfile({ emergencyNumber: '999' });
    const user = await runCheck({ 0: 'Yes' });
    await screen.findByRole('link', { name: 'Call 999 now' });
    await user.click(screen.getByRole('button', { name: /^Change your emergency number/ }));
    const field = screen.getByLabelText('Your emergency number');
    await user.clear(field);
    await user.type(field, 'nine');
    await user.click(screen.getByRole('button', { name: 'Save number' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the number using digits only');
    expect(field).toHaveAccessibleDescription(/digits only/);
    expect((await getProfile()).emergencyNumber).toBe('999');
  });

  it('defaults to the number for the browser language’s region when none is saved', async () => {
    // jsdom's navigator.language is en-US.
    await runCheck({ 0: 'Yes' });
    expect(await screen.findByRole('link', { name: 'Call 911 now' })).toHaveAttribute('href', 'tel:911');
    expect(screen.getByText(/chosen from your phone's language setting \(US\)/)).toBeInTheDocument();
  });

  it('says which questions were answered, and that the rest were not asked', async () => {
    await runCheck({ 1: 'Not sure' });
    const tell = tellSection();
    const positives = within(tell).getByRole('list', { name: 'You said Yes or Not sure to:' });
    expect(within(positives).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${QUESTIONS[1]!.text} Not sure`]);
    expect(within(tell).getByText('You said No to 1 other question.')).toBeInTheDocument();
    expect(within(tell).getByText('16 questions were not asked: your answer already meant getting help now.')).toBeInTheDocument();
  });
});

describe('what to tell them', SLOW, () => {
  it('gives the answers, when it started, which side, and the chair-stand trend from the log', async () => {
    await addEntry({ kind: 'chair-stand-30s', day: addDays(today, -20), reps: 12, usedArms: false });
    await addEntry({ kind: 'chair-stand-30s', day: addDays(today, -6), reps: 9, usedArms: false });
    await addEntry({ kind: 'chair-stand-30s', day: addDays(today, -40), reps: 15, usedArms: false }); // too old
    const user = await runCheck({ [firstUrgent]: 'Yes' });
    expect(screen.getByRole('heading', { level: 1, name: 'Get medical advice today' })).toBeInTheDocument();
    const tell = tellSection();
    const positives = within(tell).getByRole('list', { name: 'You said Yes or Not sure to:' });
    expect(within(positives).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${QUESTIONS[firstUrgent]!.text} Yes`]);
    expect(within(tell).getByText('You said No to 17 other questions.')).toBeInTheDocument();
    expect(
      await within(tell).findByText(/^2 results in the 30-second chair stand since .*First 12 stands on .*, latest 9 stands on .*: 3 fewer stands\./),
    ).toBeInTheDocument();

    await user.click(within(tell).getByRole('radio', { name: 'Today' }));
    await user.click(within(tell).getByRole('radio', { name: 'Left side' }));
    expect(within(tell).getByRole('radio', { name: 'Left side' })).toBeChecked();
    await expect.poll(async () => (await db.triageRuns.toArray())[0]).toMatchObject({
      level: 'urgent',
      startedWhen: 'today',
      side: 'left',
    });
  });

  it('says plainly when there are no chair-stand results in the last four weeks', async () => {
    await addEntry({ kind: 'chair-stand-30s', day: addDays(today, -29), reps: 12, usedArms: false });
    await runCheck();
    expect(
      await within(tellSection()).findByText(/^No 30-second chair stand results since .*There is no recent trend to show\.$/),
    ).toBeInTheDocument();
  });
});
