import '../view/theme.css';
import '../view/fonts.css';
import '../view/ui.css';
import '../view/article.css';
import '../view/removals.css';
import './popup.css';
import { autoOpenSites, startAutoOpen, stopAutoOpen } from '../shared/auto-open-browser.ts';
import { browser } from '../shared/browser.ts';
import { browserSettingsStore } from '../shared/browser-settings.ts';
import { extractFromTab } from '../shared/tab-extraction.ts';
import { renderMessage } from '../view/messages-view.ts';
import { openSettings, popupActions } from './popup-actions.ts';
import { PopupApp } from './popup-app.ts';
import { localizePage, t } from '../shared/i18n.ts';

async function main(): Promise<void> {
  localizePage(document, t('extensionName'));
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const app = new PopupApp({
    doc: document,
    store: browserSettingsStore(document),
    tab: tab ?? null,
    extract: extractFromTab,
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

main().catch((error: unknown) => {
  console.error('Plainpage popup failed:', error);
  document.body.replaceChildren(renderMessage(document, { title: t('errorTitle'), body: t('errorBody') }));
});
