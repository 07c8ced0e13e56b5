import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BalanceTestScreen } from '../../../src/features/tests/balance-test-screen';
import { TugTestScreen } from '../../../src/features/tests/tug-test-screen';
import { db } from '../../../src/db/database';
import { installMotion } from './browser-fakes';
import { advance, advanceSeconds, renderScreen, tap, tickChecksAndStart } from './mobility-helpers';
import { freshGuidedTest, leaveGuidedTest, type BrowserFakes } from './guided-test-setup';

// The screens' part only: the phone "feels" a sit or a sway on any sample with
// z above 15, so each test says exactly when. The detectors have their own
// tests on simulated traces (tests/domain), and the end-to-end tests run them.
vi.mock('../../../src/domain/tug-detector', () => ({
  findTugSit: (samples: Array<{ t: number; z: number }>) => {
    const sit = samples.find((s) => s.z > 15 && s.t > 0);
    return sit ? { seatedAt: sit.t / 1000, dropMetres: 0.4 } : null;
  },
}));
vi.mock('../../../src/domain/sway-detector', () => ({
  createSwayDetector: () => ({ push: (s: { t: number; z: number }) => (s.z > 15 && s.t >= 0 ? s.t : null) }),
}));

let fakes: BrowserFakes;

beforeEach(async () => {
  fakes = await freshGuidedTest();
  // performance too: the phone's samples are timed by it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
});

afterEach(() => leaveGuidedTest(fakes));

/** A Start tap that first asks for the movement (a promise), as an iPhone does. */
async function tapAndAnswer(name: RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
  });
}

/** Still samples every 50 ms for `ms`, then one "event" sample. */
function still(motion: ReturnType<typeof installMotion>, ms: number) {
  for (let t = 0; t < ms; t += 50) {
    advance(50);
    act(() => motion.send(0, 0, 9.8));
  }
}

describe('Timed Up and Go with the phone on the chest', () => {
  it('is the default, needs no helper, says Go after the countdown, stops by itself at the sit, and saves timedBy motion', async () => {
    const motion = installMotion('granted');
    renderScreen(<TugTestScreen />);
    expect(screen.getByRole('radio', { name: /Phone on my chest \(no helper needed\)/ })).toBeChecked();
    expect(screen.queryByText(/Someone is with me to tap Start and Stop/)).not.toBeInTheDocument();
    expect(screen.getByText(/ask someone to be nearby/)).toBeInTheDocument();
    tickChecksAndStart('Start the test');
    await tapAndAnswer(/Start: the phone on my chest/);
    expect(motion.requestPermission).toHaveBeenCalledTimes(1);
    still(motion, 10_000);
    expect(fakes.spoken).toContain('Go!');
    still(motion, 11_400);
    act(() => motion.send(0, 0, 16));
    // The phone is sure of the sit only a moment later; the time is the sit's.
    still(motion, 500);
    expect(screen.getByText(/The phone stopped the clock when you sat down/)).toBeInTheDocument();
    expect(screen.getByText('11.4')).toBeInTheDocument();
    vi.useRealTimers();
    tap('Save my result');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved' })).toBeInTheDocument());
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({ kind: 'tug', seconds: 11.4, timedBy: 'motion' });
  });

  it('can still be stopped by a tap (saved as tapped), or stopped for safety and recorded as unable', async () => {
    const motion = installMotion();
    renderScreen(<TugTestScreen />);
    tickChecksAndStart('Start the test');
    await tapAndAnswer(/Start: the phone on my chest/);
    still(motion, 19_000);
    tap(/^Stop if/);
    expect(screen.getByText('9.0')).toBeInTheDocument();
    expect(screen.queryByText(/The phone stopped the clock/)).not.toBeInTheDocument();
    tap('Do not save');
    tickChecksAndStart('Start the test');
    await tapAndAnswer(/Start: the phone on my chest/);
    advanceSeconds(12);
    tap('Stop the test');
    vi.useRealTimers();
    await act(async () => tap('Record that I could not do the test'));
    await waitFor(async () => expect(await db.mobilityTests.count()).toBe(1));
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({ kind: 'tug', seconds: 'unable' });
  });

  it('when the phone refuses its movement, says so plainly and goes on: the person taps Stop', async () => {
    installMotion('denied');
    renderScreen(<TugTestScreen />);
    tickChecksAndStart('Start the test');
    await tapAndAnswer(/Start: the phone on my chest/);
    expect(screen.getByText(/was not allowed to use the phone’s movement/)).toBeInTheDocument();
    expect(screen.getByText(/Tap Stop yourself as soon as you are sitting down again/)).toBeInTheDocument();
    advanceSeconds(10);
    advance(12_300);
    tap(/^Stop if/);
    expect(screen.getByText('12.3')).toBeInTheDocument();
  });
});

describe('balance test with the phone on the chest', () => {
  async function chooseThePhoneAndStart() {
    renderScreen(<BalanceTestScreen />);
    expect(screen.getByRole('radio', { name: /No phone on my chest/ })).toBeChecked();
    fireEvent.click(screen.getByRole('radio', { name: /Phone on my chest/ }));
    tickChecksAndStart('Start the test');
    await tapAndAnswer(/Start: feet side by side/);
  }

  it('a sway asks in plain words, out loud and to a screen reader; "Yes, I moved" ends the stance at the sway and saves stoppedBy motion', async () => {
    const motion = installMotion();
    await chooseThePhoneAndStart();
    still(motion, 13_400);
    act(() => motion.send(0, 0, 16));
    expect(screen.getByRole('heading', { name: 'The phone felt you move.' })).toHaveFocus();
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'The phone felt you move. Did you move your feet or need support?')).toBe(true);
    expect(fakes.spoken.at(-1)).toBe('The phone felt you move. Did you move your feet or need support?');
    expect(screen.queryByRole('button', { name: /I moved or needed support/ })).not.toBeInTheDocument();
    advance(1_500);
    tap('Yes, I moved');
    expect(screen.getByText(/Feet side by side:/).parentElement).toHaveTextContent('held for 3.4 seconds');
    vi.useRealTimers();
    tap('Save my result');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved' })).toBeInTheDocument());
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({ kind: 'balance', holds: { sideBySide: 3.4, semiTandem: null }, stoppedBy: 'motion' });
  });

  it('"No, carry on" keeps the clock that never stopped; if the 10 seconds ran out while asking, the stance counts as held', async () => {
    const motion = installMotion();
    await chooseThePhoneAndStart();
    still(motion, 12_000);
    act(() => motion.send(0, 0, 16));
    tap('No, carry on');
    expect(screen.getByRole('button', { name: /I moved/ })).toBeInTheDocument();
    still(motion, 8_000);
    expect(screen.getByRole('heading', { name: 'Stance 2 of 4: One foot half in front' })).toBeInTheDocument();

    await tapAndAnswer(/Start: one foot half in front/);
    still(motion, 19_000);
    act(() => motion.send(0, 0, 16));
    advanceSeconds(2);
    expect(screen.getByText('The 10 seconds are up.')).toBeInTheDocument();
    tap('No, carry on');
    expect(screen.getByRole('heading', { name: 'Stance 3 of 4: Feet heel to toe' })).toBeInTheDocument();
  });

  it('without a motion sensor, says so plainly and carries on with the "I moved" tap', async () => {
    await chooseThePhoneAndStart();
    advanceSeconds(10);
    expect(screen.getByText(/does not let apps feel its movement/)).toBeInTheDocument();
    advance(4_000);
    tap(/I moved/);
    expect(screen.getByText(/Feet side by side:/).parentElement).toHaveTextContent('held for 4.0 seconds');
  });
});
