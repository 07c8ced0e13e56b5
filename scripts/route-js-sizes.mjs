// The JavaScript each route downloads, in gzip bytes, from the Vite manifest:
// the start script, the entry chunk, the route's screen chunk, and every chunk they import
// statically. Sizes are deterministic, so the budget test can rely on them.
// Usage: node scripts/route-js-sizes.mjs [dist]   (prints a table; --json for JSON)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Route path → the module that renders it (see src/app/routes.tsx). */
export const ROUTE_MODULES = {
  '/': 'src/features/today/today-screen.tsx',
  '/progress': 'src/features/progress/progress-screen.tsx',
  '/plan': 'src/features/plan/plan-screen.tsx',
  '/symptoms': 'src/features/symptoms/symptoms-screen.tsx',
  '/learn': 'src/features/learn/learn-screen.tsx',
  '/settings': 'src/features/settings/settings-screen.tsx',
};

// Loaded on every route right after start-up by the service-worker registration.
const ALWAYS_LOADED = ['workbox-window'];

export function routeJsSizes(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  const gzipOf = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
  // The page's own script tag: the tiny file that starts the entry after the
  // first paint (written by the prerender plugin, so not in the manifest).
  const startFile = /<script type="module" src="\/([^"]+)"/.exec(readFileSync(join(dist, 'index.html'), 'utf8'))?.[1];
  if (!startFile) throw new Error('dist/index.html has no start script');

  const collect = (key, files) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) collect(imported, files);
    return files;
  };
  const always = Object.keys(manifest).filter((key) => ALWAYS_LOADED.some((name) => key.includes(name)));

  return Object.entries(ROUTE_MODULES).map(([route, module]) => {
    const files = collect(module, collect(entryKey, new Set([startFile])));
    for (const key of always) collect(key, files);
    const bytes = [...files].reduce((sum, file) => sum + gzipOf(file), 0);
    return { route, files: [...files], gzipBytes: bytes };
  });
}

export function largestChunkGzip(dist = 'dist') {
  const manifest = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));
  return Object.values(manifest)
    .filter((chunk) => chunk.file.endsWith('.js'))
    .map((chunk) => ({ file: chunk.file, gzipBytes: gzipSync(readFileSync(join(dist, chunk.file)), { level: 9 }).length }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';
  const sizes = routeJsSizes(dist);
  if (process.argv.includes('--json')) console.log(JSON.stringify(sizes, null, 2));
  else for (const { route, gzipBytes, files } of sizes) console.log(`${route.padEnd(10)} ${(gzipBytes / 1000).toFixed(1).padStart(7)} kB gzip  (${files.length} files)`);
}
