import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TugTestScreen } from '../../../src/features/tests/tug-test-screen';
import { WalkingSpeedTestScreen } from '../../../src/features/tests/walking-speed-test-screen';
import { db } from '../../../src/db/database';
import { saveProfile } from '../../../src/db/profile-repository';
import { useUnsavedInputStore } from '../../../src/ui/unsaved-input-store';
import { advance, advanceSeconds, renderScreen, tap, tickChecksAndStart, useFakeClock } from './mobility-helpers';
import { freshGuidedTest, leaveGuidedTest, type BrowserFakes } from './guided-test-setup';

let fakes: BrowserFakes;

beforeEach(async () => {
  fakes = await freshGuidedTest();
});

afterEach(() => leaveGuidedTest(fakes));

/** Start, the 10-second spoken countdown, walk for `ms`, Stop. */
function timedRun(start: RegExp, ms: number) {
  tap(start);
  advanceSeconds(10);
  advance(ms);
  tap(/^Stop when/);
}

describe('walking speed test', () => {
  it('times two walks, keeps the faster, and gives the speed with the lines in plain words', async () => {
    useFakeClock();
    renderScreen(<WalkingSpeedTestScreen />);
    tickChecksAndStart('Start the test');
    timedRun(/Start walk 1/, 5_400);
    expect(screen.getByText('Time: 5.4 seconds.')).toBeInTheDocument();
    timedRun(/Start walk 2/, 4_000);
    // 4 m in 4.0 s: 1.00 m/s.
    expect(screen.getByText('1 m/s')).toBeInTheDocument();
    expect(screen.getByText(/Low physical performance \(0.8 m\/s or slower\)/).closest('li')).not.toHaveClass('gt-flagged');
    expect(screen.getByText(/slower than 1.0 m\/s/).closest('li')).not.toHaveClass('gt-flagged');
    vi.useRealTimers();
    tap('Save my result');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved' })).toBeInTheDocument());
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({ kind: 'walk', courseMetres: 4, walkSeconds: [5.4, 4], timedBy: 'tapped' });
  });

  it('in a small home walks 3 metres, says so beside the result, and shows feet per second in imperial units', async () => {
    await saveProfile({ units: 'imperial' });
    renderScreen(<WalkingSpeedTestScreen />);
    fireEvent.click(await screen.findByRole('radio', { name: /3 metres \(10 feet\)/ }));
    useFakeClock();
    tickChecksAndStart('Start the test');
    timedRun(/Start walk 1/, 4_000);
    timedRun(/Start walk 2/, 5_000);
    // 3 m in 4.0 s = 0.75 m/s = 2.5 ft/s.
    expect(screen.getByText('2.5 ft/s')).toBeInTheDocument();
    expect(screen.getByText(/You walked 3 metres, not 4/)).toBeInTheDocument();
    expect(screen.getByText(/0.8 m\/s or slower/).closest('li')).toHaveClass('gt-flagged');
  });

  it('stopped for safety: nothing saved, unless the person records that they could not do the walk', async () => {
    useFakeClock();
    renderScreen(<WalkingSpeedTestScreen />);
    tickChecksAndStart('Start the test');
    tap(/Start walk 1/);
    advanceSeconds(12);
    tap('Stop the test');
    expect(await db.mobilityTests.count()).toBe(0);
    vi.useRealTimers();
    await act(async () => tap('Record that I could not do the walk'));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved' })).toBeInTheDocument());
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({ kind: 'walk', walkSeconds: 'unable' });
  });
});

describe('Timed Up and Go', () => {
  it('with a helper timing it: asks for a chair with arms, a line 3 metres away and the helper; times from Go to seated; shows the lines', async () => {
    useFakeClock();
    renderScreen(<TugTestScreen />);
    fireEvent.click(screen.getByRole('radio', { name: /Someone will tap Start and Stop/ }));
    expect(screen.getByText(/Someone is with me to tap Start and Stop/)).toBeInTheDocument();
    expect(screen.getByText(/A chair with arms/)).toBeInTheDocument();
    expect(screen.getByText(/3 metres \(10 feet\)/)).toBeInTheDocument();
    tickChecksAndStart('Start the test');
    expect(useUnsavedInputStore.getState().dirtyForms.has('tug-test')).toBe(true);
    timedRun(/Start: the helper taps Stop/, 13_600);
    expect(screen.getByText('13.6')).toBeInTheDocument();
    expect(screen.getByText(/At risk of falling \(12 seconds or more\)/).closest('li')).toHaveClass('gt-flagged');
    expect(screen.getByText(/20 seconds or more/).closest('li')).not.toHaveClass('gt-flagged');
    vi.useRealTimers();
    tap('Save my result');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved' })).toBeInTheDocument());
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({ kind: 'tug', seconds: 13.6, timedBy: 'tapped' });
  });

  it('Do not save leaves nothing, and the stopwatch gives up after 2 minutes', async () => {
    useFakeClock();
    renderScreen(<TugTestScreen />);
    fireEvent.click(screen.getByRole('radio', { name: /Someone will tap Start and Stop/ }));
    tickChecksAndStart('Start the test');
    tap(/Start: the helper taps Stop/);
    advanceSeconds(10 + 120);
    expect(screen.getByText('The stopwatch stopped after 2 minutes.')).toBeInTheDocument();
    tap('Do not save anything');
    expect(screen.getByRole('button', { name: 'Start the test' })).toBeInTheDocument();
    expect(await db.mobilityTests.count()).toBe(0);
  });
});
