import { preloadScreenFor } from '../../src/app/routes';
import { renderApp } from '../features/render-app';

/**
 * Loads the code of the screens at these addresses (query and hash ignored),
 * as the app does for its opening screen. A test that awaits this first
 * waits for the code itself, as long as it takes, instead of spending its
 * findBy waits on "Loading…" while a busy machine imports the chunk.
 */
export async function loadScreens(...addresses: string[]): Promise<void> {
  await Promise.all(addresses.map((address) => preloadScreenFor(new URL(address, 'http://app.test').pathname)));
}

/** The whole app at one address, its screen's code loaded first: the screen draws at once. */
export async function renderLoadedApp(address: string): Promise<ReturnType<typeof renderApp>> {
  await loadScreens(address);
  return renderApp(address);
}
