import { describe, expect, it, vi } from 'vitest';
import { DEFAULTS, SCHEMA_VERSION, defaultSettings } from '../../src/shared/settings.ts';
import { SETTINGS_KEY, SettingsStore, isQuotaError } from '../../src/shared/settings-store.ts';
import { readStoredSettings } from '../../src/shared/settings-reads.ts';
import { FakeStorage } from './fake-storage.ts';

describe('SettingsStore', () => {
  it('gives defaults when nothing is stored, without writing', async () => {
    const storage = new FakeStorage();
    const loaded = await new SettingsStore(storage).load();
    expect(loaded).toEqual({ settings: DEFAULTS, repairs: [], area: 'sync', fromNewerVersion: false });
    expect(storage.sync.writes).toBe(0);
  });

  it('saves to sync and reads back', async () => {
    const storage = new FakeStorage();
    const store = new SettingsStore(storage);
    await store.save({ ...defaultSettings(), theme: 'sepia' });
    expect((await store.load()).settings.theme).toBe('sepia');
    expect(storage.local.data.has(SETTINGS_KEY)).toBe(false);
  });

  it('falls back to local on a sync quota error, and back to sync once it fits', async () => {
    const storage = new FakeStorage(400);
    const store = new SettingsStore(storage);
    const big = { ...defaultSettings(), sites: { 'a.example': { rulesOff: false, disabledRules: [], removeSelectors: Array.from({ length: 30 }, (_, i) => `.ad-${i}`) } } };
    expect(await store.save(big)).toBe('local');
    const loaded = await store.load();
    expect(loaded.area).toBe('local');
    expect(loaded.settings.sites['a.example']?.removeSelectors).toHaveLength(30);
    expect(await store.save(defaultSettings())).toBe('sync');
    expect(storage.local.data.has(SETTINGS_KEY)).toBe(false);
    expect((await store.load()).area).toBe('sync');
  });

  it('loads from the reads the popup asked for as it opened, before the settings code came', async () => {
    const storage = new FakeStorage();
    await storage.sync.set({ [SETTINGS_KEY]: { ...defaultSettings(), theme: 'dark' } });
    const reads = readStoredSettings(storage);
    const get = vi.spyOn(storage.sync, 'get');
    expect((await new SettingsStore(storage).load(reads)).settings.theme).toBe('dark');
    expect(get).not.toHaveBeenCalled();
  });

  it('asks sync for nothing it must wait for when local holds the settings, and a failed sync read goes unfelt', async () => {
    const storage = new FakeStorage();
    await storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), theme: 'sepia' } });
    vi.spyOn(storage.sync, 'get').mockRejectedValue(new Error('sync is off'));
    const loaded = await new SettingsStore(storage).load(readStoredSettings(storage));
    expect(loaded).toMatchObject({ area: 'local', settings: { theme: 'sepia' } });
  });

  it('rethrows errors that are not about quota', async () => {
    const storage = new FakeStorage();
    vi.spyOn(storage.sync, 'set').mockRejectedValue(new Error('Extension context invalidated'));
    await expect(new SettingsStore(storage).save(defaultSettings())).rejects.toThrow('invalidated');
  });

  it('reads the settings kept in local even when reading sync fails, and fails when only sync could have them', async () => {
    const storage = new FakeStorage();
    await storage.local.set({ [SETTINGS_KEY]: { ...defaultSettings(), theme: 'sepia' } });
    vi.spyOn(storage.sync, 'get').mockRejectedValue(new Error('storage.sync is disabled'));
    const loaded = await new SettingsStore(storage).load();
    expect(loaded.area).toBe('local');
    expect(loaded.settings.theme).toBe('sepia');
    await storage.local.remove(SETTINGS_KEY);
    await expect(new SettingsStore(storage).load()).rejects.toThrow('disabled');
  });

  it('uses local storage when sync does not exist', async () => {
    const storage = new FakeStorage();
    const store = new SettingsStore({ local: storage.local, onChanged: storage.onChanged });
    expect(await store.save(defaultSettings())).toBe('local');
  });

  it('repairs corrupt stored settings, writes them back and keeps the report for the options page', async () => {
    const storage = new FakeStorage();
    storage.sync.data.set(SETTINGS_KEY, { ...DEFAULTS, theme: 42, junk: true });
    const store = new SettingsStore(storage);
    const loaded = await store.load();
    expect(loaded.settings).toEqual(DEFAULTS);
    expect(loaded.repairs.map((r) => r.path)).toEqual(['junk', 'theme']);
    expect(storage.sync.data.get(SETTINGS_KEY)).toEqual(DEFAULTS);
    expect(await store.pendingRepairs()).toHaveLength(2);
    await store.dismissRepairs();
    expect(await store.pendingRepairs()).toEqual([]);
  });

  it('resets a stored value that is not even an object', async () => {
    const storage = new FakeStorage();
    storage.sync.data.set(SETTINGS_KEY, '{corrupt');
    expect((await new SettingsStore(storage).load()).settings).toEqual(DEFAULTS);
  });

  it('migrates old stored settings and writes them back at the current version', async () => {
    const storage = new FakeStorage();
    const old: Record<string, unknown> = { ...DEFAULTS, theme: 'dark' };
    delete old.schemaVersion;
    storage.sync.data.set(SETTINGS_KEY, old);
    const loaded = await new SettingsStore(storage).load();
    expect(loaded.repairs).toEqual([]);
    expect(storage.sync.data.get(SETTINGS_KEY)).toEqual({ ...DEFAULTS, theme: 'dark', schemaVersion: SCHEMA_VERSION });
  });

  it('reads settings from a newer version without rewriting them', async () => {
    const storage = new FakeStorage();
    storage.sync.data.set(SETTINGS_KEY, { ...DEFAULTS, schemaVersion: 99, theme: 'dark', newThing: 1 });
    const loaded = await new SettingsStore(storage).load();
    expect(loaded.fromNewerVersion).toBe(true);
    expect(loaded.settings.theme).toBe('dark');
    expect(storage.sync.writes).toBe(0);
  });

  it('tells subscribers about changes made elsewhere, until unsubscribed', async () => {
    const storage = new FakeStorage();
    const store = new SettingsStore(storage);
    const seen: string[] = [];
    const unsubscribe = store.subscribe((loaded) => seen.push(loaded.settings.theme));
    await new SettingsStore(storage).save({ ...defaultSettings(), theme: 'dark' });
    await vi.waitFor(() => { expect(seen).toEqual(['dark']); });
    unsubscribe();
    await store.save(defaultSettings());
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual(['dark']);
  });

  it('resets to defaults', async () => {
    const storage = new FakeStorage();
    const store = new SettingsStore(storage);
    await store.update((s) => ({ ...s, fontSize: 30 }));
    await store.reset();
    expect((await store.load()).settings).toEqual(DEFAULTS);
  });

  it('recognises quota errors of Chrome and Firefox', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('network'))).toBe(false);
  });
});
