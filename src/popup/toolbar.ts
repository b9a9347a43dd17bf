import { el } from '../view/dom.ts';
import { t } from '../shared/i18n.ts';

/** What the reader can do with a shown article. */
export interface ArticleActions {
  openInTab: () => Promise<void>;
  /** Resolves to whether the text reached the clipboard. */
  copyMarkdown: () => Promise<boolean>;
  copyLink: () => Promise<boolean>;
}

function button(doc: Document, label: string, className = 'pp-button'): HTMLButtonElement {
  return el(doc, 'button', { className, text: label, attrs: { type: 'button' } });
}

function articleButtons(doc: Document, actions: ArticleActions, announce: (text: string) => void): HTMLElement[] {
  const copy = (label: string, run: () => Promise<boolean>) => {
    const b = button(doc, label);
    b.addEventListener('click', () => {
      void run().then((ok) => {
        announce(ok ? t('copied') : t('copyFailed'));
      });
    });
    return b;
  };
  const open = button(doc, t('openFullTab'), 'pp-button pp-button-primary');
  open.addEventListener('click', () => void actions.openInTab());
  return [open, copy(t('copyMarkdown'), actions.copyMarkdown), copy(t('copyLink'), actions.copyLink)];
}

/**
 * The popup's bar: the name, a polite live region for copy results, the article's actions when
 * there is an article and `look`, its text and layout button, and always a way to the settings.
 */
export function renderToolbar(doc: Document, openSettings: () => Promise<void>, actions: ArticleActions | null, look: HTMLElement | null = null): HTMLElement {
  const status = el(doc, 'span', { className: 'pp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  let clear = 0;
  const announce = (text: string) => {
    status.textContent = text;
    doc.defaultView?.clearTimeout(clear);
    clear = doc.defaultView?.setTimeout(() => (status.textContent = ''), 2500) ?? 0;
  };
  const settings = button(doc, t('openSettings'), 'pp-button pp-button-quiet');
  settings.addEventListener('click', () => void openSettings());
  return el(doc, 'div', { className: 'pp-toolbar' }, [
    el(doc, 'span', { className: 'pp-wordmark', text: t('extensionName') }),
    status,
    el(doc, 'div', { className: 'pp-toolbar-actions' }, [...(actions ? articleButtons(doc, actions, announce) : []), look, settings]),
  ]);
}
