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
  if (!(await getProfile()).region) await saveProfile({ region: 'GB' });
  renderSymptoms('/symptoms/check');
  await user.click(await screen.findByRole('button', { name: 'Start the questions' }));
  for (let i = 0; i < QUESTIONS.length; i += 1) {
    const group = await screen.findByRole('group', { name: QUESTIONS[i]!.text });
    const choice = answers[i] ?? 'No';
    await user.click(within(group).getByRole('button', { name: choice }));
    if (choice !== 'No' && QUESTIONS[i]!.level === 'emergency') break; // the outcome comes at once
  }
  await screen.findByRole('region', { name: 'What to tell them' });
  return user;
}

function tellSection() {
  return screen.getByRole('region', { name: 'What to tell them' });
}

describe('the emergency outcome', SLOW, () => {
  it('uses the number the person saved, and lets them change it there', async () => {
    await saveProfile({ region: 'AU', emergencyNumber: '112' });
    const user = await runCheck({ 0: 'Yes' });
    const call = await screen.findByRole('link', { name: 'Call 112 now' });
    expect(call).toHaveAttribute('href', 'tel:112');
    // The content's {emergencyNumber} is filled in, never shown as braces.
    expect(screen.queryByText(/\{emergencyNumber\}/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Change your country or emergency number/ }));
    const field = screen.getByLabelText('Your emergency number, if it is different');
    await user.clear(field);
    await user.type(field, '000');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'Call 000 now' })).toHaveAttribute('href', 'tel:000');
    expect(await getProfile()).toMatchObject({ region: 'AU', emergencyNumber: undefined });
  });

  it('refuses a number with letters in it, and one not used in the country unless saved twice', async () => {
    await saveProfile({ region: 'GB' });
    const user = await runCheck({ 0: 'Yes' });
    await screen.findByRole('link', { name: 'Call 999 now' });
    await user.click(screen.getByRole('button', { name: /^Change your country or emergency number/ }));
    await user.click(screen.getByRole('button', { name: 'Use a different number' }));
    const field = screen.getByLabelText('Your emergency number, if it is different');
    await user.clear(field);
    await user.type(field, 'nine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter the number using digits only');
    expect(field).toHaveAccessibleDescription(/digits only/);

    await user.clear(field);
    await user.type(field, '99');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('alert')).toHaveTextContent('99 is not an emergency number in United Kingdom (it is 999 or 112)');
    expect((await getProfile()).emergencyNumber).toBeUndefined();
    // Saved a second time, the person's own word stands.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: 'Call 99 now' })).toHaveAttribute('href', 'tel:99');
    expect((await getProfile()).emergencyNumber).toBe('99');
  });

  it('asks for the country before the first question when none is saved, never guessing from the language', async () => {
    // jsdom's navigator.language is en-US: the United States is offered, not assumed.
    const user = userEvent.setup();
    renderSymptoms('/symptoms/check');
    expect(await screen.findByRole('heading', { level: 2, name: 'First, which country are you in?' })).toBeInTheDocument();
    expect(screen.getByLabelText('The country you are in')).toHaveValue('US');
    expect(screen.queryByRole('link', { name: /^Call/ })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('The country you are in'), 'NZ');
    await user.click(screen.getByRole('button', { name: 'Save and start' }));
    expect(await screen.findByRole('link', { name: 'Call 111 now' })).toHaveAttribute('href', 'tel:111');
    expect((await getProfile()).region).toBe('NZ');
  });

  it('says which questions were answered, and that the rest were not asked', async () => {
    await runCheck({ 1: 'Not sure' });
    const tell = tellSection();
    const positives = within(tell).getByRole('list', { name: 'You said Yes or Not sure to:' });
    expect(within(positives).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`${QUESTIONS[1]!.text} Not sure`]);
    expect(within(tell).getByText('You said No to 1 other question.')).toBeInTheDocument();
    expect(within(tell).getByText(`${QUESTIONS.length - 2} questions were not asked: your answer already meant getting help now.`)).toBeInTheDocument();
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
    expect(within(tell).getByText(`You said No to ${QUESTIONS.length - 1} other questions.`)).toBeInTheDocument();
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
