import type { RuleId } from '../core/types.ts';

export const SCHEMA_VERSION = 1;

export type Theme = 'system' | 'light' | 'sepia' | 'dark';
export type TextAlign = 'start' | 'justify';

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
