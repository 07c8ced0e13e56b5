import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BalanceTestScreen } from '../../../src/features/tests/balance-test-screen';
import { db } from '../../../src/db/database';
import { useUnsavedInputStore } from '../../../src/ui/unsaved-input-store';
import { advance, advanceSeconds, renderScreen, tap, tickChecksAndStart, useFakeClock } from './mobility-helpers';
import { freshGuidedTest, leaveGuidedTest, type BrowserFakes } from './guided-test-setup';

let fakes: BrowserFakes;

beforeEach(async () => {
  fakes = await freshGuidedTest();
});

afterEach(() => leaveGuidedTest(fakes));

/** Start a stance, then its 10-second spoken countdown. */
function startStance(name: RegExp) {
  tap(name);
  advanceSeconds(10);
}

describe('balance test', () => {
  it('asks for someone close by and a clear floor before anything starts', () => {
    renderScreen(<BalanceTestScreen />);
    expect(screen.getByText(/Someone is standing close beside me/)).toBeInTheDocument();
    expect(screen.getByText(/The floor around me is clear/)).toBeInTheDocument();
    tap('Start the test');
    expect(screen.getByRole('alert')).toHaveTextContent('Please tick all three checks first');
  });

  it('says each stance, counts down out loud, and goes on after each 10-second hold; tapping "I moved" ends it with the time held', async () => {
    useFakeClock();
    renderScreen(<BalanceTestScreen />);
    tickChecksAndStart('Start the test');
    expect(screen.getByRole('heading', { name: 'Stance 1 of 4: Feet side by side' })).toBeInTheDocument();
    // A picture of the feet from above, described for a screen reader.
    expect(screen.getByRole('img', { name: 'Seen from above: two feet side by side, touching.' })).toBeInTheDocument();
    startStance(/Start: feet side by side/);
    expect(fakes.spoken[0]).toMatch(/^Feet side by side\. Stand with your feet side by side/);
    expect(fakes.spoken).toEqual(expect.arrayContaining(['5', '4', '3', '2', '1', 'Go!']));
    expect(useUnsavedInputStore.getState().dirtyForms.has('balance-test')).toBe(true);
    advanceSeconds(10);
    expect(fakes.spoken.at(-1)).toBe('Well done. Relax.');
    expect(screen.getByRole('heading', { name: 'Stance 2 of 4: One foot half in front' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /^Seen from above: one foot half a step ahead of the other/ })).toBeInTheDocument();
    startStance(/Start: one foot half in front/);
    advanceSeconds(10);
    startStance(/Start: feet heel to toe/);
    advance(4_300);
    tap(/I moved/);
    expect(screen.getByText(/Feet heel to toe:/).parentElement).toHaveTextContent('held for 4.3 seconds');
    expect(screen.getByText(/On one foot:/).parentElement).toHaveTextContent('not tried');
    expect(screen.getByText(/Higher risk of falling/).closest('li')).toHaveClass('gt-flagged');
    vi.useRealTimers();
    tap('Save my result');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved' })).toBeInTheDocument());
    const [saved] = await db.mobilityTests.toArray();
    expect(saved).toMatchObject({ kind: 'balance', holds: { sideBySide: 10, semiTandem: 10, tandem: 4.3, oneLeg: null }, stoppedBy: 'tapped' });
  });

  it('saves nothing when stopped for safety, unless the person records that they could not hold the stance', async () => {
    useFakeClock();
    renderScreen(<BalanceTestScreen />);
    tickChecksAndStart('Start the test');
    startStance(/Start: feet side by side/);
    tap('Stop the test');
    expect(screen.getByRole('heading', { name: 'Test stopped' })).toBeInTheDocument();
    tap('Do not save anything');
    expect(screen.getByRole('button', { name: 'Start the test' })).toBeInTheDocument();
    expect(await db.mobilityTests.count()).toBe(0);

    tickChecksAndStart('Start the test');
    startStance(/Start: feet side by side/);
    tap('Stop the test');
    tap('Record that I could not hold this stance');
    expect(screen.getByText(/Feet side by side:/).parentElement).toHaveTextContent('held for 0.0 seconds');
    vi.useRealTimers();
    await act(async () => tap('Save my result'));
    await waitFor(async () => expect(await db.mobilityTests.count()).toBe(1));
    expect((await db.mobilityTests.toArray())[0]!.kind).toBe('balance');
  });
});
