import type { StorageAreaLike, StorageChanges, StorageLike } from '../../src/shared/settings-store.ts';

type Listener = (changes: StorageChanges, areaName: string) => void;

/** An in-memory `browser.storage` area with per-item and total quotas, and change events. */
export class FakeArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  writes = 0;

  constructor(
    private readonly name: string,
    private readonly emit: (changes: StorageChanges, area: string) => void,
    private readonly maxItemBytes = Infinity,
    private readonly maxTotalBytes = Infinity,
  ) {}

  private bytesWith(items: Record<string, unknown>): number {
    const all = { ...Object.fromEntries(this.data), ...items };
    return Object.entries(all).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
  }

  get(keys: string | string[] | null): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    const wanted = keys === null ? [...this.data.keys()] : Array.isArray(keys) ? keys : [keys];
    for (const key of wanted) {
      if (this.data.has(key)) out[key] = structuredClone(this.data.get(key));
    }
    return Promise.resolve(out);
  }

  set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) {
      if (JSON.stringify(value).length + key.length > this.maxItemBytes) {
        return Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
      }
    }
    if (this.bytesWith(items) > this.maxTotalBytes) return Promise.reject(new Error('QUOTA_BYTES quota exceeded'));
    const changes: StorageChanges = {};
    for (const [key, value] of Object.entries(items)) {
      changes[key] = { oldValue: this.data.get(key), newValue: structuredClone(value) };
      this.data.set(key, structuredClone(value));
    }
    this.writes++;
    this.emit(changes, this.name);
    return Promise.resolve();
  }

  remove(keys: string | string[]): Promise<void> {
    const changes: StorageChanges = {};
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      if (this.data.has(key)) changes[key] = { oldValue: this.data.get(key) };
      this.data.delete(key);
    }
    if (Object.keys(changes).length > 0) this.emit(changes, this.name);
    return Promise.resolve();
  }
}

export class FakeStorage implements StorageLike {
  private readonly listeners = new Set<Listener>();
  readonly sync: FakeArea;
  readonly local: FakeArea;
  readonly onChanged = {
    addListener: (fn: Listener) => this.listeners.add(fn),
    removeListener: (fn: Listener) => this.listeners.delete(fn),
  };

  constructor(syncItemBytes = 8192, syncTotalBytes = 102_400) {
    const emit = (changes: StorageChanges, area: string) => {
      for (const fn of this.listeners) fn(changes, area);
    };
    this.sync = new FakeArea('sync', emit, syncItemBytes, syncTotalBytes);
    this.local = new FakeArea('local', emit);
  }
}
