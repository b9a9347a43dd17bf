import type { RuleId } from '../core/types.ts';

export const SCHEMA_VERSION = 2;

/** `contrast` is a high-contrast theme: every colour pair meets WCAG AAA (7:1). */
export const THEMES = ['system', 'light', 'sepia', 'dark', 'contrast'] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_ALIGNS = ['start', 'justify'] as const;
export type TextAlign = (typeof TEXT_ALIGNS)[number];

/**
 * The fonts Plainpage names itself: the generic families and `dyslexic`, the bundled OpenDyslexic.
 * Any other value is a system font name.
 */
export const BUILT_IN_FONTS = ['serif', 'sans-serif', 'monospace', 'dyslexic'] as const;

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
  /** Extra space between letters and between words, in em (WCAG 1.4.12 asks for 0.12 and 0.16). */
  letterSpacing: { min: 0, max: 0.12, step: 0.01 },
  wordSpacing: { min: 0, max: 0.32, step: 0.02 },
  /** Reading-aloud speed, 1 being the voice's normal speed. */
  speechRate: { min: 0.5, max: 2, step: 0.25 },
} as const satisfies Record<string, NumberRange>;

/** The longest voice identifier kept. */
export const MAX_VOICE_LENGTH = 200;

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
  /** Extra letter spacing in em, 0–0.12. */
  letterSpacing: number;
  /** Extra word spacing in em, 0–0.32. */
  wordSpacing: number;
  showImages: boolean;
  /** Reading-aloud speed, 0.5–2. */
  speechRate: number;
  /** The voiceURI chosen for reading aloud; '' picks a voice for the article's language. */
  speechVoice: string;
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
  letterSpacing: 0,
  wordSpacing: 0,
  showImages: true,
  speechRate: 1,
  speechVoice: '',
  disabledRules: [],
  sites: {},
};

export const EMPTY_SITE: SiteSettings = { rulesOff: false, disabledRules: [], removeSelectors: [] };

/** A fresh copy of the defaults, safe to change. */
export function defaultSettings(): Settings {
  return structuredClone(DEFAULTS);
}
