import { createHash } from 'node:crypto';
import { minifySync } from 'vite';

/**
 * The page's one script, run before the app (the Content-Security-Policy
 * forbids inline script, so it is a file of its own). It imports the app's
 * entry once the browser reports the first contentful paint. It starts at
 * once when there is nothing prerendered to paint (shell.html), when the tab
 * is hidden (nothing paints there), or when the browser does not report
 * paints; and after 1 s whatever happens.
 *
 * It also stops every form from being sent the browser's way. Regain has no
 * server to send a form to, and before the app runs, a tap on a form's button
 * would reload the page. (Capture phase: before React, which cancels the
 * sending too once it runs.)
 */
const startScript = (entryUrl: string) => `addEventListener('submit', (event) => event.preventDefault(), true);
let started = false;
function start() {
  if (started) return;
  started = true;
  import(${JSON.stringify(entryUrl)});
}
const prerendered = document.getElementById('root')?.hasChildNodes();
if (!prerendered || document.visibilityState === 'hidden' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
  start();
} else {
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) start();
  }).observe({ type: 'paint', buffered: true });
  setTimeout(start, 1000);
}
`;

/**
 * Rewrites the built page so the app's JavaScript is fetched after the first
 * paint instead of alongside it. The prerendered HTML and the stylesheet are
 * all the first paint needs; on a slow phone the screen should appear before
 * the browser starts on about 120 kB of script, then become interactive.
 *
 * Returns the new template and the start file to write into the build.
 */
export function startAfterFirstPaint(template: string): { html: string; file: { name: string; code: string } } {
  const entryTag = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/;
  const match = entryTag.exec(template);
  if (!match?.[1]) throw new Error('The built index.html has no module entry script to start after the first paint');
  // Minified like the rest of the build: every byte here is on every page.
  const code = minifySync('start.js', startScript(match[1]), { compress: true, mangle: { toplevel: true } }).code;
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
  const name = `assets/start-${hash}.js`;
  return {
    html: template.replace(entryTag, `<script type="module" src="/${name}"></script>`),
    file: { name, code },
  };
}
