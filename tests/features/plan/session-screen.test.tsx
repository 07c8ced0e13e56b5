import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../src/db/database';
import { saveProfile } from '../../../src/db/profile-repository';
import { resetDatabase } from '../../db/reset-database';
import { renderApp, today } from '../render-app';

beforeEach(resetDatabase);

describe('a plan session', () => {
  it('shows the current exercise’s picture, and the next one’s after its sets', async () => {
    const user = userEvent.setup({ delay: null });
    await saveProfile({ planLevel: 1 });
    renderApp('/plan/session/lower-body');
    const card = (await screen.findByRole('heading', { level: 2, name: 'Sit-to-stand' })).closest('section')!;
    expect(await within(card).findByRole('img', { name: /^Left: sitting near the front of a chair/ })).toBeInTheDocument();

    // Two sets of sit-to-stand (skipping the rest between them), then the calf raise.
    for (let set = 0; set < 2; set++) {
      await user.click(within(card).getByRole('button', { name: 'Set done' }));
      await user.click(await within(card).findByRole('button', { name: 'Skip rest' }));
    }
    expect(within(card).getByRole('heading', { level: 2, name: 'Calf raise' })).toBeInTheDocument();
    expect(await within(card).findByRole('img', { name: /^Standing facing a kitchen counter, holding it\. Left: feet flat/ })).toBeInTheDocument();
    expect(within(card).getAllByRole('img')).toHaveLength(1);
  });
});

describe('finishing a session', () => {
  it('ticks it off, or, when that cannot be saved, says why and lets the person try again', async () => {
    const user = userEvent.setup({ delay: null });
    await saveProfile({ planLevel: 1 });
    renderApp('/plan/session/lower-body');
    await screen.findByRole('heading', { level: 2, name: 'Sit-to-stand' });
    // Every set of every exercise, skipping the rests, up to the last.
    while (!screen.queryByRole('button', { name: 'Finish session' })) {
      await user.click(screen.getByRole('button', { name: 'Set done' }));
      await user.click(await screen.findByRole('button', { name: 'Skip rest' }));
    }
    vi.spyOn(db.planProgress, 'put').mockRejectedValueOnce(new Dexie.QuotaExceededError('QuotaExceededError: disk full'));
    await user.click(screen.getByRole('button', { name: 'Finish session' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/^Your phone is out of storage space/));
    expect(screen.queryByText(/disk full/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Finish session' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Session done' })).toBeInTheDocument();
    expect(await db.planProgress.where('[day+itemId]').equals([today(), 'session:lower-body']).first()).toMatchObject({ done: true });
  });
});
