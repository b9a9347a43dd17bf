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

  it('keeps the new spacing, font and reading-aloud values and resets ones out of range', () => {
    const settings = { ...defaultSettings(), theme: 'contrast', font: 'dyslexic', letterSpacing: 0.12, wordSpacing: 0.16, speechRate: 1.5, speechVoice: 'urn:voice:de' };
    expect(validateSettings(settings)).toEqual({ settings, repairs: [] });
    expect(paths({ ...DEFAULTS, letterSpacing: 0.5, wordSpacing: -0.1, speechRate: 3, speechVoice: 'v'.repeat(201) })).toEqual([
      'letterSpacing', 'wordSpacing', 'speechRate', 'speechVoice',
    ]);
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
  it('takes unversioned (version 0) data through every migration to the current version', () => {
    const result = migrateSettings({ theme: 'dark' });
    const added = { letterSpacing: 0, wordSpacing: 0, speechRate: 1, speechVoice: '' };
    expect(result).toEqual({ ok: true, from: 0, data: { ...added, theme: 'dark', schemaVersion: SCHEMA_VERSION } });
  });

  it('gives version 1 settings the spacing and reading-aloud defaults of version 2, keeping the rest', () => {
    const v1 = { schemaVersion: 1, theme: 'sepia', font: 'sans-serif', fontSize: 20, lineHeight: 1.8, contentWidth: 60, textAlign: 'justify', showImages: false, disabledRules: ['captions'], sites: {} };
    const result = migrateSettings(v1);
    expect(result).toEqual({ ok: true, from: 1, data: { ...v1, schemaVersion: 2, letterSpacing: 0, wordSpacing: 0, speechRate: 1, speechVoice: '' } });
    expect(result.ok && validateSettings(result.data).repairs).toEqual([]);
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
