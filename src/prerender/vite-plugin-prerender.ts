import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin, type PluginOption } from 'vite';
import { startAfterFirstPaint } from './start-after-first-paint';

interface PrerenderOptions {
  /** Route path → the file it is written to, e.g. '/progress' → 'progress.html'. */
  routes: ReadonlyArray<{ path: string; heading: string }>;
  /** Plugins the app's modules need to compile (React, content). */
  plugins: () => PluginOption[];
}

// The service worker's registration only makes sense in a browser.
const serverStubs: Plugin = {
  name: 'regain-prerender-stubs',
  resolveId: (id) => (id === 'virtual:pwa-register/react' ? '\0pwa-stub' : null),
  load: (id) =>
    id === '\0pwa-stub'
      ? 'export function useRegisterSW() { return { needRefresh: [false, () => {}], offlineReady: [false, () => {}], updateServiceWorker: async () => {} }; }'
      : null,
};

export const fileForRoute = (path: string) => (path === '/' ? 'index.html' : `${path.slice(1)}.html`);

/**
 * After the client build is written, renders each route's screen into its own
 * HTML file, so the first paint needs no JavaScript; React then hydrates it.
 * The untouched template is kept as shell.html, the fallback for any other
 * address. Every page starts its JavaScript after the first paint (see
 * start-after-first-paint.ts). Runs before vite-plugin-pwa's closeBundle, so the service worker
 * precaches the prerendered pages.
 */
export function prerenderRoutes(options: PrerenderOptions): Plugin {
  let outDir = 'dist';
  let isSsrBuild = false;
  return {
    name: 'regain-prerender',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      isSsrBuild = Boolean(config.build.ssr);
    },
    async writeBundle() {
      if (isSsrBuild) return;
      const serverDir = await mkdtemp(join(tmpdir(), 'regain-ssr-'));
      try {
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [serverStubs, ...options.plugins()],
          build: { ssr: resolve('src/prerender/entry-server.tsx'), outDir: serverDir, emptyOutDir: true, minify: false },
          ssr: { noExternal: true },
        });
        const entry = (await import(pathToFileURL(join(serverDir, 'entry-server.js')).href)) as {
          renderRoute: (url: string) => Promise<string>;
        };
        const built = startAfterFirstPaint(await readFile(join(outDir, 'index.html'), 'utf8'));
        await writeFile(join(outDir, built.file.name), built.file.code);
        const template = built.html;
        await writeFile(join(outDir, 'shell.html'), template);
        for (const { path, heading } of options.routes) {
          const html = await entry.renderRoute(path);
          const page = template
            .replace('<div id="root"></div>', `<div id="root" data-path="${path}">${html}</div>`)
            .replace('<title>Regain</title>', `<title>${heading} · Regain</title>`);
          if (page === template) throw new Error(`Prerender of ${path} did not change the template`);
          await writeFile(join(outDir, fileForRoute(path)), page);
        }
      } finally {
        await rm(serverDir, { recursive: true, force: true });
      }
    },
  };
}
