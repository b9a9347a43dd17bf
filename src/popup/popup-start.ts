import { autoOpenSites, startAutoOpen, stopAutoOpen } from '../shared/auto-open-browser.ts';
import { localizePage, t } from '../shared/i18n.ts';
import { browserSettingsStore } from '../shared/browser-settings.ts';
import type { PageRequest, TabExtraction } from '../shared/page-request.ts';
import type { SnapshotReply } from '../shared/page-snapshot.ts';
import { extractFromSnapshot } from '../shared/snapshot-extraction.ts';
import { readTab } from '../shared/tab-extraction.ts';
import { renderMessage } from '../view/messages-view.ts';
import { openSettings, popupActions } from './popup-actions.ts';
import { PopupApp, type PopupTab } from './popup-app.ts';

/**
 * Runs the core on the copy of the page: the first time on the copy the popup asked for as it
 * opened, after that (try again, a rule turned off) on a fresh one.
 */
function extractor(firstRead: Promise<SnapshotReply | null>): (tab: PopupTab, request: PageRequest) => Promise<TabExtraction> {
  let early: Promise<SnapshotReply | null> | null = firstRead;
  return async (tab, request) => {
    const pending = early ?? readTab(tab);
    early = null;
    const reply = (await pending) ?? (await readTab(tab));
    return extractFromSnapshot(reply, request);
  };
}

async function start(tab: Promise<PopupTab | null>, firstRead: Promise<SnapshotReply | null>): Promise<void> {
  localizePage(document, t('extensionName'));
  const app = new PopupApp({
    doc: document,
    store: browserSettingsStore(document),
    tab: await tab,
    extract: extractor(firstRead),
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
export async function startPopup(tab: Promise<PopupTab | null>, firstRead: Promise<SnapshotReply | null>): Promise<void> {
  try {
    await start(tab, firstRead);
  } catch (error) {
    console.error('Plainpage popup failed:', error);
    document.body.replaceChildren(renderMessage(document, { title: t('errorTitle'), body: t('errorBody') }));
  }
}
