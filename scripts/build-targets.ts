/**
 * Every difference between the Chrome and Firefox builds, in one place: the output folder, the
 * build-time constant the code reads (src/shared/platform.ts) and the manifest's per-browser part.
 */
export const BROWSERS = ['chrome', 'firefox'] as const;
export type Browser = (typeof BROWSERS)[number];

export type Manifest = Record<string, unknown>;

export function outDirFor(browser: Browser): string {
  return `dist/${browser}`;
}

/** Constants replaced in the source at build time. */
export function defineFor(browser: Browser): Record<string, string> {
  return { __PLAINPAGE_BROWSER__: JSON.stringify(browser) };
}

function withoutKey(record: unknown, key: string): Manifest {
  return Object.fromEntries(Object.entries(record as Manifest).filter(([name]) => name !== key));
}

/**
 * The root manifest serves both browsers (its background has `service_worker` for Chrome and
 * `scripts` for Firefox); each build drops what its browser would only warn about.
 */
export function manifestFor(base: Manifest, browser: Browser, version: string): Manifest {
  const manifest: Manifest = { ...base, version };
  if (browser === 'chrome') {
    manifest.background = withoutKey(base.background, 'scripts');
    return withoutKey(manifest, 'browser_specific_settings');
  }
  manifest.background = withoutKey(base.background, 'service_worker');
  return manifest;
}
