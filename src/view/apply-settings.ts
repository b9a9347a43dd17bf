import { BUILT_IN_FONTS, THEMES, type Settings } from '../shared/settings.ts';
import { isValidFont } from '../shared/settings-validate.ts';

export type ReaderLook = Pick<
  Settings,
  'theme' | 'font' | 'fontSize' | 'lineHeight' | 'contentWidth' | 'textAlign' | 'letterSpacing' | 'wordSpacing' | 'showImages'
>;

/** The CSS font-family for a font setting; a system font falls back to the serif stack. */
export function fontFamilyFor(font: string): string {
  if ((BUILT_IN_FONTS as readonly string[]).includes(font)) return `var(--pp-font-${font})`;
  return isValidFont(font) ? `"${font}", var(--pp-font-serif)` : 'var(--pp-font-serif)';
}

/**
 * Applies the reader's look to `root` (a page's <html> or the options preview), as Firefox's
 * reader does: numbers become CSS custom properties, the theme a class that swaps colours only.
 */
export function applyReaderLook(root: HTMLElement, look: ReaderLook): void {
  root.style.setProperty('--pp-font-family', fontFamilyFor(look.font));
  root.style.setProperty('--pp-font-size', `${look.fontSize}px`);
  root.style.setProperty('--pp-line-height', String(look.lineHeight));
  root.style.setProperty('--pp-content-chars', String(look.contentWidth));
  root.style.setProperty('--pp-text-align', look.textAlign);
  root.style.setProperty('--pp-letter-spacing', `${look.letterSpacing}em`);
  root.style.setProperty('--pp-word-spacing', `${look.wordSpacing}em`);
  for (const theme of THEMES) root.classList.toggle(`pp-theme-${theme}`, theme === look.theme);
  root.classList.toggle('pp-justify', look.textAlign === 'justify');
  root.classList.toggle('pp-hide-images', !look.showImages);
}
