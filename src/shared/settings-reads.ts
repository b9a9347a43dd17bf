/**
 * The first read of the stored settings, kept apart from the store (settings-store.ts) so the
 * popup's first script can ask for it as it opens, in parallel with the copy of the page, without
 * loading the settings code.
 */
export const SETTINGS_KEY = 'settings';

type Read = Promise<Record<string, unknown>>;

/** The part of a storage area the first read needs. */
interface ReadableArea {
  get(keys: string): Read;
}

/** The stored settings of both areas, asked for at once. */
export interface SettingsReads {
  local: Read;
  sync?: Read;
}

/**
 * Asks both areas for the stored settings. A failed sync read is only felt by the store when it
 * needs it (see SettingsStore.load), never as an unhandled rejection.
 */
export function readStoredSettings(storage: { local: ReadableArea; sync?: ReadableArea }): SettingsReads {
  const sync = storage.sync?.get(SETTINGS_KEY);
  sync?.catch(() => undefined);
  return { local: storage.local.get(SETTINGS_KEY), ...(sync ? { sync } : {}) };
}
