import { BUILT_IN_FONTS, RANGES, TEXT_ALIGNS, THEMES, type Settings, type TextAlign } from '../shared/settings.ts';
import { isValidFont } from '../shared/settings-validate.ts';
import { el } from '../view/dom.ts';
import { FONT_LABELS, THEME_LABELS, formatContentWidth, formatFontSize, formatLineHeight, type FontChoice } from '../view/look-labels.ts';
import { checkbox, radioGroup, section, slider, uniqueId } from './controls.ts';
import { t, type MessageKey, uiLocale } from '../shared/i18n.ts';

export type Change = (patch: Partial<Settings>) => void;

const ALIGN_LABELS: Record<TextAlign, MessageKey> = { start: 'textAlignStart', justify: 'textAlignJustify' };

/** Extra spacing in em, with the UI language's decimal sign; none is "Normal". */
function formatSpacing(em: number): string {
  return em === 0 ? t('spacingNormal') : t('spacingValue', new Intl.NumberFormat(uiLocale().lang, { maximumFractionDigits: 2 }).format(em));
}

function isBuiltIn(font: string): font is (typeof BUILT_IN_FONTS)[number] {
  return (BUILT_IN_FONTS as readonly string[]).includes(font);
}

function fontPicker(doc: Document, change: Change): { element: HTMLElement; set: (font: string) => void } {
  const selectId = uniqueId('font');
  const nameId = uniqueId('font-name');
  const helpId = uniqueId('font-help');
  const choices: FontChoice[] = [...BUILT_IN_FONTS, 'custom'];
  const select = el(doc, 'select', { attrs: { id: selectId } }, choices.map((c) => el(doc, 'option', { text: t(FONT_LABELS[c]), attrs: { value: c } })));
  const name = el(doc, 'input', { attrs: { id: nameId, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': helpId } });
  const help = el(doc, 'p', { className: 'pp-help', text: t('fontNameHelp'), attrs: { id: helpId } });
  const custom = el(doc, 'div', { className: 'pp-subfield' }, [el(doc, 'label', { className: 'pp-label', text: t('fontName'), attrs: { for: nameId } }), name, help]);
  const commitName = () => {
    const value = name.value.trim();
    const ok = value === '' || isValidFont(value);
    name.setAttribute('aria-invalid', String(!ok));
    help.textContent = ok ? t('fontNameHelp') : t('fontNameInvalid');
    help.classList.toggle('pp-error', !ok);
    if (ok && value !== '') change({ font: value });
  };
  select.addEventListener('change', () => {
    const choice = select.value as FontChoice;
    custom.hidden = choice !== 'custom';
    if (choice === 'custom') {
      name.focus();
      commitName();
    } else change({ font: choice });
  });
  name.addEventListener('input', commitName);
  const element = el(doc, 'div', { className: 'pp-field' }, [el(doc, 'label', { className: 'pp-label', text: t('font'), attrs: { for: selectId } }), select, custom]);
  return {
    element,
    set: (font) => {
      const builtIn = isBuiltIn(font);
      select.value = builtIn ? font : 'custom';
      custom.hidden = builtIn && select.value !== 'custom';
      if (!builtIn && doc.activeElement !== name) name.value = font;
    },
  };
}

/** Theme, font, sizes, spacing, alignment and images; returns the section and a way to show settings. */
export function appearanceForm(doc: Document, change: Change): { element: HTMLElement; show: (s: Settings) => void } {
  const theme = radioGroup(doc, t('theme'), THEMES.map((theme) => ({ value: theme, label: t(THEME_LABELS[theme]) })), (v) => { change({ theme: v }); }, 'pp-themes');
  const font = fontPicker(doc, change);
  const fontSize = slider(doc, t('fontSize'), RANGES.fontSize, formatFontSize, (v) => { change({ fontSize: v }); });
  const lineHeight = slider(doc, t('lineHeight'), RANGES.lineHeight, formatLineHeight, (v) => { change({ lineHeight: v }); });
  const width = slider(doc, t('contentWidth'), RANGES.contentWidth, formatContentWidth, (v) => { change({ contentWidth: v }); });
  const letterSpacing = slider(doc, t('letterSpacing'), RANGES.letterSpacing, formatSpacing, (v) => { change({ letterSpacing: v }); });
  const wordSpacing = slider(doc, t('wordSpacing'), RANGES.wordSpacing, formatSpacing, (v) => { change({ wordSpacing: v }); });
  const align = radioGroup(doc, t('textAlign'), TEXT_ALIGNS.map((a) => ({ value: a, label: t(ALIGN_LABELS[a]) })), (v) => { change({ textAlign: v }); });
  const images = checkbox(doc, t('showImages'), (v) => { change({ showImages: v }); });
  const element = section(doc, t('appearance'), '', [
    theme.element,
    font.element,
    el(doc, 'div', { className: 'pp-range-group' }, [fontSize.element, lineHeight.element, width.element, letterSpacing.element, wordSpacing.element]),
    align.element,
    images.element,
  ]);
  return {
    element,
    show: (s) => {
      theme.set(s.theme);
      font.set(s.font);
      fontSize.set(s.fontSize);
      lineHeight.set(s.lineHeight);
      width.set(s.contentWidth);
      letterSpacing.set(s.letterSpacing);
      wordSpacing.set(s.wordSpacing);
      align.set(s.textAlign);
      images.set(s.showImages);
    },
  };
}
