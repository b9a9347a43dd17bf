// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../src/options/options-app.ts';
import { RULE_IDS } from '../../src/core/types.ts';
import { DEFAULTS, type Settings } from '../../src/shared/settings.ts';
import { SETTINGS_KEY, SettingsStore } from '../../src/shared/settings-store.ts';
import { FakeStorage } from '../shared/fake-storage.ts';
import { ruleName } from '../../src/shared/rule-names.ts';

async function openOptions(stored?: unknown) {
  const storage = new FakeStorage();
  if (stored !== undefined) storage.sync.data.set(SETTINGS_KEY, stored);
  await new OptionsApp(document, new SettingsStore(storage)).start();
  return storage;
}

const byLabel = (text: string) => {
  const label = [...document.querySelectorAll('label')].find((l) => l.textContent === text);
  const input = label ? document.getElementById(label.htmlFor) : null;
  if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement)) throw new Error(`No control labelled ${text}`);
  return input;
};
const saved = (storage: FakeStorage) => storage.sync.data.get(SETTINGS_KEY) as typeof DEFAULTS | undefined;

afterEach(() => {
  document.body.replaceChildren();
});

describe('options page', () => {
  it('has a control for every setting (a new setting fails to compile here until it has one)', async () => {
    const labels: Record<Exclude<keyof Settings, 'schemaVersion'>, string[]> = {
      theme: ['Theme'],
      font: ['Font'],
      fontSize: ['Text size'],
      lineHeight: ['Line spacing'],
      contentWidth: ['Column width'],
      textAlign: ['Text alignment'],
      letterSpacing: ['Letter spacing'],
      wordSpacing: ['Word spacing'],
      showImages: ['Show images'],
      speechRate: ['Speed'],
      speechVoice: ['Voice'],
      disabledRules: RULE_IDS.map((rule) => ruleName(rule)),
      sites: ['Add a site'],
    };
    await openOptions();
    const shown = [...document.querySelectorAll('label, legend')].map((l) => l.textContent);
    for (const text of Object.values(labels).flat()) expect(shown).toContain(text);
  });

  it('labels every control', async () => {
    await openOptions();
    for (const control of document.querySelectorAll('input, select')) {
      const labelled = control.id !== '' && document.querySelector(`label[for="${control.id}"]`) !== null;
      expect(labelled, control.outerHTML).toBe(true);
    }
  });

  it('saves a theme change and shows it in the preview at once', async () => {
    const storage = await openOptions();
    const sepia = byLabel('Sepia');
    sepia.click();
    expect(document.querySelector('.pp-preview-frame')?.classList.contains('pp-theme-sepia')).toBe(true);
    await vi.waitFor(() => { expect(saved(storage)?.theme).toBe('sepia'); });
  });

  it('turns a clean-up rule off', async () => {
    const storage = await openOptions();
    byLabel('Stray captions').click();
    await vi.waitFor(() => { expect(saved(storage)?.disabledRules).toEqual(['captions']); });
  });

  it('rejects an invalid selector with a message and saves nothing', async () => {
    const storage = await openOptions({ ...DEFAULTS, sites: { 'a.example': { rulesOff: false, disabledRules: [], removeSelectors: [] } } });
    const input = byLabel('Always remove on this site') as HTMLInputElement;
    input.value = 'div[';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    expect(document.body.textContent).toContain('“div[” is not a valid CSS selector.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await new Promise((r) => setTimeout(r, 300));
    expect(saved(storage)?.sites['a.example']?.removeSelectors).toEqual([]);
  });

  it('adds a valid selector to the site', async () => {
    const storage = await openOptions({ ...DEFAULTS, sites: { 'a.example': { rulesOff: false, disabledRules: [], removeSelectors: [] } } });
    const input = byLabel('Always remove on this site') as HTMLInputElement;
    input.value = '.promo';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await vi.waitFor(() => { expect(saved(storage)?.sites['a.example']?.removeSelectors).toEqual(['.promo']); });
  });

  it('tells the reader which stored settings were repaired', async () => {
    await openOptions({ ...DEFAULTS, fontSize: 'huge' });
    expect(document.querySelector('[role="alert"]')?.textContent).toContain('fontSize');
  });
});
