import { isValidHostname } from './settings-validate.ts';
import type { StorageAreaLike } from './settings-store.ts';

/**
 * The sites the reader asked Plainpage to open on by itself. Kept in `storage.local`, apart from
 * the settings: each needs a host permission granted in this browser, which an exported settings
 * file could not carry. A site counts only while its permission is granted too.
 */
const KEY = 'autoOpenSites';

export async function loadAutoOpenSites(local: StorageAreaLike): Promise<string[]> {
  const value = (await local.get(KEY))[KEY];
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((host): host is string => typeof host === 'string' && isValidHostname(host)))].sort();
}

export async function setAutoOpen(local: StorageAreaLike, host: string, on: boolean): Promise<string[]> {
  const others = (await loadAutoOpenSites(local)).filter((known) => known !== host);
  const sites = on ? [...others, host].sort() : others;
  await local.set({ [KEY]: sites });
  return sites;
}

/** The host permission patterns for one site, both schemes: a site may serve either. */
export function sitePatterns(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}
