import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ChairStandTestScreen from '../../../src/features/tests/chair-stand-test-screen';
import FiveTimesTestScreen from '../../../src/features/tests/five-times-test-screen';
import { useChairStandStore } from '../../../src/features/tests/chair-stand-test';
import { useFiveTimesStore } from '../../../src/features/tests/five-times-test';
import { resetSignalsForTests } from '../../../src/features/tests/signals';
import { SPEAK_ALOUD_KEY } from '../../../src/features/tests/speech';
import { db } from '../../../src/db/database';
import { useUnsavedInputStore } from '../../../src/ui/unsaved-input-store';
import { resetDatabase } from '../../db/reset-database';
import { installBrowserFakes, installMotion } from './browser-fakes';

// The screens' part only: a stand "happens" on any sample with z above 15, so
// each test says exactly when the phone sees a stand. The real counter has its
// own tests (tests/domain), and the end-to-end test runs it on simulated traces.
vi.mock('../../../src/domain/stand-detector', () => ({
  createStandCounter: () => {
    const standTimes: number[] = [];
    return {
      push: (sample: { t: number; z: number }) => {
        if (sample.z <= 15) return [];
        standTimes.push(sample.t / 1000);
        return [sample.t / 1000];
      },
      finish: () => ({
        count: standTimes.length,
        standTimes,
        fifthStandAt: standTimes[4] ?? null,
        rises: standTimes.map((top, i) => ({ start: top - 1, top, riseSeconds: i < 3 ? 1 : 1.6 })),
      }),
      soFar: () => ({ count: standTimes.length, standTimes: [...standTimes], fifthStandAt: standTimes[4] ?? null, rises: [] }),
      // Still throughout: with no stand for 6 s, the phone gives up (lost-count.ts).
      stillShare: () => 1,
    };
  },
  // The confirmed count comes from the whole recording, by the same rule.
  countStands: (samples: Array<{ t: number; z: number }>) => {
    const standTimes = samples.filter((sample) => sample.z > 15 && sample.t >= 0 && sample.t <= 30_000).map((sample) => sample.t / 1000);
    return {
      count: standTimes.length,
      standTimes,
      fifthStandAt: standTimes[4] ?? null,
      rises: standTimes.map((top, i) => ({ start: top - 1, top, riseSeconds: i < 3 ? 1 : 1.6 })),
    };
  },
}));

// The five-times check of the whole recording (stand-detector-five-times.ts, tested in tests/domain), steered
// by each test: the stands heard at `rebounds` (s from Go) are a landing's rebound, which the whole recording
// does not find.
const wholeRecording = vi.hoisted(() => ({ rebounds: [] as number[], secondLookGiven: null as number[] | null }));
// The second look when the phone loses count (tested in tests/domain): finds nothing here, and keeps what it
// was given.
vi.mock('../../../src/domain/stand-detector-second-look', () => ({
  fiveOnSecondLook: (_samples: unknown, live: { standTimes: number[] }) => {
    wholeRecording.secondLookGiven = [...live.standTimes];
    return null;
  },
}));
vi.mock('../../../src/domain/stand-detector-five-times', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../src/domain/stand-detector-five-times')>()),
  createFifthCheck: () => ({
    check: (_samples: unknown, live: { standTimes: number[] }) => {
      const found = live.standTimes.filter((t) => !wholeRecording.rebounds.some((r) => Math.abs(r - t) < 0.01)).slice(0, 5);
      return found.length < 5 ? null : { count: 5, standTimes: found, fifthStandAt: found[4], rises: found.map((top) => ({ start: top - 1, top, riseSeconds: 1 })) };
    },
    due: () => null,
  }),
}));

let fakes: ReturnType<typeof installBrowserFakes>;

beforeEach(async () => {
  await resetDatabase();
  sessionStorage.clear();
  localStorage.clear();
  wholeRecording.rebounds = [];
  wholeRecording.secondLookGiven = null;
  for (const store of [useChairStandStore, useFiveTimesStore]) store.setState({ current: { step: 'ready' }, method: 'motion' });
  useUnsavedInputStore.setState({ dirtyForms: new Set() });
  resetSignalsForTests();
  fakes = installBrowserFakes();
  // performance too: the phone's samples are timed by it.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] });
});

afterEach(() => {
  vi.useRealTimers();
  fakes.uninstall();
});

function renderScreen(which: 'chair' | 'five') {
  return render(<MemoryRouter>{which === 'chair' ? <ChairStandTestScreen /> : <FiveTimesTestScreen />}</MemoryRouter>);
}

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

const status = () => screen.getByRole('status', { name: '' });

async function tickChecksAndStart() {
  for (const box of within(screen.getByRole('group', { name: /Tick each one/ })).getAllByRole('checkbox')) fireEvent.click(box);
  fireEvent.click(screen.getByRole('button', { name: 'Start the test' }));
  await act(async () => undefined); // the permission answer
}

/** The phone on the chest for `ms`: a still sample every 200 ms, and a stand at each of `standsAt` (ms from now). */
function holdPhone(motion: ReturnType<typeof installMotion>, ms: number, standsAt: readonly number[] = []) {
  for (let t = 200; t <= ms; t += 200) {
    advance(200);
    act(() => motion.send(0.1, 9.8, standsAt.includes(t) ? 20 : 0.3));
  }
}

describe('30-second chair stand with the phone on the chest', () => {
  it('is the way offered first, with a picture of how to hold the phone', () => {
    renderScreen('chair');
    expect(screen.getByRole('radio', { name: /Hold the phone on your chest/ })).toBeChecked();
    expect(screen.getByRole('img', { name: /phone flat against the breastbone/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Someone will tap/ })).not.toBeChecked();
    expect(screen.getByRole('radio', { name: /I will count and type it in/ })).not.toBeChecked();
  });

  it('gives 10 seconds to sit back, counts and says each stand, and asks the person to confirm the count', async () => {
    const motion = installMotion();
    renderScreen('chair');
    await tickChecksAndStart();
    advance(0);
    expect(status()).toHaveTextContent('Get ready: 10');
    expect(screen.getByText('Sit back and cross your arms over the phone on your chest.')).toBeInTheDocument();
    expect(fakes.spoken).toEqual(['Sit back, and cross your arms over the phone.']);

    holdPhone(motion, 10_000);
    expect(status()).toHaveTextContent('Go! Stand up and sit down until the beep.');
    expect(fakes.spoken.slice(1)).toEqual(['5', '4', '3', '2', '1', 'Go!']);
    holdPhone(motion, 8_000, [2_400, 5_000, 7_600]);
    // Big on the screen, beside the time left; read out whole to a screen reader.
    expect(document.querySelector('.gt-counted')).toHaveTextContent('3 stands counted by the phone');
    expect(fakes.spoken.slice(-3)).toEqual(['1', '2', '3']);
    // The voice says each stand, so a screen reader does not say it again over it.
    expect(document.querySelector('.gt-counted')).toHaveAttribute('aria-live', 'off');

    holdPhone(motion, 22_000, [2_000, 4_600]);
    expect(status()).toHaveTextContent('Time is up. Sit down and rest.');
    expect(fakes.tones.slice(-3)).toEqual([660, 660, 660]);
    expect(fakes.spoken.at(-1)).toBe('Stop. Time is up. Sit down and rest.');
    expect(screen.getByText('The phone counted 5 stands. Is that right? If not, change it with − and +, then save.')).toBeInTheDocument();
    const count = screen.getByRole('textbox', { name: 'Number of stands' });
    expect(count).toHaveValue('5');
    fireEvent.click(screen.getByRole('button', { name: 'One more' }));
    expect(count).toHaveValue('6');

    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    expect(await screen.findByText(/stands in 30 seconds/)).toHaveTextContent('6 stands in 30 seconds');
    const [entry] = await db.entries.toArray();
    expect(entry).toMatchObject({ kind: 'chair-stand-30s', reps: 6, countedBy: 'motion', rawCount: 5, standTimes: [2.4, 5, 7.6, 10, 12.6] });
    expect(entry).toMatchObject({ riseSeconds: [1, 1, 1, 1.6, 1.6] });
    expect(entry).not.toHaveProperty('interrupted');
    const quality = screen.getByRole('region', { name: 'How your stands went' });
    expect(quality).toHaveTextContent('On average, each stand took 2.6 seconds');
    expect(quality).toHaveTextContent('Standing up took about 1.2 seconds each time');
  });

  it('says the count may be short when the screen went off during the test, and saves that', async () => {
    const motion = installMotion();
    renderScreen('chair');
    await tickChecksAndStart();
    holdPhone(motion, 14_000, [12_000, 14_000]);
    // The screen locks: the page is hidden and no movement arrives for 3 seconds.
    act(() => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    advance(3_000);
    act(() => {
      // Back to jsdom's own answer ("visible").
      delete (document as { visibilityState?: unknown }).visibilityState;
      document.dispatchEvent(new Event('visibilitychange'));
    });
    holdPhone(motion, 24_000);
    expect(screen.getByText(/The screen went off, or Regain was in the background/)).toHaveTextContent('so the count may be short');
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    await screen.findByText(/stands in 30 seconds/);
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ reps: 2, rawCount: 2, interrupted: true })]);
  });

  it('notices a gap in the movement even when the page never said it was hidden', async () => {
    const motion = installMotion();
    renderScreen('chair');
    await tickChecksAndStart();
    holdPhone(motion, 12_000);
    advance(1_600);
    holdPhone(motion, 30_000);
    expect(screen.getByText(/The screen went off/)).toBeInTheDocument();
  });
});

describe('the time to get ready after Start', () => {
  it('is 10 seconds unless the person chooses more, and a longer choice is kept on the phone for the next test', async () => {
    const motion = installMotion();
    const view = renderScreen('chair');
    const choice = screen.getByRole('group', { name: 'Time to get ready after Start' });
    expect(within(choice).getByRole('radio', { name: '10 seconds' })).toBeChecked();
    fireEvent.click(within(choice).getByRole('radio', { name: '20 seconds' }));
    expect(screen.getByText(/You then have 20 seconds to sit back and cross your arms/)).toBeInTheDocument();
    await tickChecksAndStart();
    advance(0);
    expect(status()).toHaveTextContent('Get ready: 20');
    holdPhone(motion, 10_000);
    expect(status()).toHaveTextContent('Get ready: 10');
    // Not ten seconds of silence after the first words: the ten is said.
    expect(fakes.spoken).toEqual(['Sit back, and cross your arms over the phone.', '10 seconds.']);
    holdPhone(motion, 10_000);
    expect(status()).toHaveTextContent('Go! Stand up and sit down until the beep.');
    view.unmount();

    // Another test, another day: the same choice.
    renderScreen('five');
    expect(within(screen.getByRole('group', { name: 'Time to get ready after Start' })).getByRole('radio', { name: '20 seconds' })).toBeChecked();
  });

  it('is not asked when someone taps: a 3-2-1 is enough then', () => {
    renderScreen('chair');
    fireEvent.click(screen.getByRole('radio', { name: /Someone will tap/ }));
    expect(screen.queryByRole('group', { name: 'Time to get ready after Start' })).toBeNull();
  });
});

describe('when the phone cannot count', () => {
  it('says so in plain words where the browser has no movement at all, and starts another way at once', async () => {
    renderScreen('chair');
    await tickChecksAndStart();
    expect(status()).toHaveTextContent('The phone cannot count your stands. Choose another way below.');
    expect(screen.getByRole('region', { name: 'The phone cannot count this time' })).toHaveTextContent('does not let apps use its movement');
    fireEvent.click(screen.getByRole('button', { name: 'Start: someone will tap' }));
    advance(0);
    expect(status()).toHaveTextContent('Get ready: 3');
    advance(3_000);
    expect(screen.getByRole('button', { name: /tap each time you stand up/ })).toBeInTheDocument();
  });

  it('asks an iPhone for the movement inside the Start tap, and says what to do when it is refused', async () => {
    const motion = installMotion('denied');
    renderScreen('chair');
    await tickChecksAndStart();
    expect(motion.requestPermission).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: 'The phone cannot count this time' })).toHaveTextContent('choose Allow when the phone asks');
    expect(screen.getByRole('radio', { name: /Someone will tap/ })).toBeChecked();
    fireEvent.click(screen.getByRole('button', { name: 'Start: I will count' }));
    advance(0);
    expect(status()).toHaveTextContent('Get ready: 10');
  });

  it('gives up on the phone when no movement arrives within a second and a half', async () => {
    installMotion('granted');
    renderScreen('chair');
    await tickChecksAndStart();
    advance(1_000);
    expect(status()).toHaveTextContent('Get ready: 9');
    advance(600);
    expect(screen.getByRole('region', { name: 'The phone cannot count this time' })).toHaveTextContent('did not send any movement');
    expect(useUnsavedInputStore.getState().dirtyForms.has('chair-stand-test')).toBe(false);
  });
});

describe('the voice', () => {
  it('can be turned off on the test screen, is remembered, and goes quiet when the person leaves', async () => {
    const motion = installMotion();
    const { unmount } = renderScreen('chair');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Say the countdown and each stand out loud' }));
    expect(localStorage.getItem(SPEAK_ALOUD_KEY)).toBe('off');
    await tickChecksAndStart();
    holdPhone(motion, 12_000, [11_000]);
    expect(fakes.spoken).toEqual([]);
    // With the voice off, a screen reader says each stand the phone counts.
    const counted = document.querySelector('.gt-counted');
    expect(counted).toHaveTextContent('1 stand counted by the phone');
    expect(counted).toHaveAttribute('aria-live', 'polite');
    expect(fakes.tones.length).toBeGreaterThan(0); // the beeps stay
    expect(screen.getByRole('checkbox', { name: 'Say the countdown and each stand out loud' })).not.toBeChecked();
    fakes.speechSynthesis.cancel.mockClear();
    unmount();
    expect(fakes.speechSynthesis.cancel).toHaveBeenCalled();
  });
});

/** Five-times, phone on the chest, for `ms` after Go: the phone hears a "stand" at 6 s (the rebound after
 * landing on the seat), so its fifth comes at 9.4 s, which the whole recording does not confirm. */
async function fiveTimesWithRebound(ms: number) {
  const motion = installMotion();
  renderScreen('five');
  await tickChecksAndStart();
  holdPhone(motion, 10_000);
  wholeRecording.rebounds = [6];
  holdPhone(motion, ms, [2_200, 4_600, 6_000, 7_200, 9_400]);
  return motion;
}

describe('five-times sit-to-stand with the phone on the chest', () => {
  it('starts the clock at Go and stops it by itself on the fifth stand', async () => {
    const motion = installMotion();
    renderScreen('five');
    expect(screen.getByRole('radio', { name: /Hold the phone on your chest/ })).toBeChecked();
    await tickChecksAndStart();
    holdPhone(motion, 10_000);
    expect(status()).toHaveTextContent('Go!');
    holdPhone(motion, 14_000, [2_200, 4_600, 7_000, 9_400, 11_800]);
    expect(status()).toHaveTextContent('Five stands. Sit down and rest, then check your time.');
    expect(fakes.tones.slice(-3)).toEqual([660, 660, 660]);
    expect(screen.getByText('The phone timed five stands: 11.8 seconds. Is that right? If not, change it with − and +, then save.')).toBeInTheDocument();
    const time = screen.getByRole('textbox', { name: 'Time for five stands, in seconds' });
    expect(time).toHaveValue('11.8');
    fireEvent.click(screen.getByRole('button', { name: 'A tenth of a second less' }));
    expect(time).toHaveValue('11.7');

    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    expect(await screen.findByText(/seconds for five stands/)).toHaveTextContent('11.7 seconds for five stands');
    expect(await db.entries.toArray()).toEqual([
      expect.objectContaining({ seconds: 11.7, timedBy: 'motion', rawSeconds: 11.8, standTimes: [2.2, 4.6, 7, 9.4, 11.8] }),
    ]);
  });

  it('does not stop the clock on a fifth stand the whole recording does not find, and stops on the next', async () => {
    const motion = await fiveTimesWithRebound(10_000);
    expect(status()).toHaveTextContent('Go!');
    expect(screen.getByRole('button', { name: /^Stop tap when you stand up/ })).toBeInTheDocument();
    // The stand at 9.4 s is neither said nor shown: the count heard and seen never goes back.
    expect(fakes.spoken.slice(-4)).toEqual(['1', '2', '3', '4']);
    expect(document.querySelector('.gt-counted')).toHaveTextContent('4');
    holdPhone(motion, 2_000, [1_800]);
    expect(status()).toHaveTextContent('Five stands. Sit down and rest, then check your time.');
    expect(fakes.spoken.slice(-2)).toEqual(['5', 'Stop. Sit down and rest.']);
    expect(screen.getByRole('textbox', { name: 'Time for five stands, in seconds' })).toHaveValue('11.8');
    // The times per stand kept are the five the whole recording found: the rebound is not among them.
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    expect(await screen.findByText(/seconds for five stands/)).toHaveTextContent('11.8 seconds for five stands');
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ seconds: 11.8, timedBy: 'motion', standTimes: [2.2, 4.6, 7.2, 9.4, 11.8] })]);
  });

  it('gives up with the stands it said, not the fifth it doubted, when nothing more comes', async () => {
    // Then the person sits still.
    await fiveTimesWithRebound(17_000);
    expect(fakes.spoken.slice(-2)).toEqual(['4', 'The phone lost count. Sit down and rest.']);
    expect(screen.getByText(/The phone saw 4 stands, then no movement for 6 seconds/)).toBeInTheDocument();
    // The second look was asked about the four said: with the doubted fifth among them it would find nothing.
    expect(wholeRecording.secondLookGiven).toEqual([2.2, 4.6, 6, 7.2]);
  });

  it('still lets someone nearby tap Stop, and records that the time was tapped', async () => {
    const motion = installMotion();
    renderScreen('five');
    await tickChecksAndStart();
    holdPhone(motion, 10_000);
    holdPhone(motion, 9_000, [3_000, 6_000]);
    fireEvent.click(screen.getByRole('button', { name: /Stop tap when you stand up the fifth time/ }));
    expect(screen.getByRole('textbox', { name: 'Time for five stands, in seconds' })).toHaveValue('9.0');
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    await screen.findByText(/seconds for five stands/);
    expect(await db.entries.toArray()).toEqual([expect.objectContaining({ seconds: 9, timedBy: 'tapped', rawSeconds: 9, standTimes: [3, 6] })]);
  });
});

/** The phone on the chest: the test started and run through its 10 s countdown to Go, recording the movement if asked. */
async function onChestToGo(which: 'chair' | 'five', { recording = false } = {}) {
  if (recording) localStorage.setItem('regain-record-motion', 'on');
  const motion = installMotion();
  renderScreen(which);
  await tickChecksAndStart();
  holdPhone(motion, 10_000);
  return motion;
}

describe('movement recordings', () => {
  it('offer the raw movement of a test as a CSV file, when turned on in Your data', async () => {
    const motion = await onChestToGo('five', { recording: true });
    holdPhone(motion, 12_000, [2_000, 4_000, 6_000, 8_000, 10_000]);
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    await screen.findByText(/seconds for five stands/);

    const files: Blob[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation((file) => {
      files.push(file as Blob);
      return 'blob:recording';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    await userEvent.click(screen.getByRole('button', { name: 'Save the recording (CSV file)' }));
    expect(await screen.findByText('The recording was saved to your downloads.')).toBeInTheDocument();
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    const lines = (await files[0]!.text()).trim().split('\n');
    expect(lines[0]).toBe('t,ax,ay,az');
    // From Start: the countdown's samples come first, before Go (negative times).
    expect(lines[1]).toMatch(/^-9800(\.0)?,0\.1,9\.8,0\.3$/);
    expect(lines).toHaveLength(1 + 50 + 50);
  });

  it('are offered on the check screen too, so a test not saved can still be sent', async () => {
    const motion = await onChestToGo('chair', { recording: true });
    holdPhone(motion, 30_000, [3_000, 6_000]);
    expect(screen.getByText(/^The phone counted 2 stands/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save the recording (CSV file)' })).toBeInTheDocument();
    // Someone tapping: no movement was recorded, so nothing is offered.
    fireEvent.click(screen.getByRole('button', { name: 'Do not save' }));
    fireEvent.click(screen.getByRole('radio', { name: /Someone will tap/ }));
    await tickChecksAndStart();
    advance(33_000);
    expect(screen.getByRole('heading', { name: 'Check your count' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save the recording/ })).not.toBeInTheDocument();
  });

  it('are offered when a five-times test with the phone on the chest ends with the arms used (nothing to save)', async () => {
    const motion = await onChestToGo('five', { recording: true });
    holdPhone(motion, 4_000, [2_000]);
    fireEvent.click(screen.getByRole('button', { name: 'I had to use my arms' }));
    expect(screen.getByRole('button', { name: 'Save the recording (CSV file)' })).toBeInTheDocument();
  });

  it('are not offered unless turned on', async () => {
    const motion = await onChestToGo('five');
    holdPhone(motion, 12_000, [2_000, 4_000, 6_000, 8_000, 10_000]);
    vi.useRealTimers();
    await userEvent.click(screen.getByRole('button', { name: 'Save my result' }));
    await screen.findByText(/seconds for five stands/);
    expect(screen.getByRole('region', { name: 'How your stands went' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save the recording/ })).not.toBeInTheDocument();
  });
});
