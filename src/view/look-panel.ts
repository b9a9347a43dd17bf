import './look-panel.css';
import { BUILT_IN_FONTS, RANGES, THEMES, type Settings, type Theme } from '../shared/settings.ts';
import { t, type MessageKey } from '../shared/i18n.ts';
import { el } from './dom.ts';
import { FONT_LABELS, THEME_LABELS, formatContentWidth, formatFontSize, formatLineHeight, snapToStep } from './look-labels.ts';

/** What the panel reads and writes: the page's settings, changed at once and saved (look-changes.ts). */
export interface LookControls {
  current: () => Settings;
  change: (patch: Partial<Settings>) => void;
  openSettings: () => void;
}

export interface LookPanel {
  element: HTMLElement;
  /** Shows these settings in the controls. */
  show: (settings: Settings) => void;
  /** Puts the keyboard on the first control. */
  focus: () => void;
}

type Stepped = 'fontSize' | 'contentWidth' | 'lineHeight';

/** How far one press moves each setting: a pixel of text, four characters of column, a tenth of line. */
const STEPS: Record<Stepped, number> = { fontSize: 1, contentWidth: 4, lineHeight: 0.1 };

interface StepperText {
  label: MessageKey;
  less: MessageKey;
  more: MessageKey;
  format: (value: number) => string;
}

const STEPPERS: Record<Stepped, StepperText> = {
  fontSize: { label: 'fontSize', less: 'lookSmaller', more: 'lookLarger', format: formatFontSize },
  contentWidth: { label: 'contentWidth', less: 'lookNarrower', more: 'lookWider', format: formatContentWidth },
  lineHeight: { label: 'lineHeight', less: 'lookTighter', more: 'lookLooser', format: formatLineHeight },
};

interface Control {
  element: HTMLElement;
  show: (settings: Settings) => void;
}

/**
 * A setting moved by two buttons, with its value between them, announced as it changes. A button
 * at the end of the range says so (aria-disabled) and keeps the keyboard's place.
 */
function stepper(doc: Document, key: Stepped, controls: LookControls): Control {
  const text = STEPPERS[key];
  const range = RANGES[key];
  const labelId = `pp-look-${key}`;
  const value = el(doc, 'output', { className: 'pp-look-value', attrs: { 'aria-live': 'polite' } });
  const press = (label: MessageKey, glyph: string, direction: -1 | 1) => {
    const button = el(doc, 'button', { className: 'pp-look-step', text: glyph, attrs: { type: 'button', 'aria-label': t(label), title: t(label) } });
    button.addEventListener('click', () => {
      const now = controls.current()[key];
      const next = snapToStep(now + direction * STEPS[key], range);
      if (next === now) return;
      const patch: Partial<Pick<Settings, Stepped>> = {};
      patch[key] = next;
      controls.change(patch);
    });
    return button;
  };
  const less = press(text.less, '−', -1);
  const more = press(text.more, '+', 1);
  return {
    element: el(doc, 'div', { className: 'pp-look-row', attrs: { role: 'group', 'aria-labelledby': labelId } }, [
      el(doc, 'span', { className: 'pp-look-label', text: t(text.label), attrs: { id: labelId } }),
      el(doc, 'span', { className: 'pp-look-stepper' }, [less, value, more]),
    ]),
    show: (settings) => {
      const current = settings[key];
      value.textContent = text.format(current);
      less.setAttribute('aria-disabled', String(current <= range.min));
      more.setAttribute('aria-disabled', String(current >= range.max));
    },
  };
}

interface Choice {
  value: string;
  label: string;
  /** What the choice looks like: the font in its own face, the theme in its own colours. */
  sample: HTMLElement;
}

/** Radio buttons in a fieldset: arrow keys move between them, as the platform's radios do. */
function choices(doc: Document, name: string, legend: string, options: readonly Choice[], pick: (value: string) => void): { element: HTMLElement; show: (value: string) => void } {
  const inputs = options.map((option) => {
    const input = el(doc, 'input', { attrs: { type: 'radio', name, value: option.value } });
    input.addEventListener('change', () => {
      if (input.checked) pick(option.value);
    });
    return input;
  });
  return {
    element: el(doc, 'fieldset', { className: `pp-look-choices pp-look-${name}` }, [
      el(doc, 'legend', { className: 'pp-look-label', text: legend }),
      ...options.map((option, i) => el(doc, 'label', { className: 'pp-look-choice' }, [inputs[i] ?? null, option.sample, el(doc, 'span', { className: 'pp-look-choice-name', text: option.label })])),
    ]),
    show: (value) => {
      for (const input of inputs) input.checked = input.value === value;
    },
  };
}

/** The bundled font goes by its own name here; the options page says what it is for. */
const fontName = (font: (typeof BUILT_IN_FONTS)[number]) => (font === 'dyslexic' ? 'OpenDyslexic' : t(FONT_LABELS[font]));

function fontChoices(doc: Document, controls: LookControls): Control {
  const options = BUILT_IN_FONTS.map((font) => ({
    value: font,
    label: fontName(font),
    sample: el(doc, 'span', { className: `pp-look-font-sample pp-look-font-${font}`, text: 'Ag', attrs: { 'aria-hidden': 'true' } }),
  }));
  const group = choices(doc, 'font', t('font'), options, (font) => {
    controls.change({ font });
  });
  // A font of the computer's, chosen on the options page, checks none of these.
  return { element: group.element, show: (settings) => { group.show(settings.font); } };
}

/**
 * A theme's swatch wears the theme's class, so it shows that theme's colours whatever the page's;
 * the system's is half light, half dark.
 */
function swatch(doc: Document, theme: Theme): HTMLElement {
  if (theme !== 'system') return el(doc, 'span', { className: `pp-look-swatch pp-theme-${theme}`, text: 'Aa', attrs: { 'aria-hidden': 'true' } });
  return el(doc, 'span', { className: 'pp-look-swatch pp-look-swatch-split', attrs: { 'aria-hidden': 'true' } }, [
    el(doc, 'span', { className: 'pp-theme-light', text: 'A' }),
    el(doc, 'span', { className: 'pp-theme-dark', text: 'a' }),
  ]);
}

function themeChoices(doc: Document, controls: LookControls): Control {
  const options = THEMES.map((theme) => ({ value: theme, label: t(THEME_LABELS[theme]), sample: swatch(doc, theme) }));
  const group = choices(doc, 'theme', t('theme'), options, (theme) => {
    const picked = THEMES.find((known) => known === theme);
    if (picked) controls.change({ theme: picked });
  });
  return { element: group.element, show: (settings) => { group.show(settings.theme); } };
}

/**
 * The text and layout panel, in the page itself: text size, column width and line spacing by
 * steps, the font and the theme by choice, each applied at once and saved for every page. The rest
 * of the look (spacing, alignment, pictures) stays on the options page, one click away.
 */
export function renderLookPanel(doc: Document, controls: LookControls, id: string): LookPanel {
  const parts: Control[] = [stepper(doc, 'fontSize', controls), stepper(doc, 'contentWidth', controls), stepper(doc, 'lineHeight', controls), fontChoices(doc, controls), themeChoices(doc, controls)];
  const more = el(doc, 'button', { className: 'pp-button pp-button-quiet pp-look-more', text: t('lookAllSettings'), attrs: { type: 'button' } });
  more.addEventListener('click', controls.openSettings);
  const element = el(doc, 'section', { className: 'pp-look-panel', attrs: { id, role: 'dialog', 'aria-label': t('lookButton') } }, [...parts.map((part) => part.element), more]);
  const show = (settings: Settings) => {
    for (const part of parts) part.show(settings);
  };
  show(controls.current());
  return {
    element,
    show,
    focus: () => {
      element.querySelector<HTMLElement>('button, input:checked')?.focus();
    },
  };
}
