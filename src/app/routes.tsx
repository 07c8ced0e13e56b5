import { useEffect } from 'react';
import { matchRoutes, Route, Routes, useLocation, type RouteObject } from 'react-router';
import { markOpeningScreenHydrated } from '../ui/use-hydrated';
import { lazyScreen, type LazyScreen } from './lazy-screen';
import { Layout } from './layout';
import { RouteErrorBoundary } from './route-error-boundary';

// Each screen is its own chunk, so Today downloads only what Today needs.
// The paths are relative to the layout; '' is the home screen (Today).
const SCREENS: ReadonlyArray<{ path: string; screen: LazyScreen }> = [
  { path: '', screen: lazyScreen(() => import('../features/today/today-screen')) },
  { path: 'progress', screen: lazyScreen(() => import('../features/progress/progress-screen')) },
  { path: 'plan', screen: lazyScreen(() => import('../features/plan/plan-screen')) },
  { path: 'plan/session/:sessionId', screen: lazyScreen(() => import('../features/plan/session-screen')) },
  { path: 'symptoms', screen: lazyScreen(() => import('../features/symptoms/symptoms-screen')) },
  { path: 'symptoms/check', screen: lazyScreen(() => import('../features/symptoms/symptom-check-screen')) },
  { path: 'symptoms/checklist', screen: lazyScreen(() => import('../features/symptoms/symptom-checklist-screen')) },
  { path: 'symptoms/sarc-f', screen: lazyScreen(() => import('../features/symptoms/sarc-f-screen')) },
  { path: 'symptoms/history', screen: lazyScreen(() => import('../features/symptoms/triage-history-screen')) },
  { path: 'symptoms/history/:runId', screen: lazyScreen(() => import('../features/symptoms/triage-run-screen')) },
  { path: 'learn', screen: lazyScreen(() => import('../features/learn/learn-screen')) },
  { path: 'learn/*', screen: lazyScreen(() => import('../features/learn/content-page-screen')) },
  { path: 'settings', screen: lazyScreen(() => import('../features/settings/settings-screen')) },
  { path: 'settings/data', screen: lazyScreen(() => import('../features/data/data-screen')) },
  { path: 'settings/data/summary', screen: lazyScreen(() => import('../features/data/clinician-summary-screen')) },
  { path: 'tests/chair-stand', screen: lazyScreen(() => import('../features/tests/chair-stand-test-screen')) },
  { path: 'tests/five-times-sit-to-stand', screen: lazyScreen(() => import('../features/tests/five-times-test-screen')) },
  // Balance, walking speed, Timed Up and Go and SPPB: one chunk, one route (Today's code is near its budget).
  { path: 'tests/:mobilityTest', screen: lazyScreen(() => import('../features/tests/mobility-tests-screen')) },
  { path: 'measurements', screen: lazyScreen(() => import('../features/measurements/measurements-screen')) },
  { path: 'history', screen: lazyScreen(() => import('../features/history/history-screen')) },
  { path: 'welcome', screen: lazyScreen(() => import('../features/welcome/welcome-screen')) },
  { path: 'history/:id', screen: lazyScreen(() => import('../features/history/edit-entry-screen')) },
  { path: '*', screen: lazyScreen(() => import('../ui/not-found-screen')) },
];

/** Loads the code of the screen at `pathname` (see lazy-screen.tsx for why). */
export async function preloadScreenFor(pathname: string): Promise<void> {
  const routes: RouteObject[] = SCREENS.map(({ path }) => (path === '' ? { index: true } : { path }));
  const match = matchRoutes([{ children: routes }], pathname)?.at(-1);
  const screen = SCREENS[routes.findIndex((route) => route === match?.route)]?.screen;
  await screen?.preload();
}

function Guarded({ screen: Screen }: { screen: LazyScreen }) {
  const { pathname } = useLocation();
  useEffect(markOpeningScreenHydrated, []);
  // Keyed by path, so an error on one screen is cleared by moving to another.
  return (
    <RouteErrorBoundary key={pathname}>
      <Screen />
    </RouteErrorBoundary>
  );
}

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {SCREENS.map(({ path, screen }) =>
          path === '' ? (
            <Route key="index" index element={<Guarded screen={screen} />} />
          ) : (
            <Route key={path} path={path} element={<Guarded screen={screen} />} />
          ),
        )}
      </Route>
    </Routes>
  );
}
