import { browser } from './browser.ts';
import { SettingsStore } from './settings-store.ts';
import { isSelectorSyntaxValid } from './site-settings.ts';

/** The settings store of an extension page, on the real `browser.storage`. */
export function browserSettingsStore(doc: Document): SettingsStore {
  return new SettingsStore(browser.storage, { isValidSelector: (s) => isSelectorSyntaxValid(s, doc) });
}
