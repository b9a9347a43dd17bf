import type { Tabs } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { readerPath, type ReaderSource } from '../shared/reader-source.ts';

/** Opens a reader tab for `source` right after the tab the reader was on. */
export async function openReaderTab(source: ReaderSource, beside: Tabs.Tab | undefined, active = true): Promise<Tabs.Tab> {
  return browser.tabs.create({
    url: browser.runtime.getURL(readerPath(source)),
    active,
    ...(beside?.index === undefined ? {} : { index: beside.index + 1 }),
    ...(beside?.id === undefined ? {} : { openerTabId: beside.id }),
  });
}

/** The tab a keyboard command was given, or the active tab of the current window. */
export async function commandTab(tab: Tabs.Tab | undefined): Promise<Tabs.Tab | undefined> {
  if (tab) return tab;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active;
}
