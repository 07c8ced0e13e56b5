import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { saveProfile } from '../../../src/db/profile-repository';
import { addSarcFResult } from '../../../src/db/sarc-f-repository';
import { saveTriageRun } from '../../../src/db/triage-runs-repository';
import { QUESTIONS } from '../../../src/features/symptoms/triage-content';
import { SARC_F_ITEMS } from '../../../src/domain/sarc-f';
import { renderSymptoms, resetSymptoms } from './render-symptoms';

beforeEach(resetSymptoms);

// Each test taps through real screens; on a busy machine that can pass 5 s.
const SLOW = { timeout: 30_000 };

describe('the Symptoms screen', SLOW, () => {
  it('offers the check, the emergency number with a call link, and the other checks', async () => {
    await saveProfile({ region: 'GB' });
    renderSymptoms('/symptoms');
    expect(screen.getByRole('heading', { level: 1, name: 'Symptoms' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Check symptoms now' })).toHaveAttribute('href', '/symptoms/check');
    expect(screen.getByText(/If you have sudden weakness or numbness of the face, arm or leg/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Call 999 now' })).toHaveAttribute('href', 'tel:999');
    expect(screen.getByText('Your emergency number:', { exact: false })).toHaveTextContent('Your emergency number: 999');
    for (const [name, href] of [
      [/Early signs of muscle loss/, '/symptoms/checklist'],
      [/SARC-F muscle check/, '/symptoms/sarc-f'],
      [/Past symptom checks/, '/symptoms/history'],
    ] as const) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', href);
    }
    expect(screen.getByText(/It is not a diagnosis/)).toBeInTheDocument();
  });

  it('the first screen of the check already has the call button, with the country’s number', async () => {
    await saveProfile({ region: 'GB' });
    const user = userEvent.setup();
    renderSymptoms('/symptoms');
    await user.click(screen.getByRole('link', { name: 'Check symptoms now' }));
    await screen.findByRole('button', { name: 'Start the questions' });
    expect(screen.getByRole('link', { name: 'Call 999 now' })).toHaveAttribute('href', 'tel:999');
  });

  it('offers to continue an unfinished check where it was left', async () => {
    await saveProfile({ region: 'GB' });
    const user = userEvent.setup();
    renderSymptoms('/symptoms');
    await user.click(screen.getByRole('link', { name: 'Check symptoms now' }));
    await user.click(await screen.findByRole('button', { name: 'Start the questions' }));
    const group = await screen.findByRole('group', { name: QUESTIONS[0]!.text });
    await user.click(within(group).getByRole('button', { name: 'No' }));
    await screen.findByText(`Question 2 of ${QUESTIONS.length}`);
    // The person goes elsewhere and comes back to Symptoms.
    cleanup();
    renderSymptoms('/symptoms');
    await user.click(screen.getByRole('link', { name: `Continue your check (question 2 of ${QUESTIONS.length})` }));
    await screen.findByText(`Question 2 of ${QUESTIONS.length}`);
    await user.click(screen.getByRole('button', { name: 'Back' }));
    const again = await screen.findByRole('group', { name: QUESTIONS[0]!.text });
    expect(within(again).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the symptom checklist', SLOW, () => {
  it('saves the ticked signs as a dated check-in and lists it', async () => {
    const user = userEvent.setup();
    renderSymptoms('/symptoms/checklist');
    await user.click(screen.getByRole('checkbox', { name: /You get tired more quickly than before/ }));
    await user.click(screen.getByRole('button', { name: 'Save today’s check-in' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Saved for /);
    const list = await screen.findByRole('list', { name: 'Your check-ins' });
    expect(within(list).getByText('You get tired more quickly than before.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /You get tired more quickly/ })).not.toBeChecked();
    expect(await db.symptomCheckIns.toArray()).toMatchObject([{ signIds: ['tiring-quickly'] }]);
  });

  it('takes a red-flag sign straight to the red-flag check', async () => {
    await saveProfile({ region: 'GB' });
    localStorage.setItem('regain-check-intro-seen', 'yes');
    const user = userEvent.setup();
    renderSymptoms('/symptoms/checklist');
    await user.click(screen.getByRole('checkbox', { name: /Part of your face feels weak or droops/ }));
    expect(screen.getByText(/You ticked a warning sign/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save and check my symptoms now' }));
    // Not the first check: straight to question 1, with the call button.
    expect(await screen.findByText(`Question 1 of ${QUESTIONS.length}`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 999 now' })).toBeInTheDocument();
    expect(await db.symptomCheckIns.toArray()).toMatchObject([{ signIds: ['facial-weakness'] }]);
  });
});

describe('SARC-F', SLOW, () => {
  async function answerAll(scores: number[]) {
    const user = userEvent.setup();
    for (const [i, item] of SARC_F_ITEMS.entries()) {
      const group = screen.getByRole('group', { name: `Question ${i + 1} of 5 ${item.question}` });
      await user.click(within(group).getByRole('radio', { name: item.options[scores[i]!]!.label }));
    }
    await user.click(screen.getByRole('button', { name: 'See my score' }));
    return user;
  }

  it('scores 5 and says to book an assessment, then keeps the score', async () => {
    renderSymptoms('/symptoms/sarc-f');
    await answerAll([1, 1, 2, 1, 0]);
    const score = await screen.findByRole('heading', { level: 2, name: 'Your score: 5 out of 10' });
    await waitFor(() => expect(score).toHaveFocus());
    expect(screen.getByText('Book an assessment with your doctor.')).toBeInTheDocument();
    const past = await screen.findByRole('list', { name: 'Your past scores' });
    expect(await within(past).findByText(/5 out of 10\. Book an assessment\./)).toBeInTheDocument();
    expect(await db.sarcFResults.toArray()).toMatchObject([{ total: 5 }]);
  });

  it('scores 3 as under 4, with no assessment advice', async () => {
    renderSymptoms('/symptoms/sarc-f');
    await answerAll([1, 1, 1, 0, 0]);
    expect(await screen.findByRole('heading', { level: 2, name: 'Your score: 3 out of 10' })).toBeInTheDocument();
    expect(screen.getByText('This check does not suggest sarcopenia.')).toBeInTheDocument();
    expect(screen.queryByText('Book an assessment with your doctor.')).not.toBeInTheDocument();
  });

  it('gives no score until every question is answered, and says which are missing', async () => {
    const user = userEvent.setup();
    renderSymptoms('/symptoms/sarc-f');
    const first = screen.getByRole('group', { name: /lifting and carrying/ });
    await user.click(within(first).getByRole('radio', { name: 'Some' }));
    await user.click(screen.getByRole('button', { name: 'See my score' }));
    expect(screen.getAllByRole('alert')[0]).toHaveTextContent(
      'Please answer every question. Not answered yet: question 2, question 3, question 4, question 5.',
    );
    expect(await db.sarcFResults.count()).toBe(0);
  });
});

describe('past symptom checks', SLOW, () => {
  it('lists each check newest first with its outcome and time, and opens one', async () => {
    const user = userEvent.setup();
    await saveTriageRun({
      id: crypto.randomUUID(),
      at: '2026-03-01T09:00:00.000Z',
      level: 'self-care',
      answers: Object.fromEntries(QUESTIONS.map((q) => [q.id, 'no' as const])),
    });
    const emergency = await saveTriageRun({
      id: crypto.randomUUID(),
      at: '2026-03-20T09:00:00.000Z',
      level: 'emergency',
      answers: { [QUESTIONS[0]!.id]: 'yes' },
      outcome: { title: 'This could be an emergency', action: 'Call 000 now.' },
      side: 'right',
    });
    renderSymptoms('/symptoms/history');
    const links = await screen.findAllByRole('link', { name: /This could be an emergency|Carry on with your plan/ });
    expect(links.map((l) => l.querySelector('.sy-card-title')?.textContent)).toEqual([
      'This could be an emergency',
      'Carry on with your plan',
    ]);
    expect(links[0]).toHaveTextContent('1 warning sign.');
    expect(links[1]).toHaveTextContent('No warning signs.');

    await user.click(links[0]!);
    expect(screen.getByTestId('where')).toHaveTextContent(`/symptoms/history/${emergency.id}`);
    expect(await screen.findByText('Call 000 now.')).toBeInTheDocument();
    expect(screen.getByText(/You were told:/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Right side' })).toBeChecked();
  });

  it('says when there are no checks yet', async () => {
    await addSarcFResult({ strength: 0, walking: 0, rising: 0, stairs: 0, falls: 0 });
    renderSymptoms('/symptoms/history');
    expect(await screen.findByText('You have not done a symptom check yet.')).toBeInTheDocument();
  });

  it('on a past check, keeps the side as saved and says why when a change could not be saved', async () => {
    const user = userEvent.setup();
    const run = await saveTriageRun({
      id: crypto.randomUUID(),
      at: '2026-03-20T09:00:00.000Z',
      level: 'emergency',
      answers: { [QUESTIONS[0]!.id]: 'yes' },
      side: 'right',
    });
    renderSymptoms(`/symptoms/history/${run.id}`);
    const left = await screen.findByRole('radio', { name: 'Left side' });
    vi.spyOn(db.triageRuns, 'put').mockRejectedValueOnce(new Dexie.QuotaExceededError('QuotaExceededError: disk full'));
    await user.click(left);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Your phone is out of storage space/));
    expect(screen.getByRole('radio', { name: 'Right side' })).toBeChecked();
    expect(screen.queryByText(/disk full/)).not.toBeInTheDocument();

    // Tried again, it is saved, and the message goes.
    await user.click(left);
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Left side' })).toBeChecked());
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    expect(await db.triageRuns.get(run.id)).toMatchObject({ side: 'left' });
  });
});
