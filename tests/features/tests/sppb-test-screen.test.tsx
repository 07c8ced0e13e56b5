import { act, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SppbTestScreen } from '../../../src/features/tests/sppb-test-screen';
import { db } from '../../../src/db/database';
import { addEntry } from '../../../src/db/entries-repository';
import { todayLocal } from '../../../src/domain/dates';
import { sppbWaitingForStands } from '../../../src/features/tests/sppb-handoff';
import { advance, advanceSeconds, renderScreen, tap, tickChecksAndStart, useFakeClock } from './mobility-helpers';
import { freshGuidedTest, leaveGuidedTest, type BrowserFakes } from './guided-test-setup';

let fakes: BrowserFakes;

beforeEach(async () => {
  fakes = await freshGuidedTest();
});

afterEach(() => leaveGuidedTest(fakes));

function hold(start: RegExp, ms = 10_000) {
  tap(start);
  advanceSeconds(10);
  advance(ms);
}

function timedRun(start: RegExp, ms: number) {
  tap(start);
  advanceSeconds(10);
  advance(ms);
  tap(/^Stop when/);
}

describe('SPPB session', () => {
  it('goes balance → walk → five chair stands in one session, then scores out of 12 with its parts and the two lines', async () => {
    useFakeClock();
    renderScreen(<SppbTestScreen />);
    expect(screen.getByRole('link', { name: /Balance test/ })).toHaveAttribute('href', '/tests/balance');
    tickChecksAndStart('Start the session');
    expect(screen.getByText('Part 1 of 3: balance')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Stance 1 of 3: Feet side by side' })).toBeInTheDocument();
    hold(/Start: feet side by side/);
    hold(/Start: one foot half in front/);
    hold(/Start: feet heel to toe/, 5_000);
    tap(/I moved/);
    expect(screen.getByText('Part 2 of 3: walking')).toBeInTheDocument();
    timedRun(/Start walk 1/, 5_000);
    timedRun(/Start walk 2/, 6_300);
    expect(screen.getByRole('heading', { name: 'Part 3 of 3: five chair stands' })).toBeInTheDocument();
    tap('Someone will tap Start and Stop');
    timedRun(/Start the chair stands/, 12_000);
    // Balance: 1 + 1 + 1 (tandem 5 s) = 3; walk 5.0 s = 3; five stands 12.0 s = 3.
    expect(screen.getByRole('heading', { name: 'Your score' }).parentElement).toHaveTextContent('9 out of 12');
    expect(screen.getByText('Balance:').parentElement).toHaveTextContent('3 of 4 points');
    expect(screen.getByText('Walking:').parentElement).toHaveTextContent('3 of 4 points (5.00 seconds over 4 metres)');
    expect(screen.getByText('Chair stands:').parentElement).toHaveTextContent('3 of 4 points (12.0 seconds)');
    expect(screen.getByText(/8 points or fewer/).closest('li')).not.toHaveClass('gt-flagged');
    expect(screen.getByText(/9 points or fewer/).closest('li')).toHaveClass('gt-flagged');
    vi.useRealTimers();
    tap('Save my result');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Saved' })).toBeInTheDocument());
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({
      kind: 'sppb',
      holds: { sideBySide: 10, semiTandem: 10, tandem: 5 },
      courseMetres: 4,
      walkSeconds: 5,
      fiveStandsSeconds: 12,
      balanceScore: 3,
      walkScore: 3,
      chairStandsScore: 3,
      total: 9,
    });
  });

  it('a part the person could not do scores 0 and the session goes on; needing the arms in the chair stands scores 0', async () => {
    useFakeClock();
    renderScreen(<SppbTestScreen />);
    tickChecksAndStart('Start the session');
    hold(/Start: feet side by side/, 2_000);
    tap(/I moved/);
    tap(/Start walk 1/);
    advanceSeconds(13);
    tap('Stop the test');
    tap('I could not do the walk: record that and go on');
    tap('Someone will tap Start and Stop');
    tap(/Start the chair stands/);
    advanceSeconds(15);
    tap('I had to use my arms');
    tap('I could not do them: record that');
    expect(screen.getByRole('heading', { name: 'Your score' }).parentElement).toHaveTextContent('0 out of 12');
    vi.useRealTimers();
    await act(async () => tap('Save my result'));
    await waitFor(async () => expect(await db.mobilityTests.count()).toBe(1));
    expect((await db.mobilityTests.toArray())[0]).toMatchObject({ walkSeconds: 'unable', fiveStandsSeconds: 'unable', total: 0 });
  });

  it('after a reload in the middle of the session, comes back to the part the person was in', () => {
    useFakeClock();
    const first = renderScreen(<SppbTestScreen />);
    tickChecksAndStart('Start the session');
    hold(/Start: feet side by side/, 3_000);
    tap(/I moved/);
    expect(screen.getByText('Part 2 of 3: walking')).toBeInTheDocument();
    first.unmount();
    renderScreen(<SppbTestScreen />);
    expect(screen.getByText('Part 2 of 3: walking')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Walk 1 of 2' })).toBeInTheDocument();
  });

  it('ending the session saves nothing', async () => {
    useFakeClock();
    renderScreen(<SppbTestScreen />);
    tickChecksAndStart('Start the session');
    tap(/Start: feet side by side/);
    advanceSeconds(12);
    tap('Stop the test');
    tap('End the session: save nothing');
    expect(screen.getByRole('button', { name: 'Start the session' })).toBeInTheDocument();
    expect(await db.mobilityTests.count()).toBe(0);
  });

  it('the phone can time the chair stands: the five-times test runs them, and the time it saves comes back to the session', async () => {
    useFakeClock();
    // A five-times result from an earlier day must not be taken for today's stands.
    await addEntry({ kind: 'five-times-sit-to-stand', day: todayLocal(), seconds: 15, timedBy: 'typed' }, new Date(Date.now() - 3_600_000));
    const session = () => (
      <MemoryRouter initialEntries={['/tests/sppb']}>
        <Routes>
          <Route path="/tests/sppb" element={<SppbTestScreen />} />
          <Route path="/tests/five-times-sit-to-stand" element={<h1>Five chair stands test</h1>} />
        </Routes>
      </MemoryRouter>
    );
    const first = render(session());
    tickChecksAndStart('Start the session');
    hold(/Start: feet side by side/);
    hold(/Start: one foot half in front/);
    hold(/Start: feet heel to toe/);
    timedRun(/Start walk 1/, 4_500);
    timedRun(/Start walk 2/, 4_700);
    tap('Time them with the phone on my chest');
    expect(screen.getByRole('heading', { name: 'Five chair stands test' })).toBeInTheDocument();
    expect(sppbWaitingForStands()).toBe(true);
    const chose = Date.now();
    first.unmount();
    vi.useRealTimers();

    // The five-times test saves the time the phone measured and the person confirmed; then back to the session.
    await addEntry({ kind: 'five-times-sit-to-stand', day: todayLocal(), seconds: 10.4, timedBy: 'motion' }, new Date(chose + 40_000));
    render(session());
    expect(await screen.findByRole('heading', { name: 'Your score' })).toBeInTheDocument();
    expect(screen.getByText('Chair stands:').parentElement).toHaveTextContent('4 of 4 points (10.4 seconds)');
    expect(screen.getByRole('heading', { name: 'Your score' }).parentElement).toHaveTextContent('12 out of 12');
  });

  it('back from the five-times test without a time (the arms were needed), the session records the chair stands as not done', () => {
    useFakeClock();
    renderScreen(<SppbTestScreen />);
    tickChecksAndStart('Start the session');
    hold(/Start: feet side by side/, 2_000);
    tap(/I moved/);
    timedRun(/Start walk 1/, 4_500);
    timedRun(/Start walk 2/, 4_700);
    expect(screen.queryByRole('button', { name: 'I needed my arms: record that' })).not.toBeInTheDocument();
    tap('Time them with the phone on my chest');
    tap('I needed my arms: record that');
    expect(screen.getByText('Chair stands:').parentElement).toHaveTextContent('0 of 4 points (could not do them)');
  });
});
