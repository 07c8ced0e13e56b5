import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveProfile } from '../../../src/db/profile-repository';
import { resetDatabase } from '../../db/reset-database';
import { renderApp } from '../render-app';

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
