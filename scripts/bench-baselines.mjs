// The two pages the bench measures beside the app, in the same run (issue 20):
// - the floor: Today's prerendered HTML and CSS with every script removed,
//   the best a page of this size can do;
// - a bare React 19 page: one heading drawn by createRoot, what any React app
//   pays before it does anything.
// Ratios to these hold on a noisy machine where absolute figures do not.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

/** A copy of dist/ whose index.html has no script and no module preload. */
function makeFloor(dist, into) {
  cpSync(dist, into, { recursive: true });
  // The service worker would otherwise be found by a later visit to this origin.
  for (const file of ['sw.js', 'registerSW.js']) writeFileSync(join(into, file), '');
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>/g, '');
  writeFileSync(join(into, 'index.html'), html);
}

const BARE_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="A bare React page, the bench's baseline." />
    <title>Bare React</title>
    <script type="module" src="./main.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

const BARE_MAIN = `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('h1', null, 'Hello'));
`;

/** The bare React page, built by Vite for production like the app. */
async function makeBareReact(into) {
  const source = mkdtempSync(join(tmpdir(), 'regain-bare-react-src-'));
  writeFileSync(join(source, 'index.html'), BARE_HTML);
  writeFileSync(join(source, 'main.js'), BARE_MAIN);
  await build({
    configFile: false,
    root: source,
    logLevel: 'error',
    // Resolve react from this project's node_modules.
    resolve: { alias: { react: join(process.cwd(), 'node_modules/react'), 'react-dom': join(process.cwd(), 'node_modules/react-dom') } },
    build: { outDir: into, emptyOutDir: true },
  });
}

/** Builds both baselines into a temporary folder; returns their folders. */
export async function makeBaselines(dist) {
  const root = mkdtempSync(join(tmpdir(), 'regain-baselines-'));
  const floor = join(root, 'floor');
  const bareReact = join(root, 'bare-react');
  mkdirSync(floor);
  makeFloor(dist, floor);
  await makeBareReact(bareReact);
  return { floor, bareReact };
}
