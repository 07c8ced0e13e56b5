import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ROUTE_HEADINGS, SETTINGS_PATH } from '../../src/app/route-list';
import { renderApp as renderAt } from '../features/render-app';
import { loadScreens, renderLoadedApp } from '../support/loaded-app';

describe('app shell', () => {
  it.each(ROUTE_HEADINGS.map((r) => [r.path, r.heading] as const))('shows the %s screen with its heading', async (path, heading) => {
    await renderLoadedApp(path);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('offers the five destinations in the main navigation, by name', () => {
    renderAt('/');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    // The full bar (a list); CSS swaps in the compact Today + Menu bar at large text.
    const links = within(within(nav).getByRole('list')).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(['Today', 'Progress', 'Plan', 'Symptoms', 'Learn']);
    expect(within(nav).getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-haspopup', 'dialog');
    expect(within(nav).getAllByRole('link', { name: 'Symptoms' })[0]).toHaveAttribute('href', '/symptoms');
  });

  // Each screen is shown (its heading is up) before the Settings link is
  // followed, and following it must land on the Settings screen.
  it.each(ROUTE_HEADINGS.filter((r) => r.path !== SETTINGS_PATH).map((r) => [r.path, r.heading] as const))(
    'reaches Settings from the %s screen',
    async (path, heading) => {
      const user = userEvent.setup({ delay: null });
      await loadScreens(path, SETTINGS_PATH);
      renderAt(path);
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();

      await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Settings' }));

      expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
      expect(screen.queryByRole('heading', { level: 1, name: heading })).not.toBeInTheDocument();
      expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
    },
  );

  it('shows a not-found screen with a way back for an unknown address', async () => {
    await renderLoadedApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
  });

  it('marks the current destination for screen readers', async () => {
    await renderLoadedApp('/plan');
    await screen.findByRole('heading', { level: 1, name: 'Plan' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Plan' })).toHaveAttribute('aria-current', 'page');
  });
});
