/**
 * The reference popup for `npm run bench:browser`: a copy of the built extension whose popup runs
 * plain Readability the simple way (reference/content.ts in the page, on a clone of the live
 * document; reference/popup.ts shows `article.content` through DOMPurify), with Plainpage's
 * stylesheets. Built at run time from the same @mozilla/readability and dompurify as Plainpage, so
 * "faster than a plain Readability popup" is measured against the popup a reader would otherwise
 * install, in the same run.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type InlineConfig } from 'vite';

const SOURCES = resolve(import.meta.dirname, 'reference');

/** The `<link rel="stylesheet">` tags of the built popup, for popups that should look the same. */
export function popupStylesheets(dist: string): string {
  return (readFileSync(join(dist, 'popup.html'), 'utf8').match(/<link rel="stylesheet"[^>]*>/g) ?? []).join('');
}

function scriptConfig(outDir: string, input: string, output: Record<string, string>): InlineConfig {
  return {
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      copyPublicDir: false,
      rolldownOptions: { input: join(SOURCES, input), preserveEntrySignatures: 'exports-only', output },
    },
  };
}

/** Builds the reference extension into a temporary folder and returns it. */
export async function referencePopupExtension(dist: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'plainpage-reference-popup-'));
  cpSync(dist, dir, { recursive: true });
  await build(scriptConfig(dir, 'content.ts', { format: 'iife', entryFileNames: 'reference-content.js', name: 'plainpageReference', footer: 'plainpageReference();' }));
  await build(scriptConfig(dir, 'popup.ts', { format: 'es', entryFileNames: 'reference-popup.js' }));
  writeFileSync(join(dir, 'popup.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Reference</title>${popupStylesheets(dist)}<script type="module" src="/reference-popup.js"></script></head>
<body class="pp-popup"></body></html>`);
  return dir;
}
