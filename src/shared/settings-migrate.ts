import { SCHEMA_VERSION } from './settings.ts';

type Bag = Record<string, unknown>;

/** Moves stored data from schema version `from` to `from + 1`. */
export interface Migration {
  from: number;
  migrate: (data: Bag) => Bag;
}

/**
 * Ordered migrations, one per schema version. Data without a `schemaVersion` is version 0: it was
 * written before versioning and has the version 1 field names, so it only gains the version.
 * When a setting is renamed or reshaped, bump SCHEMA_VERSION and append a migration here.
 */
export const MIGRATIONS: readonly Migration[] = [
  { from: 0, migrate: (data) => ({ ...data }) },
  // Version 2 added the spacing and reading-aloud settings; old data gets their defaults.
  { from: 1, migrate: (data) => ({ letterSpacing: 0, wordSpacing: 0, speechRate: 1, speechVoice: '', ...data }) },
];

export type MigrationResult =
  | { ok: true; data: Bag; from: number }
  | { ok: false; reason: 'newer'; version: number };

/** The schema version stored data claims; 0 when it has none, null when the field is corrupt. */
export function storedVersion(data: Bag): number | null {
  const version = data.schemaVersion;
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : null;
}

/**
 * Applies the migrations from the data's version up to `target`, in order. Data with a corrupt
 * version is taken as current (the validator then repairs its values); data from a newer version
 * of Plainpage is refused, so nothing is guessed about fields this version does not know.
 */
export function migrateSettings(
  data: Bag,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const from = storedVersion(data) ?? target;
  if (from > target) return { ok: false, reason: 'newer', version: from };
  let current = data;
  for (let version = from; version < target; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new Error(`No settings migration from version ${version}`);
    current = { ...step.migrate(current), schemaVersion: version + 1 };
  }
  return { ok: true, data: { ...current, schemaVersion: target }, from };
}
