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
