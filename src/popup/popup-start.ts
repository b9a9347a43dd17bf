import { autoOpenSites, startAutoOpen, stopAutoOpen } from '../shared/auto-open-browser.ts';
import { localizePage, t } from '../shared/i18n.ts';
import { markStep } from '../shared/steps.ts';
import { browserSettingsStore } from '../shared/browser-settings.ts';
import type { SettingsReads } from '../shared/settings-reads.ts';
import { startCopy, type TabCopy } from '../reading/copy-tab.ts';
import { parseInBrowser } from '../reading/parse-html.ts';
import { readCopyReply, readPage } from '../reading/read-page.ts';
import { renderMessage } from '../view/messages-view.ts';
import { openSettings, popupActions } from './popup-actions.ts';
import { PopupApp, type PopupDeps, type PopupTab } from './popup-app.ts';

/**
 * Reads the copy of the page: the first time the copy the popup asked for as it opened, after
 * that (try again, a rule turned off) a fresh one. A large page's opening is read first, for
 * `onOpening`, while the rest is copied.
 */
function reader(firstCopy: Promise<TabCopy | null>): PopupDeps['read'] {
  let early: Promise<TabCopy | null> | null = firstCopy;
  return async (tab, request, onOpening) => {
    const copy = (await early) ?? startCopy(tab);
    early = null;
    const opening = await copy.opening;
    if (opening && onOpening) {
      markStep('opening');
      onOpening(readPage(opening, request, parseInBrowser));
    }
    return readCopyReply(await copy.whole, request, parseInBrowser);
  };
}

async function start(tab: Promise<PopupTab | null>, firstCopy: Promise<TabCopy | null>, settingsReads: SettingsReads): Promise<void> {
  localizePage(document, t('extensionName'));
  const app = new PopupApp({
    doc: document,
    store: browserSettingsStore(document),
    settingsReads,
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

/** Starts the popup with the tab, the copy of its page and the settings already on their way. Never throws. */
export async function startPopup(tab: Promise<PopupTab | null>, firstCopy: Promise<TabCopy | null>, settingsReads: SettingsReads): Promise<void> {
  try {
    await start(tab, firstCopy, settingsReads);
  } catch (error) {
    console.error('Plainpage popup failed:', error);
    document.body.replaceChildren(renderMessage(document, { title: t('errorTitle'), body: t('errorBody') }));
  }
}
