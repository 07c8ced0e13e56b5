/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { regainContent } from './src/content/build/vite-plugin-content';
import { APP_PATHS, ROUTE_HEADINGS } from './src/app/route-list';
import { prerenderRoutes } from './src/prerender/vite-plugin-prerender';

const THEME_COLOUR = '#0b5d4b';

/**
 * Modules that travel in one 'common' file. The small read-only helpers nearly
 * every screen uses: fewer requests on a slow connection, and about 2 kB less
 * gzip for Today; the two smallest form parts (field-error, undo-notice)
 * joined too: 0.4 kB less for Today, 0.3 kB more for screens without a form.
 * Validation (zod) stays out. And the pieces of the shell and of React Router
 * that lazy screens import too: src/main.tsx starts the app in steps, and
 * with a top-level await in the entry file, the bundler moves every module a
 * lazy screen shares with it into files of their own (nine, 3.6 kB more gzip
 * for Today) unless they are grouped here.
 */
const COMMON_CHUNK = [
  /\/src\/ui\/(field-error|undo-notice|screen|not-a-diagnosis|use-unsaved-input|use-local-today|format-day|format-country|number-text|use-save-guard)\.tsx?$/,
  /\/src\/domain\/(dates|units|measurement-limits)\.ts$/,
  /\/src\/db\/(use-live-query|use-profile|use-entries|profile-defaults|storage-errors|persistent-storage)\.ts$/,
  /\/src\/app\/(install-button|leave-guard|nav-icons|route-list)\.tsx?$/,
  /\/src\/ui\/(install-prompt-store|use-focus-mode)\.ts$/,
  /\/node_modules\/(react-router\/|react-dom\/(index|cjs\/react-dom\.production)\.js)/,
  /preload-helper/,
];

export default defineConfig({
  resolve: {
    // Dexie's ES2018 build, not the ES5 one its package points bundlers to
    // (through a wrapper that guards against loading two copies, which one
    // bundle cannot do): 1.3 kB less gzip on every screen, Today's included.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  plugins: [
    react(),
    // Markdown in content/ compiled at build time; REGAIN_CONTENT_DIR lets a test build broken content.
    regainContent({ contentDir: process.env.REGAIN_CONTENT_DIR ?? 'content', appPaths: APP_PATHS }),
    // Each top-level route's screen rendered to HTML at build time (first paint without JavaScript).
    prerenderRoutes({
      routes: ROUTE_HEADINGS,
      plugins: () => [react(), regainContent({ contentDir: process.env.REGAIN_CONTENT_DIR ?? 'content', appPaths: APP_PATHS })],
    }),
    VitePWA({
      // 'prompt': a new version waits until the person taps Reload, so an
      // update can never throw away a half-filled form.
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches every icon: listing them again here
      // (or as manifest icons) put each in the precache list twice.
      includeAssets: [],
      includeManifestIcons: false,
      manifest: {
        id: '/',
        name: 'Regain: rebuild your strength',
        short_name: 'Regain',
        description:
          'Log your sit-to-stand reps, check worrying symptoms and follow a weekly plan to rebuild lost muscle. Works offline; your data stays on your phone.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: THEME_COLOUR,
        background_color: '#ffffff',
        lang: 'en',
        categories: ['health', 'medical', 'fitness'],
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Precache the whole build (shell, every route chunk, compiled content)
        // so every route works offline after the first visit.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json}'],
        // The home-screen icons are read by the phone when the app is installed
        // (online), never by the pages: precaching them cost every install 18 kB.
        // The other screens' prerendered pages are for a fast first visit online;
        // offline, any address gets the shell (navigateFallback), which draws
        // the screen itself: 10 kB saved. Today's page (index.html) stays, as the
        // home-screen icon opens it.
        globIgnores: ['icon-*.png', 'apple-touch-icon-*.png', '!(index|shell).html'],
        // Prerendered routes are precached as /progress.html etc. (found through
        // clean URLs); any other address gets the empty shell.
        navigateFallback: '/shell.html',
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // dist/.vite/manifest.json maps each route's module to its chunks: scripts/route-js-sizes.mjs reads it.
    manifest: true,
    // One stylesheet in the <head>: the prerendered HTML is fully styled at
    // first paint. Split per screen, a screen's CSS arrived only after its
    // JavaScript, and the page shifted (Lighthouse CLS 0.15 on every route).
    cssCodeSplit: false,
    // Every browser Regain supports preloads modules natively, so no polyfill.
    // A lazy screen's CSS is still fetched with it; its JS imports follow
    // natively. Listing every JS dependency of every screen in the entry chunk
    // cost Today ~2 kB gzip, for little gain once the service worker serves
    // the files from the device.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps) => deps.filter((dep) => dep.endsWith('.css')) },
    rollupOptions: {
      // Constants such as a screen's address (src/ui/paths.ts) are written
      // where they are used, so naming them costs no bytes on a phone.
      optimization: { inlineConst: { mode: 'all' } },
      output: {
        // One 'common' file (COMMON_CHUNK, above) instead of a dozen small ones.
        codeSplitting: {
          groups: [{ name: 'common', test: (id: string) => COMMON_CHUNK.some((pattern) => pattern.test(id)) }],
        },
      },
    },
    sourcemap: false,
  },
  test: {
    restoreMocks: true,
    // Vitest's default is one worker fewer than the cores: on a 2-core machine
    // that is a single worker, and the suite ran one file at a time with a
    // core idle (the main process needs little once the files are transformed).
    maxWorkers: '100%',
    projects: [
      {
        extends: true,
        test: {
          name: 'logic',
          // Logic and data tests need no DOM: they run in plain Node.
          environment: 'node',
          include: ['tests/{domain,content,db,scripts}/**/*.test.ts'],
          setupFiles: ['tests/setup-logic.ts'],
          // A fresh process per file cost more than the files' own tests (about
          // 35 s of CPU per full run on a 2-core machine). These files share no state that they do
          // not reset themselves (each database test starts from resetDatabase;
          // tests/setup-logic.ts puts back the time zone, clock and globals after
          // each file). They stay in processes (forks): a test that sets
          // process.env.TZ changes the zone only in a process of its own, not
          // in a worker thread.
          pool: 'forks',
          isolate: false,
          // The stand-detector tests count hundreds of simulated recordings: 1–2 s each alone, and one
          // took over the default 5 s while an end-to-end run shared the two cores (seen here).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'screens',
          // happy-dom, not jsdom: about twice as fast per test (role queries,
          // rendering) and to set up, so screen tests pass also on a busy machine.
          environment: 'happy-dom',
          // Threads start faster than processes; these tests never touch
          // process-wide state (no process.env.TZ, no chdir).
          pool: 'threads',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/{domain,content,db,scripts}/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
          // A screen test renders, clicks and waits for lazy code: on a busy
          // 2-core machine one can take over the default 5 s without anything
          // being wrong. Waits inside a test still end as soon as they hold.
          testTimeout: 20_000,
        },
      },
    ],
  },
});
