/** The app's destinations, in navigation order. The path is the contract with links in content/. */
export const NAV_DESTINATIONS = [
  { path: '/', label: 'Today' },
  { path: '/progress', label: 'Progress' },
  { path: '/plan', label: 'Plan' },
  { path: '/symptoms', label: 'Symptoms' },
  { path: '/learn', label: 'Learn' },
] as const;

export const SETTINGS_PATH = '/settings';

/** Every top-level route with the heading it shows: used by tests and the prerender list. */
export const ROUTE_HEADINGS = [
  ...NAV_DESTINATIONS.map((d) => ({ path: d.path, heading: d.label })),
  { path: SETTINGS_PATH, heading: 'Settings' },
] as const;

/** Screens that are not in the navigation but can be linked to (from content too). */
export const OTHER_PATHS = [
  '/history',
  '/measurements',
  '/tests/chair-stand',
  '/tests/five-times-sit-to-stand',
  '/settings/data',
  '/welcome',
] as const;

/** Every app screen content may link to; content pages add their own paths at build time. */
export const APP_PATHS: readonly string[] = [...ROUTE_HEADINGS.map((r) => r.path), ...OTHER_PATHS];

/**
 * Screens shown in focused mode, without the bottom navigation: a frightened
 * person answering the red-flag check must never find an answer (or the call
 * button) under a bar of links; a new user is walked through the welcome
 * steps one at a time. Each has its own way out (Back, Done, Skip).
 */
export const FOCUSED_PATHS: readonly string[] = ['/symptoms/check', '/welcome'];

export function isFocusedPath(pathname: string): boolean {
  return FOCUSED_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
