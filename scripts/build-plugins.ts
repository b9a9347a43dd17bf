import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { manifestFor, type Browser, type Manifest } from './build-targets.ts';

const ROOT = resolve(import.meta.dirname, '..');

function readJson(path: string): Manifest {
  return JSON.parse(readFileSync(resolve(ROOT, path), 'utf8')) as Manifest;
}

/** Every icons/… path the manifest names, wherever it names it. */
function iconPaths(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string' && value.startsWith('icons/')) found.add(value);
  else if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) iconPaths(child, found);
  }
  return found;
}

/** Every `_locales/<locale>/messages.json`, as paths inside the extension. */
function localeFiles(): string[] {
  return readdirSync(resolve(ROOT, '_locales'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `_locales/${entry.name}/messages.json`);
}

/** Manifest entries that name a page, and the page; Chrome refuses to load a manifest naming a missing page. */
const PAGE_KEYS = [
  { page: 'popup.html', section: 'action', key: 'default_popup' },
  { page: 'options.html', section: 'options_ui', key: null },
] as const;

function withoutPages(manifest: Manifest, missing: readonly (typeof PAGE_KEYS)[number][]): Manifest {
  const result: Manifest = { ...manifest };
  for (const { section, key } of missing) {
    if (key === null) Reflect.deleteProperty(result, section);
    else result[section] = Object.fromEntries(Object.entries(result[section] as Manifest).filter(([name]) => name !== key));
  }
  return result;
}

/** Emits src/<page>/<page>.html as <page>.html at the root of the extension. */
export function flattenPages(): Plugin {
  return {
    name: 'plainpage:flatten-pages',
    enforce: 'post',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.fileName.endsWith('.html') || !output.fileName.includes('/')) continue;
        Reflect.deleteProperty(bundle, output.fileName);
        this.emitFile({ type: 'asset', fileName: basename(output.fileName), source: output.source });
      }
    },
  };
}

/**
 * Reads the root manifest.json, stamps the version from package.json, applies the browser's part
 * and emits it with the icons it names and the `_locales` its `__MSG_…__` strings come from.
 */
export function extensionManifest(browser: Browser): Plugin {
  return {
    name: 'plainpage:manifest',
    enforce: 'post',
    buildStart() {
      this.addWatchFile(resolve(ROOT, 'manifest.json'));
      for (const file of localeFiles()) this.addWatchFile(resolve(ROOT, file));
    },
    generateBundle(_options, bundle) {
      const version = readJson('package.json').version;
      if (typeof version !== 'string') this.error('package.json has no version');
      const built = new Set(Object.values(bundle).map((output) => basename(output.fileName)));
      const missing = PAGE_KEYS.filter(({ page }) => !built.has(page));
      for (const { page } of missing) this.warn(`${page} is not built yet; the manifest leaves it out`);
      const manifest = withoutPages(manifestFor(readJson('manifest.json'), browser, version), missing);
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: JSON.stringify(manifest, null, 2) + '\n' });
      for (const icon of iconPaths(manifest)) {
        this.emitFile({ type: 'asset', fileName: icon, source: readFileSync(resolve(ROOT, icon)) });
      }
      for (const file of localeFiles()) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(resolve(ROOT, file)) });
      }
    },
  };
}

/** Licences of bundled third-party assets, shipped beside them: [source in the repo, file in the extension]. */
const BUNDLED_LICENCES = [['node_modules/@fontsource/opendyslexic/LICENSE', 'fonts/OpenDyslexic-OFL.txt']] as const;

/** Emits the licence text of each bundled font, as its licence requires. */
export function bundledLicences(): Plugin {
  return {
    name: 'plainpage:licences',
    generateBundle() {
      for (const [source, fileName] of BUNDLED_LICENCES) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(resolve(ROOT, source)) });
      }
    },
  };
}

/** What the chunk grouping needs of the module graph: every module, and what each imports statically. */
interface ModuleGraph {
  getModuleIds(): IterableIterator<string>;
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

function staticClosure(graph: ModuleGraph, roots: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
  }
  return seen;
}

/** The module of the build's graph whose path ends so. */
function modulesEndingWith(graph: ModuleGraph, suffix: string): string[] {
  return [...graph.getModuleIds()].filter((id) => id.replace(/\\/g, '/').endsWith(suffix));
}

/**
 * The rest of the popup (what `src/popup/popup-start.ts` loads: the core, Readability, DOMPurify,
 * the reader view) as one chunk, `popup-rest`, instead of the seven the bundler splits it into by
 * which pages share what: each is a module the popup fetches and instantiates in turn after it has
 * asked for the page's copy, and the seed page showed its article 12–16 ms sooner with one (median
 * of 16 and 20 interleaved clicks). The popup's first script and the background worker keep their
 * own modules, so neither loads the core; the reader and options pages load the chunk for what
 * they share with it. `test` is the group's capture, known once the graph is built.
 */
export function popupRestChunk(): { plugin: Plugin; test: (id: string) => boolean } {
  let rest = new Set<string>();
  const plugin: Plugin = {
    name: 'plainpage-popup-rest-chunk',
    buildEnd() {
      const first = staticClosure(this, [...modulesEndingWith(this, 'src/popup/main.ts'), ...modulesEndingWith(this, 'src/background/index.ts')]);
      const loaded = staticClosure(this, modulesEndingWith(this, 'src/popup/popup-start.ts'));
      rest = new Set([...loaded].filter((id) => !first.has(id) && !id.endsWith('.css')));
    },
  };
  return { plugin, test: (id) => rest.has(id) };
}
