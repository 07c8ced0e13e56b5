import { lazy, Suspense } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { BottomNav } from './bottom-nav';
import { InstallButton } from './install-button';
import { SettingsIcon } from './nav-icons';
import { isFocusedPath, SETTINGS_PATH } from './route-list';
import { useHydrated } from '../ui/use-hydrated';
import { useFocusModeStore } from '../ui/use-focus-mode';
import { useProfile } from '../db/use-profile';
import { setFormatCountry } from '../ui/format-country';
import { TODAY_PATH } from '../ui/paths';

// These start only after hydration, so their code loads after the first paint.
const LeaveDialog = lazy(() => import('./leave-dialog'));
const UpdatePrompt = lazy(() => import('./update-prompt').then((module) => ({ default: module.UpdatePrompt })));
// Only says something when something has gone wrong, so it is off Today's path too.
// If its own code cannot load (the app's files changed under an open tab), it
// stays silent rather than taking the whole app down with it.
const StorageAlerts = lazy(() =>
  import('./storage-alerts').then(
    (module) => ({ default: module.StorageAlerts }),
    () => ({ default: () => null }),
  ),
);

export function Layout() {
  // The update prompt registers the service worker: browser only, after hydration.
  const hydrated = useHydrated();
  // While a check or a timed test runs, nothing else competes for the screen.
  const focusedPath = isFocusedPath(useLocation().pathname);
  const focused = useFocusModeStore((state) => state.holders > 0) || focusedPath;
  // Dates follow the chosen country. Set while rendering, before the screen
  // below draws; a new country shows on Settings at once (it reads the
  // profile too) and on other screens as they next draw.
  setFormatCountry(useProfile().region);
  return (
    <div className={focused ? 'app app-focused' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to={TODAY_PATH} className="brand">
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
      {/* Messages sit in the flow under the header: none can cover a control. */}
      <div className="messages">
        {hydrated ? (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        ) : null}
        {hydrated ? (
          <Suspense fallback={null}>
            <StorageAlerts />
          </Suspense>
        ) : null}
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
      {hydrated ? (
        <Suspense fallback={null}>
          <LeaveDialog />
        </Suspense>
      ) : null}
    </div>
  );
}
