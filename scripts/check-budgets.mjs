// Size budgets for a cheap phone on a weak connection, checked after every
// build in `npm test`. Sizes are deterministic; timings are not, and live in
// `npm run bench`. KB here means 1,000 bytes of gzip (level 9).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { largestChunkGzip, routeJsSizes } from './route-js-sizes.mjs';

export const BUDGETS = {
  todayJsKB: 125,
  largestChunkKB: 130,
  precacheKB: 450,
};

const kb = (bytes) => bytes / 1000;

/** Every file the service worker precaches, read from the generated sw.js. */
export function precachedFiles(dist = 'dist') {
  const sw = readFileSync(join(dist, 'sw.js'), 'utf8');
  return [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
}

export function measureBudgets(dist = 'dist') {
  const today = routeJsSizes(dist).find((r) => r.route === '/');
  const largest = largestChunkGzip(dist);
  const precache = precachedFiles(dist).reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return [
    { what: 'JavaScript loaded by Today', kb: kb(today.gzipBytes), budget: BUDGETS.todayJsKB },
    { what: `Largest chunk (${largest.file})`, kb: kb(largest.gzipBytes), budget: BUDGETS.largestChunkKB },
    { what: 'Everything the service worker precaches', kb: kb(precache), budget: BUDGETS.precacheKB },
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = measureBudgets(process.argv[2] ?? 'dist');
  let failed = 0;
  for (const row of rows) {
    const ok = row.kb <= row.budget;
    if (!ok) failed++;
    console.log(`${ok ? 'ok  ' : 'OVER'} ${row.what}: ${row.kb.toFixed(1)} KB gzip (budget ${row.budget} KB)`);
  }
  console.log(`budgets: ${rows.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
