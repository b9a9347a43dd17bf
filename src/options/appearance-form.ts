import { GENERIC_FONTS, RANGES, TEXT_ALIGNS, THEMES, type Settings } from '../shared/settings.ts';
import { isValidFont } from '../shared/settings-validate.ts';
import { OPTIONS_STRINGS as S } from '../shared/strings.ts';
import { el } from '../view/dom.ts';
import { checkbox, radioGroup, section, slider, uniqueId } from './controls.ts';

export type Change = (patch: Partial<Settings>) => void;

type FontChoice = (typeof GENERIC_FONTS)[number] | 'custom';

function isGeneric(font: string): font is (typeof GENERIC_FONTS)[number] {
  return (GENERIC_FONTS as readonly string[]).includes(font);
}

function fontPicker(doc: Document, change: Change): { element: HTMLElement; set: (font: string) => void } {
  const selectId = uniqueId('font');
  const nameId = uniqueId('font-name');
  const helpId = uniqueId('font-help');
  const choices: FontChoice[] = [...GENERIC_FONTS, 'custom'];
  const select = el(doc, 'select', { attrs: { id: selectId } }, choices.map((c) => el(doc, 'option', { text: S.fonts[c], attrs: { value: c } })));
  const name = el(doc, 'input', { attrs: { id: nameId, type: 'text', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': helpId } });
  const help = el(doc, 'p', { className: 'pp-help', text: S.fontNameHelp, attrs: { id: helpId } });
  const custom = el(doc, 'div', { className: 'pp-subfield' }, [el(doc, 'label', { className: 'pp-label', text: S.fontName, attrs: { for: nameId } }), name, help]);
  const commitName = () => {
    const value = name.value.trim();
    const ok = value === '' || isValidFont(value);
    name.setAttribute('aria-invalid', String(!ok));
    help.textContent = ok ? S.fontNameHelp : S.fontNameInvalid;
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
  const element = el(doc, 'div', { className: 'pp-field' }, [el(doc, 'label', { className: 'pp-label', text: S.font, attrs: { for: selectId } }), select, custom]);
  return {
    element,
    set: (font) => {
      const generic = isGeneric(font);
      select.value = generic ? font : 'custom';
      custom.hidden = generic && select.value !== 'custom';
      if (!generic && doc.activeElement !== name) name.value = font;
    },
  };
}

/** Theme, font, sizes, alignment and images; returns the section and a way to show settings. */
export function appearanceForm(doc: Document, change: Change): { element: HTMLElement; show: (s: Settings) => void } {
  const theme = radioGroup(doc, S.theme, THEMES.map((t) => ({ value: t, label: S.themes[t] })), (v) => { change({ theme: v }); }, 'pp-themes');
  const font = fontPicker(doc, change);
  const fontSize = slider(doc, S.fontSize, RANGES.fontSize, S.fontSizeValue, (v) => { change({ fontSize: v }); });
  const lineHeight = slider(doc, S.lineHeight, RANGES.lineHeight, S.lineHeightValue, (v) => { change({ lineHeight: v }); });
  const width = slider(doc, S.contentWidth, RANGES.contentWidth, S.contentWidthValue, (v) => { change({ contentWidth: v }); });
  const align = radioGroup(doc, S.textAlign, TEXT_ALIGNS.map((a) => ({ value: a, label: S.textAligns[a] })), (v) => { change({ textAlign: v }); });
  const images = checkbox(doc, S.showImages, (v) => { change({ showImages: v }); });
  const element = section(doc, S.appearance, '', [
    theme.element,
    font.element,
    el(doc, 'div', { className: 'pp-range-group' }, [fontSize.element, lineHeight.element, width.element]),
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
      align.set(s.textAlign);
      images.set(s.showImages);
    },
  };
}
