import { defaultSettings, type Settings } from './settings.ts';
import { isRecord, validateSettings, type Repair, type ValidateOptions } from './settings-validate.ts';
import { migrateSettings } from './settings-migrate.ts';
import { readStoredSettings, SETTINGS_KEY, type SettingsReads } from './settings-reads.ts';

export { SETTINGS_KEY };

/** The part of a `storage.StorageArea` the store uses (webextension-polyfill's shape). */
export interface StorageAreaLike {
  get(keys: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;
type ChangeListener = (changes: StorageChanges, areaName: string) => void;

/** The part of `browser.storage` the store uses; tests pass a small fake. */
export interface StorageLike {
  sync?: StorageAreaLike;
  local: StorageAreaLike;
  onChanged: { addListener(fn: ChangeListener): void; removeListener(fn: ChangeListener): void };
}

export type AreaName = 'sync' | 'local';

export interface LoadedSettings {
  settings: Settings;
  repairs: Repair[];
  area: AreaName;
  /** The stored settings come from a newer Plainpage; they are read as well as possible, never rewritten. */
  fromNewerVersion: boolean;
}

const REPAIRS_KEY = 'settingsRepairs';

/** Quota and rate-limit errors of storage.sync (Chrome: "QUOTA_BYTES_PER_ITEM quota exceeded"). */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota|QuotaExceeded|MAX_WRITE_OPERATIONS|MAX_ITEMS/i.test(text);
}

/**
 * Settings in `storage.sync`, falling back to `storage.local` when sync refuses the write
 * (quota) or does not exist. A copy in `storage.local` means the fallback is in use and wins.
 */
export class SettingsStore {
  constructor(
    private readonly storage: StorageLike,
    private readonly validateOptions: ValidateOptions = {},
  ) {}

  /**
   * Loads the settings, from `reads` when given: the popup asks for them as it opens (see
   * settings-reads.ts).
   */
  async load(reads: SettingsReads = readStoredSettings(this.storage)): Promise<LoadedSettings> {
    // Both areas asked at once (the popup waits for its settings before it reads the page); sync is
    // only waited for, and its failure only felt, when local holds no settings, as before.
    const syncRead = reads.sync;
    const local = await reads.local;
    const inLocal = local[SETTINGS_KEY] !== undefined || !syncRead;
    const raw = inLocal ? local[SETTINGS_KEY] : (await syncRead)[SETTINGS_KEY];
    const area: AreaName = inLocal ? 'local' : 'sync';
    if (raw === undefined) return { settings: defaultSettings(), repairs: [], area, fromNewerVersion: false };
    const migrated = isRecord(raw) ? migrateSettings(raw) : null;
    const { settings, repairs } = validateSettings(migrated?.ok ? migrated.data : raw, this.validateOptions);
    const fromNewerVersion = migrated?.ok === false;
    if (repairs.length > 0 && !fromNewerVersion) {
      await this.storage.local.set({ [REPAIRS_KEY]: repairs });
      await this.save(settings);
    } else if (migrated?.ok && migrated.from !== settings.schemaVersion) {
      await this.save(settings);
    }
    return { settings, repairs, area, fromNewerVersion };
  }

  /** Validates and stores; returns where the settings went. */
  async save(settings: Settings): Promise<AreaName> {
    const { settings: valid } = validateSettings(settings, this.validateOptions);
    if (this.storage.sync) {
      try {
        await this.storage.sync.set({ [SETTINGS_KEY]: valid });
        await this.storage.local.remove(SETTINGS_KEY);
        return 'sync';
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
    }
    await this.storage.local.set({ [SETTINGS_KEY]: valid });
    return 'local';
  }

  async update(change: (settings: Settings) => Settings): Promise<Settings> {
    const { settings } = await this.load();
    const next = change(structuredClone(settings));
    await this.save(next);
    return next;
  }

  async reset(): Promise<Settings> {
    const settings = defaultSettings();
    await this.save(settings);
    return settings;
  }

  /** Repairs made to stored settings since the reader last saw them (for the options page notice). */
  async pendingRepairs(): Promise<Repair[]> {
    const stored = (await this.storage.local.get(REPAIRS_KEY))[REPAIRS_KEY];
    return Array.isArray(stored) ? stored.filter(isRepair) : [];
  }

  async dismissRepairs(): Promise<void> {
    await this.storage.local.remove(REPAIRS_KEY);
  }

  /** Calls `listener` with fresh settings whenever they change in any area; returns an unsubscribe. */
  subscribe(listener: (loaded: LoadedSettings) => void): () => void {
    const onChanged: ChangeListener = (changes, areaName) => {
      if ((areaName === 'sync' || areaName === 'local') && SETTINGS_KEY in changes) {
        void this.load().then(listener);
      }
    };
    this.storage.onChanged.addListener(onChanged);
    return () => {
      this.storage.onChanged.removeListener(onChanged);
    };
  }
}

function isRepair(value: unknown): value is Repair {
  return isRecord(value) && typeof value.path === 'string' && typeof value.problem === 'string';
}
