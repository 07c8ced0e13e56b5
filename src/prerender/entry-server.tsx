import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { AppRoutes, preloadScreenFor } from '../app/routes';

/**
 * Renders one route to HTML at build time. The screen's code is loaded first, as
 * in the browser, so the HTML holds the real screen, not a loading message.
 * Data from IndexedDB is not here: screens render their empty frame, and fill
 * in after hydration.
 */
export async function renderRoute(url: string): Promise<string> {
  // As in the browser (src/main.tsx): the screen is loaded before it renders.
  await preloadScreenFor(url);
  const { prelude } = await prerender(
    <StrictMode>
      <StaticRouter location={url}>
        <AppRoutes />
      </StaticRouter>
    </StrictMode>,
  );
  return new Response(prelude).text();
}
