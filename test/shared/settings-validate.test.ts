import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULTS, SCHEMA_VERSION, defaultSettings } from '../../src/shared/settings.ts';
import { validateSettings } from '../../src/shared/settings-validate.ts';
import { migrateSettings, type Migration } from '../../src/shared/settings-migrate.ts';

const paths = (raw: unknown) => validateSettings(raw).repairs.map((r) => r.path);

describe('validateSettings', () => {
  it('keeps valid settings untouched and reports nothing', () => {
    const settings = { ...defaultSettings(), theme: 'sepia', font: 'Noto Serif', fontSize: 21 };
    expect(validateSettings(settings)).toEqual({ settings, repairs: [] });
  });

  it('resets corrupt values to their defaults and says which', () => {
    const raw = { ...DEFAULTS, theme: 'purple', fontSize: 900, lineHeight: 'tall', showImages: 'yes', font: '"; } body { x' };
    const { settings, repairs } = validateSettings(raw);
    expect(settings).toEqual(DEFAULTS);
    expect(repairs.map((r) => r.path).sort()).toEqual(['font', 'fontSize', 'lineHeight', 'showImages', 'theme']);
  });

  it('rejects NaN and Infinity', () => {
    expect(paths({ ...DEFAULTS, fontSize: Number.NaN, contentWidth: Infinity })).toEqual(['fontSize', 'contentWidth']);
  });

  it('fills a partial object with defaults', () => {
    const { settings, repairs } = validateSettings({ schemaVersion: 1, theme: 'dark' });
    expect(settings).toEqual({ ...DEFAULTS, theme: 'dark' });
    expect(repairs.every((r) => r.problem === 'missing')).toBe(true);
  });

  it('drops unknown keys and unknown rules, reporting them', () => {
    const { settings, repairs } = validateSettings({ ...DEFAULTS, colour: 'red', disabledRules: ['teasers', 'nope', 'teasers'] });
    expect(settings.disabledRules).toEqual(['teasers']);
    expect(settings).not.toHaveProperty('colour');
    expect(repairs.map((r) => r.path)).toEqual(['colour', 'disabledRules']);
  });

  it('repairs per-site entries one by one', () => {
    const raw = {
      ...DEFAULTS,
      sites: {
        'news.example': { rulesOff: true, disabledRules: [], removeSelectors: ['.ad', 42, ''] },
        'bad host!': { rulesOff: true, disabledRules: [], removeSelectors: [] },
        'blog.example': 'corrupt',
      },
    };
    const { settings, repairs } = validateSettings(raw, { isValidSelector: (s) => s !== '.ad' });
    expect(settings.sites).toEqual({ 'news.example': { rulesOff: true, disabledRules: [], removeSelectors: [] } });
    expect(repairs.map((r) => r.path)).toEqual(['sites.news.example.removeSelectors', 'sites.bad host!', 'sites.blog.example']);
  });

  it('caps oversized input: selectors per site and number of sites', () => {
    const selectors = Array.from({ length: 500 }, (_, i) => `.x${i}`);
    const sites = Object.fromEntries(
      Array.from({ length: 300 }, (_, i) => [`s${i}.example`, { rulesOff: false, disabledRules: [], removeSelectors: selectors }]),
    );
    const { settings, repairs } = validateSettings({ ...DEFAULTS, sites });
    expect(Object.keys(settings.sites)).toHaveLength(200);
    expect(settings.sites['s0.example']?.removeSelectors).toHaveLength(50);
    expect(repairs.some((r) => r.path === 'sites')).toBe(true);
  });

  it('turns any JSON value into valid settings without throwing', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (raw) => {
        const again = validateSettings(validateSettings(raw).settings);
        expect(again.repairs).toEqual([]);
      }),
    );
  });

  it('treats non-objects as missing settings', () => {
    for (const raw of [null, 'settings', 7, [], undefined]) {
      expect(validateSettings(raw).settings).toEqual(DEFAULTS);
    }
  });
});

describe('migrateSettings', () => {
  it('stamps unversioned (version 0) data with the current version', () => {
    const result = migrateSettings({ theme: 'dark' });
    expect(result).toEqual({ ok: true, from: 0, data: { theme: 'dark', schemaVersion: SCHEMA_VERSION } });
  });

  it('applies migrations in order, each once', () => {
    const seen: number[] = [];
    const steps: Migration[] = [
      { from: 2, migrate: (d) => (seen.push(2), { ...d, c: 'two' }) },
      { from: 0, migrate: (d) => (seen.push(0), { ...d, a: 'zero' }) },
      { from: 1, migrate: (d) => (seen.push(1), { ...d, b: `${String(d.a)}-one` }) },
    ];
    const result = migrateSettings({}, steps, 3);
    expect(seen).toEqual([0, 1, 2]);
    expect(result).toEqual({ ok: true, from: 0, data: { a: 'zero', b: 'zero-one', c: 'two', schemaVersion: 3 } });
  });

  it('starts from the stored version', () => {
    const steps: Migration[] = [
      { from: 0, migrate: () => ({ wrong: true }) },
      { from: 1, migrate: (d) => ({ ...d, b: 1 }) },
    ];
    expect(migrateSettings({ schemaVersion: 1 }, steps, 2)).toEqual({ ok: true, from: 1, data: { schemaVersion: 2, b: 1 } });
  });

  it('refuses data from a newer version', () => {
    expect(migrateSettings({ schemaVersion: SCHEMA_VERSION + 1 })).toEqual({ ok: false, reason: 'newer', version: SCHEMA_VERSION + 1 });
  });

  it('takes a corrupt version as current', () => {
    expect(migrateSettings({ schemaVersion: 'x' })).toEqual({ ok: true, from: SCHEMA_VERSION, data: { schemaVersion: SCHEMA_VERSION } });
  });
});
