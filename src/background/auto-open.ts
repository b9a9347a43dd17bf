import type { Tabs } from 'webextension-polyfill';
import { loadAutoOpenSites, sitePatterns } from '../shared/auto-open-sites.ts';
import { browser } from '../shared/browser.ts';
import { siteKeyFor } from '../shared/site-settings.ts';
import { openReaderTab } from './reader-tabs.ts';

/** storage.session key: the address Plainpage last opened by itself for a tab. */
const guardKey = (tabId: number) => `autoOpened:${String(tabId)}`;

/**
 * When a tab on a site the reader chose finishes loading, Plainpage opens a reader tab for it, in
 * the background; the reader tab reads the page (the site's permission allows it) and comes to the
 * front only if there is an article, or closes itself if there is none. A full tab, because that is
 * what "read this site in Plainpage" asks for and a popup cannot open without a click; the original
 * page stays in its tab. The address is remembered per tab, so a reload or a return to the page
 * does not open the reader again.
 */
export async function autoOpen(tab: Tabs.Tab): Promise<void> {
  const host = siteKeyFor(tab.url);
  if (tab.id === undefined || !tab.url || !host) return;
  if (!(await loadAutoOpenSites(browser.storage.local)).includes(host)) return;
  if (!(await browser.permissions.contains({ origins: sitePatterns(host) }))) return;
  const key = guardKey(tab.id);
  if ((await browser.storage.session.get(key))[key] === tab.url) return;
  await browser.storage.session.set({ [key]: tab.url });
  await openReaderTab({ kind: 'tab', tabId: tab.id, auto: true }, tab, false);
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(guardKey(tabId));
}
