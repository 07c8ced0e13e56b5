import { Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { BottomNav } from './bottom-nav';
import { InstallButton } from './install-button';
import { SettingsIcon } from './nav-icons';
import { isFocusedPath, SETTINGS_PATH } from './route-list';
import { UpdatePrompt } from './update-prompt';
import { StorageAlerts } from './storage-alerts';
import { useHydrated } from '../ui/use-hydrated';

export function Layout() {
  // The update prompt registers the service worker: browser only, after hydration.
  const hydrated = useHydrated();
  // While a check or a timed test runs, nothing else competes for the screen.
  const focused = isFocusedPath(useLocation().pathname);
  return (
    <div className={focused ? 'app app-focused' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Regain
        </Link>
        <div className="header-actions">
          <InstallButton />
          <NavLink to={SETTINGS_PATH} className="header-button">
            <SettingsIcon />
            <span>Settings</span>
          </NavLink>
        </div>
      </header>
      {/* Messages float over the page above the navigation, so their arrival
          after start-up never pushes the screen down (no layout shift). */}
      <div className="messages">
        {hydrated ? <UpdatePrompt /> : null}
        <StorageAlerts />
      </div>
      <main id="main" className="app-main">
        {/* One boundary for every screen: navigations run in a transition, so the
            current screen stays up while the next one's code loads, instead
            of flashing "Loading…". */}
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      {focused ? null : <BottomNav />}
    </div>
  );
}
