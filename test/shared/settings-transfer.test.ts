import { describe, expect, it } from 'vitest';
import { DEFAULTS, defaultSettings } from '../../src/shared/settings.ts';
import { MAX_IMPORT_BYTES, exportSettings, importSettings } from '../../src/shared/settings-transfer.ts';

describe('export and import', () => {
  it('round-trips settings', () => {
    const settings = { ...defaultSettings(), theme: 'dark' as const, sites: { 'a.example': { rulesOff: true, disabledRules: [], removeSelectors: ['.promo'] } } };
    expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
  });

  it('migrates an old file', () => {
    const old: Record<string, unknown> = { ...DEFAULTS, fontSize: 20 };
    delete old.schemaVersion;
    const result = importSettings(JSON.stringify({ format: 'plainpage-settings', settings: old }));
    expect(result).toEqual({ ok: true, settings: { ...DEFAULTS, fontSize: 20 } });
  });

  it.each([
    ['not JSON', '{ theme: dark', /not valid JSON/],
    ['some other JSON', '{"theme":"dark"}', /does not contain Plainpage settings/],
    ['a JSON array', '[1,2]', /does not contain Plainpage settings/],
    ['a newer version', JSON.stringify({ format: 'plainpage-settings', settings: { ...DEFAULTS, schemaVersion: 7 } }), /newer Plainpage \(settings version 7\)/],
    ['a bad value', JSON.stringify({ format: 'plainpage-settings', settings: { ...DEFAULTS, fontSize: 400 } }), /fontSize: not a valid value/],
    ['too large', `"${'x'.repeat(MAX_IMPORT_BYTES)}"`, /too large/],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('lists at most three problems', () => {
    const result = importSettings(JSON.stringify({ format: 'plainpage-settings', settings: { theme: 1, font: 2, fontSize: 3, lineHeight: 4, schemaVersion: 1 } }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/and \d+ more/);
  });
});
