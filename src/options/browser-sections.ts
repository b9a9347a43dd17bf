import { autoOpenSites, stopAutoOpen } from '../shared/auto-open-browser.ts';
import { browser } from '../shared/browser.ts';
import { BROWSER } from '../shared/platform.ts';
import { t } from '../shared/i18n.ts';
import { autoOpenSection } from './auto-open-section.ts';
import { shortcutsSection } from './shortcuts-section.ts';

/** Chrome's page for every extension's shortcuts; extensions may open it with tabs.create. */
const CHROME_SHORTCUTS = 'chrome://extensions/shortcuts';

function shortcutSettingsOpener(): (() => Promise<void>) | null {
  if (BROWSER === 'chrome') {
    return async () => {
      await browser.tabs.create({ url: CHROME_SHORTCUTS });
    };
  }
  const commands = browser.commands as Partial<typeof browser.commands>;
  const open = commands.openShortcutSettings;
  return typeof open === 'function' ? () => open() : null;
}

/** The options page's sections that talk to the browser itself: shortcuts and automatic opening. */
export async function browserSections(doc: Document): Promise<HTMLElement[]> {
  return Promise.all([
    shortcutsSection(doc, {
      commands: () => browser.commands.getAll(),
      openShortcutSettings: shortcutSettingsOpener(),
      manualHint: t('changeShortcutsFirefox'),
    }),
    autoOpenSection(doc, {
      sites: autoOpenSites,
      remove: stopAutoOpen,
      onChange: (listener) => {
        browser.storage.onChanged.addListener((changes, area) => {
          if (area === 'local' && 'autoOpenSites' in changes) listener();
        });
        browser.permissions.onRemoved.addListener(listener);
        browser.permissions.onAdded.addListener(listener);
      },
    }),
  ]);
}
