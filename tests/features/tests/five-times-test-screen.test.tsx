import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import FiveTimesTestScreen from '../../../src/features/tests/five-times-test-screen';
import { useFiveTimesStore } from '../../../src/features/tests/five-times-test';
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
  useFiveTimesStore.setState({ current: { step: 'ready' }, method: 'motion' });
});

afterEach(() => leaveGuidedTest(fakes));

function renderScreen() {
  return render(
    <MemoryRouter>
      <FiveTimesTestScreen />
    </MemoryRouter>,
  );
}

function useFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

const status = () => screen.getByRole('status');
const secondsInput = () => screen.getByRole('textbox', { name: 'Time for five stands, in seconds' });

/** Someone with the person taps Stop (these tests are about the stopwatch). */
function startAndRunCountdown() {
  fireEvent.click(screen.getByRole('radio', { name: /Someone will tap Stop/ }));
  for (const box of within(screen.getByRole('group', { name: /Tick each one/ })).getAllByRole('checkbox')) fireEvent.click(box);
  fireEvent.click(screen.getByRole('button', { name: 'Start the test' }));
  // A second at a time, as a person would see it: 3, 2, 1, Go.
  for (const ms of [0, 1000, 1000, 1000]) advance(ms);
}

async function typeTimeAndSave(time: string) {
  await userEvent.click(screen.getByRole('button', { name: /type in my time/ }));
  await userEvent.type(secondsInput(), time);
  await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
}

describe('five-times sit-to-stand: the stopwatch', () => {
  it('counts down, says Go, and stops on the tap with the time to the tenth', async () => {
    useFakeClock();
    renderScreen();
    startAndRunCountdown();
    expect(status()).toHaveTextContent('Go! Five stands, as fast as you safely can.');
    expect(fakes.tones).toEqual([520, 520, 520, 880]);
    expect(fakes.vibrate).toHaveBeenCalledTimes(1);
    expect(useUnsavedInputStore.getState().dirtyForms.has('five-times-test')).toBe(true);

    advance(13_240);
    expect(screen.getByText('13.2')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Stop tap when you stand up the fifth time/ }));
    expect(status()).toHaveTextContent('Stopped. Sit down and rest, then check your time.');
    expect(fakes.tones.slice(4)).toEqual([660, 660, 660]);
    expect(secondsInput()).toHaveValue('13.2');

    vi.useRealTimers();
    await saveProfile({ sex: 'female', yearOfBirth: yearOfBirthForAge(72) });
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    expect(await screen.findByText(/seconds for five stands/)).toHaveTextContent('13.2 seconds for five stands');
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ kind: 'five-times-sit-to-stand', seconds: 13.2, day: todayLocal() })]);
    expect(useUnsavedInputStore.getState().dirtyForms.has('five-times-test')).toBe(false);
  });

  it('stops by itself after 2 minutes, the longest time a result may have', () => {
    useFakeClock();
    renderScreen();
    startAndRunCountdown();
    advance(120_000);
    expect(status()).toHaveTextContent('The stopwatch stopped after 2 minutes.');
    expect(fakes.vibrate).toHaveBeenLastCalledWith([300, 150, 300, 150, 600]);
    expect(secondsInput()).toHaveValue('');
  });

  it('"I had to use my arms" ends the test with nothing to save, kindly', async () => {
    useFakeClock();
    renderScreen();
    startAndRunCountdown();
    advance(8000);
    fireEvent.click(screen.getByRole('button', { name: 'I had to use my arms' }));
    expect(screen.getByRole('heading', { name: 'Test stopped' })).toBeInTheDocument();
    expect(screen.getByText(/no time to save today/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save my result' })).not.toBeInTheDocument();
    vi.useRealTimers();
    expect(await db.entries.count()).toBe(0);
  });
});

describe('five-times sit-to-stand: the result against the cut-offs', () => {
  it('shows the EWGSOP2, AWGS 2019 and Bohannon lines, each with its source', async () => {
    await saveProfile({ sex: 'male', yearOfBirth: yearOfBirthForAge(72) });
    renderScreen();
    await typeTimeAndSave('13.2');
    const norms = await screen.findByRole('region', { name: 'How your time compares' });
    const lines = within(norms).getAllByRole('listitem');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveTextContent('Low muscle strength (EWGSOP2): more than 15 seconds. Your time is not in this range.');
    expect(lines[0]).toHaveTextContent('Source: EWGSOP2: Cruz-Jentoft AJ et al., Age Ageing 2019;48:16–31');
    expect(lines[1]).toHaveTextContent('Low physical performance (AWGS 2019): 12 seconds or more. Your time is in this range.');
    expect(lines[1]).toHaveTextContent('Source: AWGS 2019: Chen LK et al., JAMDA 2020;21:300–307');
    expect(lines[2]).toHaveTextContent('Slower than average for age 70–79: more than 12.6 seconds. Your time is in this range.');
    expect(lines[2]).toHaveTextContent('Source: Bohannon RW, Percept Mot Skills 2006;103:215–222');
    expect(norms).toHaveTextContent(/worth telling your doctor/);
  });

  it('counts exactly 12 seconds as low performance under AWGS (12 s or more) but not under EWGSOP2 (over 15 s)', async () => {
    await saveProfile({ sex: 'female', yearOfBirth: yearOfBirthForAge(65) });
    renderScreen();
    await typeTimeAndSave('12');
    const lines = within(await screen.findByRole('region', { name: 'How your time compares' })).getAllByRole('listitem');
    expect(lines[0]).toHaveTextContent('Your time is not in this range.');
    expect(lines[1]).toHaveTextContent('Your time is in this range.');
    expect(lines[2]).toHaveTextContent('Slower than average for age 60–69: more than 11.4 seconds. Your time is in this range.');
  });

  it('without a year of birth, shows the cut-offs and says Settings adds the age average', async () => {
    renderScreen();
    await typeTimeAndSave('10');
    const norms = await screen.findByRole('region', { name: 'How your time compares' });
    expect(within(norms).getAllByRole('listitem')).toHaveLength(2);
    expect(norms).toHaveTextContent('Add your year of birth in Settings');
    expect(within(norms).getByRole('link', { name: 'Go to Settings' })).toHaveAttribute('href', '/settings');
    expect(norms).not.toHaveTextContent(/worth telling your doctor/);
  });

  it('outside the ages Bohannon covers, says there is no age average', async () => {
    await saveProfile({ sex: 'female', yearOfBirth: yearOfBirthForAge(50) });
    renderScreen();
    await typeTimeAndSave('10');
    expect(await screen.findByRole('region', { name: 'How your time compares' })).toHaveTextContent('cover ages 60 to 89, so there is none for your age');
  });

  it('accepts a decimal comma, and shows the change since last time (faster is better)', async () => {
    await addEntry({ kind: 'five-times-sit-to-stand', day: addDays(todayLocal(), -14), seconds: 14 });
    renderScreen();
    await typeTimeAndSave('12,5');
    const trend = await screen.findByRole('region', { name: 'Your own results' });
    expect(await within(trend).findByText(/1.5 seconds faster than last time/)).toBeInTheDocument();
    expect(within(trend).getByRole('listitem')).toHaveTextContent('14 seconds');
    expect((await db.entries.toArray()).map((e) => e.kind === 'five-times-sit-to-stand' && e.seconds)).toContain(12.5);
  });

  it('refuses a time outside 3–120 seconds with a clear message, and saves nothing', async () => {
    renderScreen();
    await typeTimeAndSave('2');
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a time between 3 and 120 seconds.');
    expect(secondsInput()).toHaveAttribute('aria-invalid', 'true');
    expect(await db.entries.count()).toBe(0);
  });
});
