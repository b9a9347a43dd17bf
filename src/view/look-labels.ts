import { BUILT_IN_FONTS, type NumberRange, type Theme } from '../shared/settings.ts';
import { t, uiLocale, type MessageKey } from '../shared/i18n.ts';

/** The names of the reader's looks, shared by the options page and the in-place panel. */
export type FontChoice = (typeof BUILT_IN_FONTS)[number] | 'custom';

export const FONT_LABELS: Record<FontChoice, MessageKey> = {
  serif: 'fontSerif',
  'sans-serif': 'fontSansSerif',
  monospace: 'fontMonospace',
  dyslexic: 'fontDyslexic',
  custom: 'fontCustom',
};

export const THEME_LABELS: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', sepia: 'themeSepia', dark: 'themeDark', contrast: 'themeContrast' };

/** Line spacing with one decimal, written the way the UI language writes decimals (1.6, 1,6). */
export function formatLineHeight(value: number): string {
  return new Intl.NumberFormat(uiLocale().lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/** The text size as the interface writes it: "18 px". */
export const formatFontSize = (px: number): string => t('fontSizeValue', px);

/** The column width as the interface writes it: "66 characters". */
export const formatContentWidth = (characters: number): string => t('contentWidthValue', characters);

/** A value on its range's step and within the range, without the float error of the step's decimals (0.1 + 0.2). */
export function snapToStep(value: number, range: NumberRange): number {
  const steps = Math.round((value - range.min) / range.step);
  const decimals = String(range.step).split('.')[1]?.length ?? 0;
  return Number(Math.max(range.min, Math.min(range.max, range.min + steps * range.step)).toFixed(decimals));
}
