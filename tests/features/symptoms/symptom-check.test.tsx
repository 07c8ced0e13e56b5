import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { saveProfile } from '../../../src/db/profile-repository';
import { addSarcFResult } from '../../../src/db/sarc-f-repository';
import { useSymptomCheckStore } from '../../../src/features/symptoms/symptom-check-store';
import { QUESTIONS } from '../../../src/features/symptoms/triage-content';
import { useUnsavedInputStore } from '../../../src/ui/unsaved-input-store';
import { renderSymptoms, resetSymptoms } from './render-symptoms';

beforeEach(resetSymptoms);

// Each test taps through real screens; on a busy machine that can pass 5 s.
const SLOW = { timeout: 30_000 };

type Label = 'Yes' | 'No' | 'Not sure';

const progressText = () => screen.queryByText(/^Question \d+ of \d+$/)?.textContent ?? null;

/** Taps an answer and waits for the next question or the outcome (saving may take a moment). */
async function answer(user: UserEvent, label: Label, times = 1) {
  for (let i = 0; i < times; i += 1) {
    const before = progressText();
    const group = screen.getByRole('group', { name: QUESTIONS[currentIndex()]!.text });
    await user.click(within(group).getByRole('button', { name: label }));
    await waitFor(() => expect(progressText()).not.toBe(before));
  }
}

function currentIndex(): number {
  const match = /Question (\d+) of/.exec(screen.getByText(/^Question \d+ of \d+$/).textContent ?? '');
  return Number(match![1]) - 1;
}

/** Opens the check with the country already confirmed (UK), past the intro, at question 1. */
async function startCheck() {
  const user = userEvent.setup();
  if (!(await db.profile.get('profile'))?.region) await saveProfile({ region: 'GB' });
  renderSymptoms('/symptoms/check');
  await user.click(await screen.findByRole('button', { name: 'Start the questions' }));
  expect(await screen.findByText(`Question 1 of ${N}`)).toBeInTheDocument();
  return user;
}

const N = QUESTIONS.length;

const EMERGENCY_COUNT = QUESTIONS.filter((q) => q.level === 'emergency').length;
const firstUrgent = QUESTIONS.findIndex((q) => q.level === 'urgent');

describe('the red-flag check, one question at a time', SLOW, () => {
  it('asks the first question with three big answers, and says which question it is, politely', async () => {
    await startCheck();
    expect(screen.getByText(`Question 1 of ${N}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: QUESTIONS[0]!.text })).toBeInTheDocument();
    // The call button is there from the first question.
    expect(screen.getByRole('link', { name: 'Call 999 now' })).toHaveAttribute('href', 'tel:999');
    const group = screen.getByRole('group', { name: QUESTIONS[0]!.text });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Yes', 'No', 'Not sure']);
  });

  it('jumps to the emergency outcome as soon as an emergency question is answered yes, with the configured number', async () => {
    await saveProfile({ region: 'IE', emergencyNumber: '999' });
    const user = await startCheck();
    await answer(user, 'Yes');
    expect(screen.getByRole('heading', { level: 1, name: 'This could be an emergency' })).toBeInTheDocument();
    const call = await screen.findByRole('link', { name: 'Call 999 now' });
    expect(call).toHaveAttribute('href', 'tel:999');
    expect(screen.queryByText(/^Question \d+ of/)).not.toBeInTheDocument();
    expect(screen.getByText(/It is now/)).toHaveTextContent(/Note the time your symptoms started/);
    expect(screen.getByText('If you are not sure, call.')).toBeInTheDocument();
  });

  it('treats "Not sure" on an emergency question as yes, even after earlier answers of no', async () => {
    const user = await startCheck();
    await answer(user, 'No', EMERGENCY_COUNT - 1);
    expect(screen.getByText(`Question ${EMERGENCY_COUNT} of ${N}`)).toBeInTheDocument();
    await answer(user, 'Not sure');
    expect(screen.getByRole('heading', { level: 1, name: 'This could be an emergency' })).toBeInTheDocument();
  });

  it('gives the urgent outcome for "Not sure" on an urgent question, and only after every question', async () => {
    const user = await startCheck();
    await answer(user, 'No', firstUrgent);
    await answer(user, 'Not sure');
    await answer(user, 'No', QUESTIONS.length - firstUrgent - 2);
    // No skipping: the last question is still asked.
    expect(screen.getByText(`Question ${N} of ${N}`)).toBeInTheDocument();
    await answer(user, 'No');
    expect(screen.getByRole('heading', { level: 1, name: 'Get medical advice today' })).toBeInTheDocument();
    expect(screen.getByText(/Speak to a doctor or an urgent-care service today/)).toBeInTheDocument();
    expect(await screen.findByText('Saved in your past checks.')).toBeInTheDocument();
    const [run] = await db.triageRuns.toArray();
    expect(run).toMatchObject({ level: 'urgent', reasons: [QUESTIONS[firstUrgent]!.id] });
    expect(Object.keys(run!.answers)).toHaveLength(N);
  });

  it('gives self-care when every answer is no', async () => {
    const user = await startCheck();
    await answer(user, 'No', N);
    expect(screen.getByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeInTheDocument();
    expect(screen.getByText(`You said No to all ${N} questions.`)).toBeInTheDocument();
    await screen.findByText('Saved in your past checks.');
    expect(await db.triageRuns.toArray()).toMatchObject([{ level: 'self-care' }]);
  });

  it('goes Back to the previous question, showing the answer given, and on again from there', async () => {
    const user = await startCheck();
    await answer(user, 'No', 2);
    expect(screen.getByText(`Question 3 of ${N}`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText(`Question 2 of ${N}`)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: QUESTIONS[1]!.text });
    expect(within(group).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(group).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'false');
    await answer(user, 'No');
    expect(screen.getByText(`Question 3 of ${N}`)).toBeInTheDocument();
  });

  it('moves focus to each new question, so a screen reader reads it', async () => {
    const user = await startCheck();
    await answer(user, 'No');
    expect(screen.getByRole('heading', { level: 1, name: QUESTIONS[1]!.text })).toHaveFocus();
  });

  it('does not let a double tap answer the next question unseen', async () => {
    const user = await startCheck();
    const group = screen.getByRole('group', { name: QUESTIONS[0]!.text });
    await user.dblClick(within(group).getByRole('button', { name: 'No' }));
    expect(await screen.findByText(`Question 2 of ${N}`)).toBeInTheDocument();
    expect(useSymptomCheckStore.getState().draft?.answers).toEqual({ [QUESTIONS[0]!.id]: 'no' });
  });

  it('keeps the answers through a reload mid-check', async () => {
    const user = await startCheck();
    await answer(user, 'No', 3);
    screen.getByText(`Question 4 of ${N}`);
    // A reload: the page and the in-memory store go; what is in sessionStorage stays.
    const kept = sessionStorage.getItem('regain-symptom-check');
    expect(kept).not.toBeNull();
    cleanup();
    useSymptomCheckStore.setState({ draft: null });
    sessionStorage.setItem('regain-symptom-check', kept!);
    await act(() => useSymptomCheckStore.persist.rehydrate());
    renderSymptoms('/symptoms/check?step=4');
    expect(await screen.findByText(`Question 4 of ${N}`)).toBeInTheDocument();
    cleanup();
    renderSymptoms('/symptoms/check?step=3');
    const group = await screen.findByRole('group', { name: QUESTIONS[2]!.text });
    expect(within(group).getByRole('button', { name: 'No' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('marks the check as unsaved input while it is under way, so an update never reloads over it', async () => {
    const user = await startCheck();
    expect(useUnsavedInputStore.getState().dirtyForms.has('symptom-check')).toBe(false);
    await answer(user, 'No');
    expect(useUnsavedInputStore.getState().dirtyForms.has('symptom-check')).toBe(true);
  });

  it('from the emergency outcome, Back returns to the question that decided it, to put a wrong tap right', async () => {
    const user = await startCheck();
    await answer(user, 'No', 2);
    await answer(user, 'Yes');
    await user.click(screen.getByRole('button', { name: 'Back: change my answer' }));
    expect(screen.getByText(`Question 3 of ${N}`)).toBeInTheDocument();
    await answer(user, 'No');
    expect(screen.getByText(`Question 4 of ${N}`)).toBeInTheDocument();
  });
});

describe('a check saved before the questions changed (an app update)', SLOW, () => {
  it('asks the question it does not have an answer to, rather than give an outcome without it', async () => {
    const answers = Object.fromEntries(QUESTIONS.slice(0, N - 1).map((q) => [q.id, 'no' as const]));
    await saveProfile({ region: 'GB' });
    useSymptomCheckStore.setState({
      draft: { runId: crypto.randomUUID(), answers, finishedAt: '2026-03-28T14:32:00.000Z', found: [], saved: null },
    });
    renderSymptoms('/symptoms/check?step=result');
    expect(await screen.findByText(`Question ${N} of ${N}`)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Carry on with your plan' })).not.toBeInTheDocument();
  });
});

describe('the SARC-F question', SLOW, () => {
  async function toLastQuestion() {
    const user = await startCheck();
    await answer(user, 'No', N - 1);
    return user;
  }

  it('is filled in from the latest SARC-F score; answering No still gives "book an appointment", from the saved score', async () => {
    await addSarcFResult({ strength: 1, walking: 1, rising: 2, stairs: 1, falls: 0 });
    const user = await toLastQuestion();
    expect(await screen.findByText(/Filled in from your SARC-F score of 5/)).toBeInTheDocument();
    const group = screen.getByRole('group', { name: QUESTIONS[N - 1]!.text });
    expect(within(group).getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
    await answer(user, 'No');
    expect(await screen.findByRole('heading', { level: 1, name: "Book a doctor's appointment" })).toBeInTheDocument();
    expect(screen.getByText(/Your SARC-F score was 5 out of 10 on/)).toBeInTheDocument();
    await screen.findByText('Saved in your past checks.');
    expect(await db.triageRuns.toArray()).toMatchObject([{ level: 'soon', reasons: [], findings: [{ id: 'saved-sarc-f-score' }] }]);
  });

  it('a SARC-F score under 4 adds nothing: all No is "carry on"', async () => {
    await addSarcFResult({ strength: 1, walking: 1, rising: 1, stairs: 0, falls: 0 });
    const user = await toLastQuestion();
    await screen.findByText(/Filled in from your SARC-F score of 3/);
    await answer(user, 'No');
    expect(await screen.findByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeInTheDocument();
  });

  it('confirming the filled-in Yes gives the "book an appointment" outcome', async () => {
    await addSarcFResult({ strength: 2, walking: 2, rising: 0, stairs: 0, falls: 0 });
    const user = await toLastQuestion();
    await screen.findByText(/Filled in from your SARC-F score of 4/);
    await answer(user, 'Yes');
    expect(screen.getByRole('heading', { level: 1, name: "Book a doctor's appointment" })).toBeInTheDocument();
  });

  it('is a plain question when there is no saved score', async () => {
    await toLastQuestion();
    const group = screen.getByRole('group', { name: QUESTIONS[N - 1]!.text });
    expect(within(group).getAllByRole('button').filter((b) => b.getAttribute('aria-pressed') === 'true')).toEqual([]);
    expect(screen.queryByText(/Filled in from your SARC-F score/)).not.toBeInTheDocument();
  });
});

describe('saving the outcome', SLOW, () => {
  /** Counts the writes of symptom checks that reach the database. */
  const countWrites = () => vi.spyOn(db.triageRuns, 'put');

  /** What a reload leaves: the check in sessionStorage, nothing in memory, the screen drawn afresh. */
  async function reloadAt(path: string) {
    const kept = sessionStorage.getItem('regain-symptom-check');
    cleanup();
    useSymptomCheckStore.setState({ draft: null });
    sessionStorage.setItem('regain-symptom-check', kept!);
    await act(() => useSymptomCheckStore.persist.rehydrate());
    renderSymptoms(path);
  }

  it('stores the outcome once: not again when the number is read after a reload, nor when it is changed', async () => {
    const user = await startCheck();
    const writes = countWrites();
    await answer(user, 'Yes');
    expect(await screen.findByText('Saved in your past checks.')).toBeInTheDocument();
    expect(writes).toHaveBeenCalledTimes(1);

    // Back on the outcome after a reload: the emergency number is read again.
    await reloadAt('/symptoms/check?step=result');
    await screen.findByRole('link', { name: 'Call 999 now' });
    // And changed there: a database write and a fresh read, after which any write the screen made would have started.
    await user.click(screen.getByRole('button', { name: /^Change your country or emergency number/ }));
    await user.click(screen.getByRole('button', { name: 'Use a different number' }));
    const field = screen.getByLabelText('Your emergency number, if it is different');
    await user.clear(field);
    await user.type(field, '112');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('link', { name: 'Call 112 now' });

    expect(writes).toHaveBeenCalledTimes(1);
    // The record keeps the advice as it was given.
    expect(await db.triageRuns.toArray()).toMatchObject([{ level: 'emergency', outcome: { action: 'Call 999 now.' } }]);
  });

  it('keeps both outcomes when an answer is changed afterwards, and says so in past checks', async () => {
    const user = await startCheck();
    const writes = countWrites();
    await answer(user, 'Yes');
    await screen.findByText('Saved in your past checks.');
    await user.click(screen.getByRole('button', { name: 'Back: change my answer' }));
    await answer(user, 'No', N);
    expect(screen.getByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeInTheDocument();
    await screen.findByText('Saved in your past checks.');
    expect(writes).toHaveBeenCalledTimes(2);
    await expectFirstAmendedBySecond();

    await user.click(screen.getByRole('link', { name: 'Past checks' }));
    const first = await screen.findByRole('link', { name: /This could be an emergency/ });
    expect(first).toHaveTextContent('Answers were changed afterwards: see the newer check.');
    expect(screen.getByRole('link', { name: /Carry on with your plan/ })).toHaveTextContent('Answers changed after an earlier outcome.');
  });

  it('keeps both outcomes even when the answer is changed before the first has finished saving', async () => {
    // The emergency outcome shows at once and saves behind it: hold that save.
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const put = db.triageRuns.put.bind(db.triageRuns);
    vi.spyOn(db.triageRuns, 'put').mockImplementationOnce((run) => Dexie.Promise.resolve(held).then(() => put(run)));
    const user = await startCheck();
    await answer(user, 'Yes');
    await user.click(screen.getByRole('button', { name: 'Back: change my answer' }));
    await answer(user, 'No', N - 1);
    const last = screen.getByRole('group', { name: QUESTIONS[N - 1]!.text });
    await user.click(within(last).getByRole('button', { name: 'No' }));
    release();
    expect(await screen.findByRole('heading', { level: 1, name: 'Carry on with your plan' })).toBeInTheDocument();
    await screen.findByText('Saved in your past checks.');
    await expectFirstAmendedBySecond();
  });

  it('says plainly when the outcome could not be saved, and that the advice still stands', async () => {
    vi.spyOn(db.triageRuns, 'put').mockRejectedValueOnce(new Dexie.QuotaExceededError('QuotaExceededError: disk full'));
    const user = await startCheck();
    await answer(user, 'No', N);
    const status = await screen.findByText(/The advice above still stands\./);
    expect(status).toHaveTextContent(/^Your phone is out of storage space/);
    expect(screen.queryByText(/disk full/)).not.toBeInTheDocument();
    expect(await db.triageRuns.count()).toBe(0);
  });

  it('gives its own sentence, never the error’s words, when an emergency outcome could not be saved', async () => {
    vi.spyOn(db.triageRuns, 'put').mockRejectedValueOnce(new Error('TransactionInactiveError internal detail'));
    const user = await startCheck();
    await answer(user, 'Yes');
    expect(await screen.findByText('Sorry, this check could not be saved. The advice above still stands.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 999 now' })).toBeInTheDocument();
    expect(screen.queryByText(/internal detail/)).not.toBeInTheDocument();
  });
});

/** Two runs in the database: the emergency outcome, and the changed answers' outcome that amends it. */
async function expectFirstAmendedBySecond() {
  const runs = await db.triageRuns.toArray();
  const first = runs.find((r) => r.level === 'emergency');
  const second = runs.find((r) => r.level === 'self-care');
  expect(runs).toHaveLength(2);
  expect(second?.amends).toBe(first?.id);
}
