import type { RuleId } from '../core/types.ts';

export const SCHEMA_VERSION = 1;

export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_ALIGNS = ['start', 'justify'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

/** The generic font families; any other value is a system font name. */
export const GENERIC_FONTS = ['serif', 'sans-serif', 'monospace'] as const;

export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

/** Allowed ranges of the numeric settings; the options page builds its sliders from these. */
export const RANGES = {
  fontSize: { min: 12, max: 32, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  contentWidth: { min: 40, max: 100, step: 2 },
} as const satisfies Record<string, NumberRange>;

/** Per-site limits, so one site cannot fill the storage.sync quota. */
export const SITE_LIMITS = { maxSelectors: 50, maxSelectorLength: 200, maxSites: 200 } as const;

export interface SiteSettings {
  /** Plainpage's extra clean-up rules are off on this site (plain Readability only). */
  rulesOff: boolean;
  /** Rules turned off for this site only. */
  disabledRules: RuleId[];
  /** Extra CSS selectors always removed on this site. */
  removeSelectors: string[];
}

export interface Settings {
  schemaVersion: number;
  theme: Theme;
  /** 'serif' | 'sans-serif' | 'monospace' | a system font name. */
  font: string;
  /** Font size in px, 12–32. */
  fontSize: number;
  /** Line height, 1.2–2.2. */
  lineHeight: number;
  /** Content width in characters (ch), 40–100. */
  contentWidth: number;
  textAlign: TextAlign;
  showImages: boolean;
  /** Rules turned off everywhere. */
  disabledRules: RuleId[];
  /** Per-site settings, keyed by hostname. */
  sites: Record<string, SiteSettings>;
}

export const DEFAULTS: Settings = {
  schemaVersion: SCHEMA_VERSION,
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineHeight: 1.6,
  contentWidth: 66,
  textAlign: 'start',
  showImages: true,
  disabledRules: [],
  sites: {},
};

export const EMPTY_SITE: SiteSettings = { rulesOff: false, disabledRules: [], removeSelectors: [] };

/** A fresh copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULTS);
}
