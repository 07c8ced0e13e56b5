import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChairStandTestScreen from '../../../src/features/tests/chair-stand-test-screen';
import { useChairStandStore } from '../../../src/features/tests/chair-stand-test';
import { db } from '../../../src/db/database';
import { addEntry } from '../../../src/db/entries-repository';
import { saveProfile } from '../../../src/db/profile-repository';
import { addDays, todayLocal } from '../../../src/domain/dates';
import { useUnsavedInputStore } from '../../../src/ui/unsaved-input-store';
import { yearOfBirthForAge } from './browser-fakes';
import { freshGuidedTest, leaveGuidedTest, type BrowserFakes } from './guided-test-setup';

let fakes: BrowserFakes;

beforeEach(async () => {
  fakes = await freshGuidedTest();
  useChairStandStore.setState({ current: { step: 'ready' }, method: 'motion' });
});

afterEach(() => leaveGuidedTest(fakes));

function renderScreen() {
  return render(
    <MemoryRouter>
      <ChairStandTestScreen />
    </MemoryRouter>,
  );
}

/** Fake only the clock and timers: fake-indexeddb keeps its own (setImmediate) scheduling. */
function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

const status = () => screen.getByRole('status');

function tickSafetyChecks() {
  for (const box of within(screen.getByRole('group', { name: /Tick each one/ })).getAllByRole('checkbox')) fireEvent.click(box);
}

/** Someone with the person taps each stand (these tests are about the timer and the taps). */
function chooseSomeoneTaps() {
  fireEvent.click(screen.getByRole('radio', { name: /Someone will tap/ }));
}

/** From the start screen to "Go": someone will tap, ticks the checks, taps Start, runs the 3-2-1. */
function startAndRunCountdown() {
  chooseSomeoneTaps();
  tickSafetyChecks();
  fireEvent.click(screen.getByRole('button', { name: 'Start the test' }));
  // A second at a time, as a person would see it: 3, 2, 1, Go.
  for (const ms of [0, 1000, 1000, 1000]) advance(ms);
}

describe('30-second chair stand: the timer', () => {
  it('will not start until every safety check is ticked', async () => {
    renderScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Start the test' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Please tick all three checks first.');
    expect(status()).toHaveTextContent('');
    expect(screen.queryByRole('button', { name: /tap each time you stand up/ })).not.toBeInTheDocument();
  });

  it('says when to stop, with the emergency number for the person’s region, before and during the test', async () => {
    await saveProfile({ region: 'GB' });
    renderScreen();
    const stopNote = () => screen.getByRole('note', { name: 'When to stop' });
    expect(await within(stopNote()).findByText('999')).toBeInTheDocument();
    expect(stopNote()).toHaveTextContent('Stop straight away and sit down if you feel dizzy, have chest pain, or feel suddenly weak.');
    useFakeClock();
    startAndRunCountdown();
    expect(stopNote()).toHaveTextContent('If chest pain or sudden weakness does not pass, call 999 now.');
  });

  it('counts down 3, 2, 1 aloud and with beeps, then says Go with a beep and a buzz', () => {
    useFakeClock();
    renderScreen();
    chooseSomeoneTaps();
    tickSafetyChecks();
    const start = screen.getByRole('button', { name: 'Start the test' });
    act(() => start.focus()); // as a tap would
    fireEvent.click(start);
    advance(0);
    expect(status()).toHaveTextContent('Get ready: 3');
    // The Start button is gone: focus moves to the heading, not lost to the page.
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(fakes.tones).toHaveLength(1);
    advance(1000);
    expect(status()).toHaveTextContent('Get ready: 2');
    advance(1000);
    expect(status()).toHaveTextContent('Get ready: 1');
    expect(fakes.vibrate).not.toHaveBeenCalled();
    advance(1000);
    expect(status()).toHaveTextContent('Go! Stand up and sit down until the beep.');
    expect(screen.getByText('30')).toBeInTheDocument();
    expect(fakes.tones).toEqual([520, 520, 520, 880]);
    expect(fakes.vibrate).toHaveBeenCalledTimes(1);
    expect(fakes.wakeLockRequest).toHaveBeenCalledWith('screen');
  });

  it('offers a practice try first, with nothing timed, then starts the real test', () => {
    useFakeClock();
    renderScreen();
    chooseSomeoneTaps();
    tickSafetyChecks();
    fireEvent.click(screen.getByRole('button', { name: 'Practise first' }));
    expect(screen.getByText(/Nothing is timed or saved/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'I am ready: start the test' }));
    advance(0);
    expect(status()).toHaveTextContent('Get ready: 3');
  });

  it('ends after 30 seconds with beeps, a buzz and "Time is up", and offers the tapped count to save', async () => {
    useFakeClock();
    renderScreen();
    startAndRunCountdown();
    await act(async () => undefined); // let the wake lock request settle
    expect(fakes.wakeLockRequest).toHaveBeenCalledWith('screen');
    expect(fakes.wakeLockRelease).not.toHaveBeenCalled();
    const tapButton = screen.getByRole('button', { name: /tap each time you stand up/ });
    expect(tapButton).toHaveAccessibleName('0 stands: tap each time you stand up');
    for (let i = 0; i < 4; i++) fireEvent.click(tapButton);
    fireEvent.click(screen.getByRole('button', { name: 'Take one off' })); // a shaky double tap
    expect(tapButton).toHaveAccessibleName('3 stands: tap each time you stand up');

    advance(20_000);
    expect(status()).toHaveTextContent('10 seconds left. Keep going.');
    expect(screen.getByText('10')).toBeInTheDocument();
    const tonesBeforeEnd = fakes.tones.length;
    advance(9_998);
    expect(screen.getByText('1')).toBeInTheDocument();
    expect(fakes.tones).toHaveLength(tonesBeforeEnd);

    advance(5);
    expect(status()).toHaveTextContent('Time is up. Sit down and rest.');
    expect(fakes.tones.slice(tonesBeforeEnd)).toEqual([660, 660, 660]);
    expect(fakes.vibrate).toHaveBeenLastCalledWith([300, 150, 300, 150, 600]);
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toHaveValue('3');
    expect(screen.queryByRole('button', { name: /tap each time you stand up/ })).not.toBeInTheDocument();
    expect(fakes.wakeLockRelease).toHaveBeenCalled();
  });

  it('asks again to keep the screen on when the person comes back to the page', async () => {
    useFakeClock();
    renderScreen();
    startAndRunCountdown();
    await act(async () => undefined);
    expect(fakes.wakeLockRequest).toHaveBeenCalledTimes(1);
    // The browser drops the lock while the page is hidden.
    const lock = await fakes.wakeLockRequest.mock.results[0]!.value;
    await lock.release();
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(fakes.wakeLockRequest).toHaveBeenCalledTimes(2);
  });

  it('keeps time by the clock, not by counting ticks: a stalled timer catches up at once', () => {
    useFakeClock();
    renderScreen();
    startAndRunCountdown();
    fireEvent.click(screen.getByRole('button', { name: /tap each time you stand up/ }));
    // The phone sleeps the tab: no timer fires for 40 seconds, then the page is shown again.
    act(() => {
      vi.setSystemTime(Date.now() + 40_000);
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(status()).toHaveTextContent('Time is up.');
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toHaveValue('1');
  });

  it('"I had to use my arms" stops the test and saves a score of 0, as the protocol says', async () => {
    useFakeClock();
    renderScreen();
    startAndRunCountdown();
    const tapButton = screen.getByRole('button', { name: /tap each time you stand up/ });
    for (let i = 0; i < 5; i++) fireEvent.click(tapButton);
    fireEvent.click(screen.getByRole('button', { name: 'I had to use my arms' }));

    expect(status()).toHaveTextContent('Test stopped. You needed your arms, so your score is 0.');
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toHaveValue('0');
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /I needed my arms/ })).toBeChecked();

    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    expect(await screen.findByText(/stands in 30 seconds/)).toHaveTextContent('0 stands in 30 seconds');
    expect(screen.getByText(/You needed your arms, so the score is 0/)).toBeInTheDocument();
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ kind: 'chair-stand-30s', reps: 0, usedArms: true, day: todayLocal() })]);
  });

  it('picks up a test in progress after a reload, on time and without stale beeps', async () => {
    useFakeClock();
    sessionStorage.setItem(
      'regain-chair-stand-test',
      JSON.stringify({
        state: {
          current: { step: 'timing', method: 'tapped', startedAt: Date.now() - 10_000, countdownSeconds: 3, taps: 4, interrupted: false, standTimes: [], rises: [] },
          method: 'tapped',
        },
        version: 1,
      }),
    );
    await useChairStandStore.persist.rehydrate();
    renderScreen();
    advance(0);
    expect(screen.getByText('23')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /tap each time you stand up/ })).toHaveAccessibleName('4 stands: tap each time you stand up');
    expect(fakes.tones).toEqual([]);
  });

  it('holds back app updates while a test runs and until the result is saved or dropped', () => {
    useFakeClock();
    renderScreen();
    const dirty = () => useUnsavedInputStore.getState().dirtyForms.has('chair-stand-test');
    expect(dirty()).toBe(false);
    startAndRunCountdown();
    expect(dirty()).toBe(true);
    advance(31_000);
    expect(dirty()).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Do not save' }));
    expect(dirty()).toBe(false);
    expect(screen.getByRole('button', { name: 'Start the test' })).toBeInTheDocument();
  });
});

describe('30-second chair stand: typing in and saving a count', () => {
  async function typeCountAndSave(count: string) {
    await userEvent.click(screen.getByRole('button', { name: /type in my count/ }));
    const input = screen.getByRole('textbox', { name: 'Number of stands' });
    await userEvent.clear(input);
    await userEvent.type(input, count);
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
  }

  it('refuses a count outside 0–60 with a clear message, and saves nothing', async () => {
    renderScreen();
    await typeCountAndSave('61');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a number of stands between 0 and 60.');
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toHaveFocus();
    expect(await db.entries.count()).toBe(0);
  });

  it('sets the score to 0 when "I needed my arms" is ticked', async () => {
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: /type in my count/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Number of stands' }), '12');
    await userEvent.click(screen.getByRole('checkbox', { name: /I needed my arms/ }));
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toHaveValue('0');
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    await screen.findByRole('heading', { name: 'Your result' });
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ reps: 0, usedArms: true })]);
  });

  it('steps the count with − and + buttons for unsteady fingers', async () => {
    renderScreen();
    await userEvent.click(screen.getByRole('button', { name: /type in my count/ }));
    await userEvent.click(screen.getByRole('button', { name: 'One more' }));
    await userEvent.click(screen.getByRole('button', { name: 'One more' }));
    await userEvent.click(screen.getByRole('button', { name: 'One fewer' }));
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toHaveValue('1');
  });

  it('says so when the phone is full, and keeps the count to try again', async () => {
    vi.spyOn(db.entries, 'add').mockRejectedValueOnce(new Dexie.QuotaExceededError('disk full'));
    renderScreen();
    await typeCountAndSave('12');
    expect(await screen.findByRole('alert')).toHaveTextContent(/out of storage space/);
    expect(screen.getByRole('textbox', { name: 'Number of stands' })).toHaveValue('12');
    expect(useUnsavedInputStore.getState().dirtyForms.has('chair-stand-test')).toBe(true);
  });

  it('shows the result against the STEADI line for the age band and sex, and names the source', async () => {
    await saveProfile({ sex: 'female', yearOfBirth: yearOfBirthForAge(67) });
    renderScreen();
    await typeCountAndSave('9');
    const norms = await screen.findByRole('region', { name: 'How your result compares' });
    expect(norms).toHaveTextContent('Women aged 65–69: fewer than 11 stands is below average. Your 9 stands are below average.');
    expect(norms).toHaveTextContent('Source: CDC STEADI "Assessment: 30-Second Chair Stand"; Rikli & Jones 1999');
    expect(norms).toHaveTextContent(/higher chance of falling/);
    expect(norms).not.toHaveTextContent(/Men/);
    expect(status()).toHaveTextContent('Your result is saved.');
    expect(useUnsavedInputStore.getState().dirtyForms.has('chair-stand-test')).toBe(false);
  });

  it('says a result at or above the line is not below average', async () => {
    await saveProfile({ sex: 'male', yearOfBirth: yearOfBirthForAge(72) });
    renderScreen();
    await typeCountAndSave('12');
    const norms = await screen.findByRole('region', { name: 'How your result compares' });
    expect(norms).toHaveTextContent('Men aged 70–74: fewer than 12 stands is below average. Your 12 stands are not below average.');
    expect(norms).not.toHaveTextContent(/chance of falling/);
  });

  it('shows the lines for both women and men when sex is not given', async () => {
    await saveProfile({ sex: 'unspecified', yearOfBirth: yearOfBirthForAge(67) });
    renderScreen();
    await typeCountAndSave('11');
    const norms = await screen.findByRole('region', { name: 'How your result compares' });
    expect(norms).toHaveTextContent('You chose not to say your sex');
    expect(norms).toHaveTextContent('Women aged 65–69: fewer than 11 stands is below average. Your 11 stands are not below average.');
    expect(norms).toHaveTextContent('Men aged 65–69: fewer than 12 stands is below average. Your 11 stands are below average.');
  });

  it('without a year of birth, says adding it in Settings shows the comparison', async () => {
    renderScreen();
    await typeCountAndSave('12');
    const norms = await screen.findByRole('region', { name: 'How your result compares' });
    expect(norms).toHaveTextContent('Add your year of birth in Settings');
    expect(within(norms).getByRole('link', { name: 'Go to Settings' })).toHaveAttribute('href', '/settings');
    expect(norms).not.toHaveTextContent(/below average/);
  });

  it('under 60, says the STEADI table has no band and shows the person’s own trend instead', async () => {
    await saveProfile({ sex: 'female', yearOfBirth: yearOfBirthForAge(45) });
    const today = todayLocal();
    await addEntry({ kind: 'chair-stand-30s', day: addDays(today, -21), reps: 8, usedArms: false });
    await addEntry({ kind: 'chair-stand-30s', day: addDays(today, -7), reps: 10, usedArms: false });
    renderScreen();
    await typeCountAndSave('13');

    const norms = await screen.findByRole('region', { name: 'How your result compares' });
    expect(norms).toHaveTextContent('starts at age 60, so there is no average to compare with at your age');
    expect(norms).not.toHaveTextContent(/below average/);
    const trend = screen.getByRole('region', { name: 'Your own results' });
    expect(await within(trend).findByText(/3 more stands than last time/)).toBeInTheDocument();
    const earlier = within(trend).getByRole('list', { name: 'Earlier results, newest first' });
    expect(within(earlier).getAllByRole('listitem').map((li) => li.querySelector('strong')?.textContent)).toEqual(['10 stands', '8 stands']);
  });

  it('says a first result has nothing to compare with yet', async () => {
    await saveProfile({ sex: 'male', yearOfBirth: yearOfBirthForAge(50) });
    renderScreen();
    await typeCountAndSave('15');
    const trend = await screen.findByRole('region', { name: 'Your own results' });
    expect(trend).toHaveTextContent('This is your first saved result.');
  });
});
