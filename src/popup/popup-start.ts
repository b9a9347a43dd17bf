import { autoOpenSites, startAutoOpen, stopAutoOpen } from '../shared/auto-open-browser.ts';
import { localizePage, t } from '../shared/i18n.ts';
import { browserSettingsStore } from '../shared/browser-settings.ts';
import { copyTab } from '../reading/copy-tab.ts';
import type { CopyReply } from '../reading/page-copy.ts';
import { parseInBrowser } from '../reading/parse-html.ts';
import { readCopyReply } from '../reading/read-page.ts';
import type { Reading, ReadRequest } from '../reading/reading.ts';
import { renderMessage } from '../view/messages-view.ts';
import { openSettings, popupActions } from './popup-actions.ts';
import { PopupApp, type PopupTab } from './popup-app.ts';

/**
 * Reads the copy of the page: the first time the copy the popup asked for as it opened, after
 * that (try again, a rule turned off) a fresh one.
 */
function reader(firstCopy: Promise<CopyReply | null>): (tab: PopupTab, request: ReadRequest) => Promise<Reading> {
  let early: Promise<CopyReply | null> | null = firstCopy;
  return async (tab, request) => {
    const pending = early ?? copyTab(tab);
    early = null;
    const reply = (await pending) ?? (await copyTab(tab));
    return readCopyReply(reply, request, parseInBrowser);
  };
}

async function start(tab: Promise<PopupTab | null>, firstCopy: Promise<CopyReply | null>): Promise<void> {
  localizePage(document, t('extensionName'));
  const app = new PopupApp({
    doc: document,
    store: browserSettingsStore(document),
    tab: await tab,
    read: reader(firstCopy),
    actions: (view) => popupActions(document, view),
    openSettings: () => openSettings(document),
    autoOpen: {
      isOn: async (host) => (await autoOpenSites()).includes(host),
      start: startAutoOpen,
      stop: stopAutoOpen,
    },
  });
  await app.start();
}

/** Starts the popup with the tab and the copy of its page already on their way. Never throws. */
export async function startPopup(tab: Promise<PopupTab | null>, firstCopy: Promise<CopyReply | null>): Promise<void> {
  try {
    await start(tab, firstCopy);
  } catch (error) {
    console.error('Plainpage popup failed:', error);
    document.body.replaceChildren(renderMessage(document, { title: t('errorTitle'), body: t('errorBody') }));
  }
}
