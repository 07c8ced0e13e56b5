import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { addMobilityTest, allMobilityTests } from '../../../src/db/mobility-repository';
import HistoryScreen from '../../../src/features/history/history-screen';
import { describeMobilityTest } from '../../../src/features/history/mobility-results';
import { resetDatabase } from '../../db/reset-database';

beforeEach(async () => {
  await resetDatabase();
});

const base = { id: '6f1c2a9e-4b7d-4c1a-9e3f-000000000001', day: '2026-11-20', at: '2026-11-20T09:00:00.000Z' };

describe('balance and walking results in History', () => {
  it('says each kind in plain words, in the person’s units', () => {
    expect(describeMobilityTest({ ...base, kind: 'walk', courseMetres: 4, walkSeconds: [5, 4], timedBy: 'tapped' }, 'metric')).toBe('Walking speed: 1 m/s (over 4 m)');
    expect(describeMobilityTest({ ...base, kind: 'walk', courseMetres: 3, walkSeconds: [4], timedBy: 'tapped' }, 'imperial')).toBe('Walking speed: 2.5 ft/s (over 3 m)');
    expect(describeMobilityTest({ ...base, kind: 'tug', seconds: 'unable', timedBy: 'tapped' }, 'metric')).toBe('Timed Up and Go: could not do it');
    expect(
      describeMobilityTest({ ...base, kind: 'balance', holds: { sideBySide: 10, semiTandem: 10, tandem: 4.3, oneLeg: null } }, 'metric'),
    ).toBe('Balance test: 3 of 4 stances tried; feet heel to toe held for 4.3 seconds');
  });

  it('lists saved results under their own heading', async () => {
    await addMobilityTest({
      kind: 'sppb',
      holds: { sideBySide: 10, semiTandem: 10, tandem: 10 },
      courseMetres: 4,
      walkSeconds: 4.5,
      fiveStandsSeconds: 11,
      balanceScore: 4,
      walkScore: 4,
      chairStandsScore: 4,
      total: 12,
    });
    render(
      <MemoryRouter>
        <HistoryScreen />
      </MemoryRouter>,
    );
    expect(await screen.findByRole('heading', { name: 'Balance and walking tests' })).toBeInTheDocument();
    expect(screen.getByText(/Physical performance \(SPPB\): 12 out of 12/)).toBeInTheDocument();
  });

  it('deletes a result, says which, and Undo puts it back exactly as it was', async () => {
    const saved = await addMobilityTest({ kind: 'tug', seconds: 11.4, timedBy: 'tapped' });
    const user = userEvent.setup({ delay: null });
    render(
      <MemoryRouter>
        <HistoryScreen />
      </MemoryRouter>,
    );
    await user.click(await screen.findByRole('button', { name: /^Delete Timed Up and Go: 11\.4 seconds/ }));
    expect(await screen.findByText(/^Deleted Timed Up and Go: 11\.4 seconds/)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Delete Timed Up and Go/ })).not.toBeInTheDocument());
    expect(await allMobilityTests()).toEqual([]);
    // The row that had focus is gone, so focus moves to Undo.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText(/^Put back Timed Up and Go: 11\.4 seconds/)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: /^Delete Timed Up and Go: 11\.4 seconds/ })).toBeInTheDocument();
    expect(await allMobilityTests()).toEqual([saved]);
  });
});
