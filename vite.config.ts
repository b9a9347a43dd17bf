import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import { BROWSERS, defineFor, outDirFor, type Browser } from './scripts/build-targets.ts';
import { bundledLicences, extensionManifest, flattenPages, popupRestChunk } from './scripts/build-plugins.ts';

/**
 * Plainpage is built by scripts/build.ts in several passes, each a mode of this config:
 *   pages-<browser>    popup, reader and options pages and the background worker (ES modules)
 *   content-<browser>  the content script as one self-contained IIFE, content.js
 *   cli                the `plainpage` command for Node, dependencies left external
 * Vite cannot emit an IIFE beside other entries, hence the separate content pass.
 */
const ROOT = import.meta.dirname;
const PAGES = ['popup', 'reader', 'options'] as const;
/** Chrome 121 and Firefox 142 (the manifest's minimum) both run ES2022. */
const BROWSER_TARGET = 'es2022';

function pageInputs(): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const page of PAGES) {
    const html = resolve(ROOT, `src/${page}/${page}.html`);
    if (existsSync(html)) inputs[page] = html;
  }
  inputs.background = resolve(ROOT, 'src/background/index.ts');
  return inputs;
}

function pagesConfig(browser: Browser): UserConfig {
  const popupRest = popupRestChunk();
  return {
    base: '/',
    publicDir: false,
    define: defineFor(browser),
    plugins: [flattenPages(), extensionManifest(browser), bundledLicences(), popupRest.plugin],
    build: {
      outDir: resolve(ROOT, outDirFor(browser)),
      emptyOutDir: true,
      target: BROWSER_TARGET,
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: pageInputs(),
        output: {
          entryFileNames: (chunk) => (chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js'),
          chunkFileNames: 'assets/[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
          // Captures modules only: their dependencies that the popup's first script or the
          // background worker also import stay in the chunks those load.
          codeSplitting: { groups: [{ name: 'popup-rest', test: popupRest.test, includeDependenciesRecursively: false }] },
        },
      },
    },
  };
}

function contentConfig(browser: Browser): UserConfig {
  return {
    publicDir: false,
    define: defineFor(browser),
    build: {
      outDir: resolve(ROOT, outDirFor(browser)),
      emptyOutDir: false,
      target: BROWSER_TARGET,
      copyPublicDir: false,
      rolldownOptions: {
        input: resolve(ROOT, 'src/content/index.ts'),
        // The IIFE's value (the snapshot function) is kept and called last: see src/content/index.ts.
        preserveEntrySignatures: 'exports-only',
        output: { format: 'iife', entryFileNames: 'content.js', name: 'plainpageSnapshot', footer: 'plainpageSnapshot();' },
      },
    },
  };
}

function cliConfig(): UserConfig {
  return {
    publicDir: false,
    build: {
      ssr: resolve(ROOT, 'src/cli/main.ts'),
      outDir: resolve(ROOT, 'dist/cli'),
      emptyOutDir: true,
      target: 'node20',
      rolldownOptions: { output: { format: 'es', entryFileNames: 'plainpage.js' } },
    },
  };
}

export function configForMode(mode: string): UserConfig {
  if (mode === 'cli') return cliConfig();
  for (const browser of BROWSERS) {
    if (mode === `pages-${browser}`) return pagesConfig(browser);
    if (mode === `content-${browser}`) return contentConfig(browser);
  }
  return {};
}

export default defineConfig(({ mode }) => configForMode(mode));
