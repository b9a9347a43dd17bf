import type { Settings } from '../shared/settings.ts';
import { t } from '../shared/i18n.ts';
import { el } from './dom.ts';
import type { LookControls, LookPanel } from './look-panel.ts';

const PANEL_ID = 'pp-look-panel';

export interface LookToggle {
  element: HTMLElement;
  /** Shows settings that changed elsewhere in the panel, if it has been opened. */
  show: (settings: Settings) => void;
}

/**
 * The "Aa" button of the reader's and the popup's bar and the text and layout panel it opens under
 * it. The panel's code loads when the button is first pointed at, focused or pressed, never before
 * the article is shown. Escape or a click elsewhere closes it; Escape gives the keyboard back to
 * the button.
 */
export function renderLookToggle(doc: Document, controls: LookControls): LookToggle {
  const button = el(doc, 'button', {
    className: 'pp-button pp-look-button',
    text: 'Aa',
    attrs: { type: 'button', 'aria-label': t('lookButton'), title: t('lookButton'), 'aria-expanded': 'false', 'aria-haspopup': 'dialog' },
  });
  const element = el(doc, 'div', { className: 'pp-look' }, [button]);
  let panel: Promise<LookPanel> | null = null;
  let shown: LookPanel | null = null;
  const load = () =>
    (panel ??= import('./look-panel.ts').then(({ renderLookPanel }) => {
      const made = renderLookPanel(doc, controls, PANEL_ID);
      made.element.hidden = true;
      element.append(made.element);
      button.setAttribute('aria-controls', PANEL_ID);
      shown = made;
      return made;
    }));
  const setOpen = (open: boolean) => {
    if (shown) shown.element.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const open = async () => {
    const made = await load();
    made.show(controls.current());
    setOpen(true);
    made.focus();
  };
  button.addEventListener('pointerenter', () => void load(), { once: true });
  button.addEventListener('focus', () => void load(), { once: true });
  button.addEventListener('click', () => {
    if (isOpen()) setOpen(false);
    else void open();
  });
  element.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    event.preventDefault();
    setOpen(false);
    button.focus();
  });
  doc.addEventListener('click', (event) => {
    if (isOpen() && event.target instanceof Node && !element.contains(event.target)) setOpen(false);
  });
  return {
    element,
    show: (settings) => {
      shown?.show(settings);
    },
  };
}
