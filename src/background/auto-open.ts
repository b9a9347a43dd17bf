import type { Tabs } from 'webextension-polyfill';
import { loadAutoOpenSites, sitePatterns } from '../shared/auto-open-sites.ts';
import { browser } from '../shared/browser.ts';
import { saveHandoff } from '../shared/reader-handoff.ts';
import { readerPath } from '../shared/reader-source.ts';
import { SettingsStore } from '../shared/settings-store.ts';
import { pageRequestFor, siteKeyFor } from '../shared/site-settings.ts';
import { extractFromTab } from '../shared/tab-extraction.ts';

/** storage.session key: the address Plainpage last opened automatically in a tab. */
const guardKey = (tabId: number) => `autoOpened:${String(tabId)}`;

/**
 * When a tab on a site the reader chose finishes loading, Plainpage reads it and, if it is an
 * article, shows the reader in that same tab (like a browser's own reader mode: no extra tabs, and
 * Back returns to the page). Pages without an article are left alone. The tab's address is
 * remembered, so going Back or reloading the page does not open the reader again.
 */
export async function autoOpen(tab: Tabs.Tab): Promise<void> {
  const host = siteKeyFor(tab.url);
  if (tab.id === undefined || !tab.url || !host) return;
  if (!(await loadAutoOpenSites(browser.storage.local)).includes(host)) return;
  if (!(await browser.permissions.contains({ origins: sitePatterns(host) }))) return;
  const key = guardKey(tab.id);
  if ((await browser.storage.session.get(key))[key] === tab.url) return;
  await browser.storage.session.set({ [key]: tab.url });
  const { settings } = await new SettingsStore(browser.storage).load();
  const result = await extractFromTab(tab, pageRequestFor(settings, host));
  if (!result.ok) return;
  const id = await saveHandoff(browser.storage.session, result.article, []);
  await browser.tabs.update(tab.id, { url: browser.runtime.getURL(readerPath({ kind: 'handoff', id })) });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(guardKey(tabId));
}
