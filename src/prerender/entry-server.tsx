import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppRoutes } from '../app/routes';

/**
 * Renders one route to HTML at build time. `prerender` waits for every lazy
 * screen to load, so the HTML holds the real screen, not a loading message.
 * Data from IndexedDB is not here: screens render their empty frame, and fill
 * in after hydration.
 */
export async function renderRoute(url: string): Promise<string> {
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
