import { el } from '../view/dom.ts';
import { t } from '../shared/i18n.ts';

export interface ReaderActions {
  print: () => void;
  copyMarkdown: () => Promise<boolean>;
  copyLink: () => Promise<boolean>;
  openSettings: () => void;
}

/** The full-tab reader's bar: a link back to the page, then print, copy and settings. */
export function renderReaderToolbar(doc: Document, url: string, site: string, actions: ReaderActions): HTMLElement {
  const status = el(doc, 'span', { className: 'pp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = (label: string, run: () => void) => {
    const b = el(doc, 'button', { className: 'pp-button', text: label, attrs: { type: 'button' } });
    b.addEventListener('click', run);
    return b;
  };
  const copy = (label: string, run: () => Promise<boolean>) =>
    button(label, () => void run().then((ok) => (status.textContent = ok ? t('copied') : t('copyFailed'))));
  const source = el(doc, 'a', { className: 'pp-source', text: site, attrs: { href: url, rel: 'noopener noreferrer' } });
  return el(doc, 'header', { className: 'pp-reader-bar' }, [
    el(doc, 'nav', { className: 'pp-reader-bar-inner', attrs: { 'aria-label': t('extensionName') } }, [
      el(doc, 'span', { className: 'pp-wordmark', text: t('extensionName') }),
      source,
      status,
      el(doc, 'div', { className: 'pp-toolbar-actions' }, [
        button(t('print'), actions.print),
        copy(t('copyMarkdown'), actions.copyMarkdown),
        copy(t('copyLink'), actions.copyLink),
        button(t('openSettings'), actions.openSettings),
      ]),
    ]),
  ]);
}
