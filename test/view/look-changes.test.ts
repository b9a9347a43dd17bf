import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../src/shared/settings.ts';
import { SettingsStore } from '../../src/shared/settings-store.ts';
import { LookChanges } from '../../src/view/look-changes.ts';
import { FakeStorage } from '../shared/fake-storage.ts';

function setUp() {
  const store = new SettingsStore(new FakeStorage());
  const shown: number[] = [];
  const look = new LookChanges(defaultSettings(), store, (settings) => shown.push(settings.fontSize));
  store.subscribe(({ settings }) => {
    look.stored(settings);
  });
  return { store, look, shown };
}

describe('changes of the look made in place', () => {
  it('shows each change at once and saves them all, however quickly they come', async () => {
    const { store, look, shown } = setUp();
    for (const fontSize of [19, 20, 21]) look.change({ fontSize });
    expect(shown).toEqual([18, 19, 20, 21]);
    expect(look.current.fontSize).toBe(21);
    await vi.waitFor(async () => {
      expect((await store.load()).settings.fontSize).toBe(21);
    });
    look.change({ theme: 'dark' });
    await vi.waitFor(async () => {
      expect((await store.load()).settings).toMatchObject({ fontSize: 21, theme: 'dark' });
    });
    // What storage reported while the saves were on their way never stepped the display back.
    expect(shown.slice(shown.indexOf(21))).toEqual(shown.slice(shown.indexOf(21)).map(() => 21));
  });

  it('shows a change made elsewhere once its own saves have landed', async () => {
    const { store, look } = setUp();
    const elsewhere: Settings = { ...defaultSettings(), fontSize: 24, lineHeight: 2 };
    await store.save(elsewhere);
    await vi.waitFor(() => {
      expect(look.current).toMatchObject({ fontSize: 24, lineHeight: 2 });
    });
    look.change({ lineHeight: 1.4 });
    await vi.waitFor(async () => {
      expect((await store.load()).settings).toMatchObject({ fontSize: 24, lineHeight: 1.4 });
    });
  });
});
