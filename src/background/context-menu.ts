import type { Menus, Tabs } from 'webextension-polyfill';
import { browser } from '../shared/browser.ts';
import { isWebAddress, originPattern } from '../shared/reader-source.ts';
import { t } from '../shared/i18n.ts';
import { openReaderTab } from './reader-tabs.ts';

export const MENU_IDS = { page: 'plainpage-read-page', link: 'plainpage-read-link' } as const;

/** "Read in Plainpage" on pages and on web links. Menus persist, so they are made on install and start. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_IDS.page, title: t('menuReadPage'), contexts: ['page'] });
  browser.contextMenus.create({
    id: MENU_IDS.link,
    title: t('menuReadLink'),
    contexts: ['link'],
    targetUrlPatterns: ['http://*/*', 'https://*/*'],
  });
}

/**
 * A click on one of the menu items. The page item opens a reader tab for the page (the click
 * grants activeTab on it). The link item first asks for access to the link's site: the request has
 * to start within the click, before anything is awaited. The reader tab opens either way and
 * reads the page, or explains why it cannot and offers to ask again.
 */
export function onMenuClick(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<unknown> {
  if (info.menuItemId === MENU_IDS.page && tab?.id !== undefined) return openReaderTab({ kind: 'tab', tabId: tab.id, auto: false }, tab);
  const url = info.menuItemId === MENU_IDS.link ? info.linkUrl : undefined;
  if (url === undefined || !isWebAddress(url)) return Promise.resolve();
  const asked = browser.permissions.request({ origins: [originPattern(url)] }).catch((error: unknown) => {
    console.warn('Plainpage could not ask for access to the linked site:', error);
    return false;
  });
  return asked.then(() => openReaderTab({ kind: 'link', url }, tab));
}
