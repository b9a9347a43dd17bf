import { el } from '../view/dom.ts';
import { t } from '../shared/i18n.ts';

export interface ReaderActions {
  print: () => void;
  saveMarkdown: () => void;
  saveHtml: () => void;
  copyMarkdown: () => Promise<boolean>;
  copyLink: () => Promise<boolean>;
  openSettings: () => void;
}

/** A disclosure menu: the summary opens it; choosing an item or Escape closes it. */
function menu(doc: Document, label: string, items: readonly HTMLButtonElement[]): HTMLDetailsElement {
  const summary = el(doc, 'summary', { className: 'pp-button pp-menu-button', text: label });
  const details = el(doc, 'details', { className: 'pp-menu' }, [summary, el(doc, 'div', { className: 'pp-menu-items' }, items)]);
  for (const item of items) item.addEventListener('click', () => { details.open = false; });
  details.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !details.open) return;
    details.open = false;
    summary.focus();
  });
  doc.addEventListener('click', (event) => {
    if (details.open && event.target instanceof Node && !details.contains(event.target)) details.open = false;
  });
  return details;
}

/**
 * The full-tab reader's bar: the export menu, copy link and settings. The way back to the page is
 * the site's name in the article's header, so the name shows once.
 */
export function renderReaderToolbar(doc: Document, actions: ReaderActions, extra: readonly HTMLElement[] = []): HTMLElement {
  const status = el(doc, 'span', { className: 'pp-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const button = (label: string, run: () => void, className = 'pp-button') => {
    const b = el(doc, 'button', { className, text: label, attrs: { type: 'button' } });
    b.addEventListener('click', run);
    return b;
  };
  const copy = (label: string, run: () => Promise<boolean>, className?: string) =>
    button(label, () => void run().then((ok) => (status.textContent = ok ? t('copied') : t('copyFailed'))), className);
  const item = 'pp-menu-item';
  const exportMenu = menu(doc, t('exportMenu'), [
    button(t('saveMarkdown'), actions.saveMarkdown, item),
    button(t('saveHtml'), actions.saveHtml, item),
    button(t('printOrPdf'), actions.print, item),
    copy(t('copyMarkdown'), actions.copyMarkdown, item),
  ]);
  return el(doc, 'header', { className: 'pp-reader-bar' }, [
    el(doc, 'nav', { className: 'pp-reader-bar-inner', attrs: { 'aria-label': t('extensionName') } }, [
      el(doc, 'span', { className: 'pp-wordmark', text: t('extensionName') }),
      status,
      el(doc, 'div', { className: 'pp-toolbar-actions' }, [
        ...extra,
        exportMenu,
        copy(t('copyLink'), actions.copyLink),
        button(t('openSettings'), actions.openSettings),
      ]),
    ]),
  ]);
}
