import type { Settings } from './settings.ts';
import { isRecord, validateSettings, type ValidateOptions } from './settings-validate.ts';
import { migrateSettings } from './settings-migrate.ts';
import { t } from './i18n.ts';

const FORMAT = 'plainpage-settings';
/** Far above any real settings file (sync allows 100 KB in all). */
export const MAX_IMPORT_BYTES = 512 * 1024;

export type ImportResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** Settings as a JSON file a reader can keep or move to another browser. */
export function exportSettings(settings: Settings, now: Date = new Date()): string {
  return `${JSON.stringify({ format: FORMAT, exported: now.toISOString(), settings }, null, 2)}\n`;
}

/**
 * Reads an exported settings file. All or nothing: a file that is not JSON, not Plainpage
 * settings, from a newer version, or with any value this version cannot use is refused with a
 * message for the reader, and the caller keeps the current settings.
 */
export function importSettings(text: string, options: ValidateOptions = {}): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: t('importTooLarge') };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: t('importNotJson') };
  }
  if (!isRecord(parsed) || parsed.format !== FORMAT || !isRecord(parsed.settings)) {
    return { ok: false, message: t('importNotSettings') };
  }
  const migrated = migrateSettings(parsed.settings);
  if (!migrated.ok) return { ok: false, message: t('importNewer', migrated.version) };
  const { settings, repairs } = validateSettings(migrated.data, options);
  if (repairs.length > 0) {
    const listed = repairs.slice(0, 3).map((r) => `${r.path}: ${r.problem}`);
    if (repairs.length > 3) listed.push(`and ${repairs.length - 3} more`);
    return { ok: false, message: t('importInvalid', listed.join('; ')) };
  }
  return { ok: true, settings };
}
