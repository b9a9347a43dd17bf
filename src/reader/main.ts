import '../view/theme.css';
import '../view/fonts.css';
import '../view/ui.css';
import '../view/article.css';
import '../view/removals.css';
import './reader.css';
import './print.css';
import { browser } from '../shared/browser.ts';
import { browserSettingsStore } from '../shared/browser-settings.ts';
import { handoffIdFrom, loadHandoff } from '../shared/reader-handoff.ts';
import { siteKeyFor } from '../shared/site-settings.ts';
import { applyReaderLook } from '../view/apply-settings.ts';
import { articleToHtmlFile } from '../core/html-export.ts';
import { articleToMarkdown } from '../core/markdown.ts';
import { copyText } from '../view/clipboard.ts';
import { el } from '../view/dom.ts';
import { exportFileName, saveFile } from '../view/download.ts';
import { renderMessage } from '../view/messages-view.ts';
import { ReaderView } from '../view/reader-view.ts';
import { renderRemovalsPanel } from '../view/removals-panel.ts';
import { renderProgressBar } from './reading-progress.ts';
import { renderReaderToolbar } from './reader-toolbar.ts';
import { localizePage, t } from '../shared/i18n.ts';

/** The full-tab reader: the popup's article from storage.session, with settings applied live. */
async function main(): Promise<void> {
  localizePage(document, t('extensionName'));
  const store = browserSettingsStore(document);
  const root = document.documentElement;
  applyReaderLook(root, (await store.load()).settings);
  store.subscribe(({ settings }) => {
    applyReaderLook(root, settings);
  });
  const id = handoffIdFrom(location.search);
  const handoff = id ? await loadHandoff(browser.storage.session, id) : null;
  if (!handoff) {
    document.body.replaceChildren(renderMessage(document, { title: t('readerMissingTitle'), body: t('readerMissingBody') }));
    return;
  }
  const { article } = handoff;
  const view = new ReaderView(document, article, handoff.restored);
  document.title = article.title;
  const toolbar = renderReaderToolbar(document, article.url, article.siteName ?? siteKeyFor(article.url) ?? article.url, {
    print: () => {
      window.print();
    },
    saveMarkdown: () => {
      saveFile(document, exportFileName(article.title, 'md'), 'text/markdown;charset=utf-8', articleToMarkdown(article, document));
    },
    saveHtml: () => {
      saveFile(document, exportFileName(article.title, 'html'), 'text/html;charset=utf-8', articleToHtmlFile(article, document));
    },
    copyMarkdown: () => copyText(document, articleToMarkdown(article, document)),
    copyLink: () => copyText(document, article.url),
    openSettings: () => void browser.runtime.openOptionsPage(),
  });
  const removals = renderRemovalsPanel(document, article.removed, {
    isRestored: (index) => view.isRestored(index),
    toggle: (index, show) => {
      view.setRestored(index, show)?.scrollIntoView({ block: 'center' });
    },
  });
  const printSource = el(document, 'p', { className: 'pp-print-source', text: t('printSource', article.url) });
  const main = el(document, 'main', { className: 'pp-reader-main' }, [
    el(document, 'div', { className: 'pp-column' }, [removals]),
    view.element,
    printSource,
  ]);
  toolbar.append(renderProgressBar(document, view.element));
  document.body.replaceChildren(toolbar, main);
}

main().catch((error: unknown) => {
  console.error('Plainpage reader failed:', error);
  document.body.replaceChildren(renderMessage(document, { title: t('errorTitle'), body: t('errorBody') }));
});
