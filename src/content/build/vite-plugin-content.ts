import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileContent, type CompiledContent } from './compile-content';
import { checkPictureSvg } from './picture-svg';

// Serves the compiled content to the app as virtual modules:
//   virtual:regain-content/index          page summaries (small; the Learn list)
//   virtual:regain-content/pages          a lazy loader per page path
//   virtual:regain-content/page/<path>    one page: HTML and sources (its own chunk)
//   virtual:regain-content/triage         red-flag questions, outcomes, symptom checklist
//   virtual:regain-content/plans          the four weekly plans
// Exercise pages carry their picture as checked inline SVG; a picture
// imported straight into a component (content/pictures/x.svg?raw) is
// checked here too. A content error fails the build with the file and field at fault.

const PREFIX = 'virtual:regain-content/';
const RESOLVED = '\0' + PREFIX;

const moduleFor = (value: unknown) => `export default ${JSON.stringify(value)};`;

export function regainContent(options: { contentDir: string; appPaths: readonly string[] }): Plugin {
  const contentDir = resolve(options.contentDir);
  let compiled: Promise<CompiledContent> | null = null;
  const content = () => (compiled ??= compileContent(contentDir, options.appPaths));

  return {
    name: 'regain-content',
    async buildStart() {
      this.addWatchFile(contentDir);
      await content(); // fail early, before any bundling
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? '\0' + id : null;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const { pages, redFlagCheck, symptomChecklist, plans } = await content();
      if (name === 'index') return moduleFor(pages.map(({ html: _html, sources: _sources, picture: _picture, ...summary }) => summary));
      if (name === 'pages') {
        const loaders = pages.map((p) => `${JSON.stringify(p.path)}: () => import(${JSON.stringify(PREFIX + 'page' + p.path)})`);
        return `export default {\n${loaders.join(',\n')}\n};`;
      }
      if (name.startsWith('page/')) {
        const page = pages.find((p) => p.path === name.slice('page'.length));
        if (!page) this.error(`No content page at ${name}`);
        return moduleFor(page);
      }
      if (name === 'triage') return moduleFor({ redFlagCheck, symptomChecklist });
      if (name === 'plans') return moduleFor(plans);
      this.error(`Unknown content module ${id}`);
    },
    async transform(_code, id) {
      const [file = '', query] = id.split('?');
      if (query !== 'raw' || !/\/content\/pictures\/[^/]+\.svg$/.test(file)) return null;
      checkPictureSvg(relative(process.cwd(), file), await readFile(file, 'utf8'));
      return null;
    },
    configureServer(server) {
      // In development, any content edit recompiles and reloads the page.
      server.watcher.add(contentDir);
      server.watcher.on('change', (file) => {
        if (!file.startsWith(contentDir)) return;
        compiled = null;
        for (const mod of server.moduleGraph.idToModuleMap.values()) {
          if (mod.id?.startsWith(RESOLVED)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
