import { loadAutoOpenSites, setAutoOpen, sitePatterns } from './auto-open-sites.ts';
import { browser } from './browser.ts';

/** The sites Plainpage opens on by itself: listed, and with their host permission still granted. */
export async function autoOpenSites(): Promise<string[]> {
  const listed = await loadAutoOpenSites(browser.storage.local);
  const granted = await Promise.all(listed.map((host) => browser.permissions.contains({ origins: sitePatterns(host) })));
  return listed.filter((_, index) => granted[index]);
}

/**
 * Asks for one site's host permission and lists the site. Call it directly from a click handler:
 * browsers ask only during a user gesture. The site is listed at once, because a popup can close
 * while the browser asks; it counts only once the permission is granted, and a refusal unlists it.
 */
export function startAutoOpen(host: string): Promise<boolean> {
  const asked = browser.permissions.request({ origins: sitePatterns(host) });
  const listed = setAutoOpen(browser.storage.local, host, true);
  return Promise.all([asked, listed]).then(async ([granted]) => {
    if (!granted) await setAutoOpen(browser.storage.local, host, false);
    return granted;
  });
}

/** Stops opening on a site and gives its host permission back. */
export async function stopAutoOpen(host: string): Promise<void> {
  await setAutoOpen(browser.storage.local, host, false);
  await browser.permissions.remove({ origins: sitePatterns(host) });
}
