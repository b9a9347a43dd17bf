import { RULE_IDS, type RuleId } from '../core/types.ts';
import {
  BUILT_IN_FONTS, DEFAULTS, MAX_VOICE_LENGTH, RANGES, SCHEMA_VERSION, SITE_LIMITS, TEXT_ALIGNS, THEMES,
  type NumberRange, type Settings, type SiteSettings,
} from './settings.ts';
import { t } from './i18n.ts';

/** One value the validator could not keep: where it was and what was wrong. */
export interface Repair {
  /** Dotted path of the setting, e.g. `theme` or `sites.example.com.removeSelectors`. */
  path: string;
  /** What was wrong, in the UI language. */
  problem: string;
}

export interface Validated {
  settings: Settings;
  repairs: Repair[];
}

export interface ValidateOptions {
  /** Checks selector syntax where a DOM is at hand; without it only type and length are checked. */
  isValidSelector?: (selector: string) => boolean;
}

type Bag = Record<string, unknown>;

const SYSTEM_FONT = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u;
const HOSTNAME = /^[a-z0-9.\-[\]:]{1,253}$/;

export function isRecord(value: unknown): value is Bag {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}

export function isRuleId(value: unknown): value is RuleId {
  return isOneOf(RULE_IDS, value);
}

export function isValidFont(value: unknown): value is string {
  return typeof value === 'string' && (isOneOf(BUILT_IN_FONTS, value) || SYSTEM_FONT.test(value));
}

function isVoiceId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_VOICE_LENGTH;
}

export function isValidHostname(value: string): boolean {
  return HOSTNAME.test(value);
}

function inRange(value: unknown, range: NumberRange): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= range.min && value <= range.max;
}

class Checker {
  readonly repairs: Repair[] = [];

  constructor(private readonly options: ValidateOptions) {}

  take<T>(path: string, value: unknown, ok: (v: unknown) => v is T, fallback: T): T {
    return ok(value) ? value : this.reset(path, value, structuredClone(fallback));
  }

  reset<T>(path: string, value: unknown, fallback: T): T {
    this.repairs.push({ path, problem: value === undefined ? t('repairMissing') : t('repairInvalidValue') });
    return fallback;
  }

  rules(path: string, value: unknown): RuleId[] {
    if (!Array.isArray(value)) return this.reset(path, value, []);
    const rules = value.filter(isRuleId);
    if (rules.length !== value.length) this.repairs.push({ path, problem: t('repairUnknownRules') });
    return [...new Set(rules)];
  }

  selectors(path: string, value: unknown): string[] {
    if (!Array.isArray(value)) return this.reset(path, value, []);
    const syntaxOk = this.options.isValidSelector ?? (() => true);
    const kept = value.filter(
      (s): s is string =>
        typeof s === 'string' && s.trim() !== '' && s.length <= SITE_LIMITS.maxSelectorLength && syntaxOk(s),
    );
    const selectors = [...new Set(kept)].slice(0, SITE_LIMITS.maxSelectors);
    if (selectors.length !== value.length) this.repairs.push({ path, problem: t('repairInvalidSelectors') });
    return selectors;
  }

  site(path: string, value: unknown): SiteSettings | null {
    if (!isRecord(value)) {
      this.repairs.push({ path, problem: t('repairInvalidValue') });
      return null;
    }
    this.unknownKeys(path, value, ['rulesOff', 'disabledRules', 'removeSelectors']);
    return {
      rulesOff: this.take(`${path}.rulesOff`, value.rulesOff, (v) => typeof v === 'boolean', false),
      disabledRules: this.rules(`${path}.disabledRules`, value.disabledRules),
      removeSelectors: this.selectors(`${path}.removeSelectors`, value.removeSelectors),
    };
  }

  sites(value: unknown): Record<string, SiteSettings> {
    if (!isRecord(value)) return this.reset('sites', value, {});
    const sites: Record<string, SiteSettings> = {};
    for (const [host, raw] of Object.entries(value).slice(0, SITE_LIMITS.maxSites)) {
      const path = `sites.${host}`;
      if (!isValidHostname(host)) {
        this.repairs.push({ path, problem: t('repairInvalidHost') });
        continue;
      }
      const site = this.site(path, raw);
      if (site) sites[host] = site;
    }
    if (Object.keys(value).length > SITE_LIMITS.maxSites) {
      this.repairs.push({ path: 'sites', problem: t('repairTooManySites', SITE_LIMITS.maxSites) });
    }
    return sites;
  }

  unknownKeys(path: string, value: Bag, known: readonly string[]): void {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) this.repairs.push({ path: path ? `${path}.${key}` : key, problem: t('repairUnknownSetting') });
    }
  }
}

/**
 * Turns anything read from storage or a file into valid Settings: each missing, mistyped or
 * out-of-range value is reset to its default and reported; unknown keys are dropped and reported.
 * Expects data already migrated to the current schema version.
 */
export function validateSettings(raw: unknown, options: ValidateOptions = {}): Validated {
  const c = new Checker(options);
  if (!isRecord(raw)) {
    c.repairs.push({ path: '', problem: raw === undefined ? t('repairMissing') : t('repairNotSettings') });
    return { settings: structuredClone(DEFAULTS), repairs: c.repairs };
  }
  c.unknownKeys('', raw, Object.keys(DEFAULTS));
  const settings: Settings = {
    schemaVersion: SCHEMA_VERSION,
    theme: c.take('theme', raw.theme, (v) => isOneOf(THEMES, v), DEFAULTS.theme),
    font: c.take('font', raw.font, isValidFont, DEFAULTS.font),
    fontSize: c.take('fontSize', raw.fontSize, (v) => inRange(v, RANGES.fontSize), DEFAULTS.fontSize),
    lineHeight: c.take('lineHeight', raw.lineHeight, (v) => inRange(v, RANGES.lineHeight), DEFAULTS.lineHeight),
    contentWidth: c.take('contentWidth', raw.contentWidth, (v) => inRange(v, RANGES.contentWidth), DEFAULTS.contentWidth),
    textAlign: c.take('textAlign', raw.textAlign, (v) => isOneOf(TEXT_ALIGNS, v), DEFAULTS.textAlign),
    letterSpacing: c.take('letterSpacing', raw.letterSpacing, (v) => inRange(v, RANGES.letterSpacing), DEFAULTS.letterSpacing),
    wordSpacing: c.take('wordSpacing', raw.wordSpacing, (v) => inRange(v, RANGES.wordSpacing), DEFAULTS.wordSpacing),
    showImages: c.take('showImages', raw.showImages, (v) => typeof v === 'boolean', DEFAULTS.showImages),
    speechRate: c.take('speechRate', raw.speechRate, (v) => inRange(v, RANGES.speechRate), DEFAULTS.speechRate),
    speechVoice: c.take('speechVoice', raw.speechVoice, isVoiceId, DEFAULTS.speechVoice),
    disabledRules: c.rules('disabledRules', raw.disabledRules),
    sites: c.sites(raw.sites),
  };
  return { settings, repairs: c.repairs };
}
