import {
  CHAIR_STAND_TEST_PATH,
  FIVE_TIMES_TEST_PATH,
  HISTORY_PATH,
  LEARN_PATH,
  MEASUREMENTS_PATH,
  PLAN_PATH,
  PROGRESS_PATH,
  SETTINGS_PATH,
  SYMPTOM_CHECK_PATH,
  SYMPTOMS_PATH,
  TODAY_PATH,
  WELCOME_PATH,
  YOUR_DATA_PATH,
} from '../ui/paths';

export { SETTINGS_PATH };

/** The app's destinations, in navigation order. The path is the contract with links in content/. */
export const NAV_DESTINATIONS = [
  { path: TODAY_PATH, label: 'Today' },
  { path: PROGRESS_PATH, label: 'Progress' },
  { path: PLAN_PATH, label: 'Plan' },
  { path: SYMPTOMS_PATH, label: 'Symptoms' },
  { path: LEARN_PATH, label: 'Learn' },
] as const;

/** Every top-level route with the heading it shows: used by tests and the prerender list. */
export const ROUTE_HEADINGS = [
  ...NAV_DESTINATIONS.map((d) => ({ path: d.path, heading: d.label })),
  { path: SETTINGS_PATH, heading: 'Settings' },
] as const;

/** Screens that are not in the navigation but can be linked to (from content too). */
export const OTHER_PATHS = [HISTORY_PATH, MEASUREMENTS_PATH, CHAIR_STAND_TEST_PATH, FIVE_TIMES_TEST_PATH, YOUR_DATA_PATH, WELCOME_PATH] as const;

/** Every app screen content may link to; content pages add their own paths at build time. */
export const APP_PATHS: readonly string[] = [...ROUTE_HEADINGS.map((r) => r.path), ...OTHER_PATHS];

/**
 * Screens shown in focused mode, without the bottom navigation: a frightened
 * person answering the red-flag check must never find an answer (or the call
 * button) under a bar of links; a new user is walked through the welcome
 * steps one at a time. Each has its own way out (Back, Done, Skip).
 */
export const FOCUSED_PATHS: readonly string[] = [SYMPTOM_CHECK_PATH, WELCOME_PATH];

export function isFocusedPath(pathname: string): boolean {
  return FOCUSED_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
