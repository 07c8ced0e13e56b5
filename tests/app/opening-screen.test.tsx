import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { preloadScreenFor } from '../../src/app/routes';
import { renderApp as renderAt } from '../features/render-app';

// The app loads the opening screen's code before it hydrates the prerendered
// page (src/main.tsx), so that first render must not suspend: a suspended
// screen is what made React swap the prerendered page for "Loading…".
describe('the opening screen', () => {
  it('draws at once, with no "Loading…", once its code has been loaded', async () => {
    await preloadScreenFor('/learn');
    renderAt('/learn');
    expect(screen.getByRole('heading', { level: 1, name: 'Learn' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('finds the screen of an address with a parameter', async () => {
    await preloadScreenFor('/plan/session/no-such-session');
    renderAt('/plan/session/no-such-session');
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('without loading first, shows "Loading…" until the code arrives (later navigations)', async () => {
    renderAt('/measurements');
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
  });
});
