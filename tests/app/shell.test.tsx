import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ROUTE_HEADINGS } from '../../src/app/route-list';
import { renderApp as renderAt } from '../features/render-app';

describe('app shell', () => {
  it.each(ROUTE_HEADINGS.map((r) => [r.path, r.heading] as const))('shows the %s screen with its heading', async (path, heading) => {
    renderAt(path);
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

  it('reaches Settings from every screen', async () => {
    for (const { path } of ROUTE_HEADINGS) {
      const { unmount } = renderAt(path);
      expect(screen.getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/settings');
      unmount();
    }
  });

  it('shows a not-found screen with a way back for an unknown address', async () => {
    renderAt('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to Today' })).toHaveAttribute('href', '/');
  });

  it('marks the current destination for screen readers', async () => {
    renderAt('/plan');
    await screen.findByRole('heading', { level: 1, name: 'Plan' });
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Plan' })).toHaveAttribute('aria-current', 'page');
  });
});
