import '../view/theme.css';
import '../view/fonts.css';
import '../view/ui.css';
import '../view/article.css';
import '../view/removals.css';
import './reader.css';
import './print.css';
import { browser } from '../shared/browser.ts';
import { browserSettingsStore } from '../shared/browser-settings.ts';
import { loadHandoff, saveHandoff } from '../shared/reader-handoff.ts';
import { readerPath, readerSourceFrom, type ReaderSource } from '../shared/reader-source.ts';
import type { Settings } from '../shared/settings.ts';
import type { Article } from '../core/types.ts';
import { applyReaderLook } from '../view/apply-settings.ts';
import { articleToHtmlFile, articleToMarkdown } from '../core/index.ts';
import { copyText } from '../view/clipboard.ts';
import { el } from '../view/dom.ts';
import { exportFileName, saveFile } from '../view/download.ts';
import { renderMessage, renderWorking, type MessageContent } from '../view/messages-view.ts';
import { ReaderView } from '../view/reader-view.ts';
import { renderAfterArticle } from '../view/after-article.ts';
import { LookChanges } from '../view/look-changes.ts';
import { renderLookToggle, type LookToggle } from '../view/look-toggle.ts';
import { renderRemovalsPanel } from '../view/removals-panel.ts';
import { renderProgressBar } from './reading-progress.ts';
import { renderReadAloud } from './read-aloud-panel.ts';
import { readSource } from './read-source.ts';
import { renderReaderToolbar } from './reader-toolbar.ts';
import { localizePage, t } from '../shared/i18n.ts';

/** The article on show and its text and layout panel, if any: both follow every change of the look. */
let shownView: ReaderView | null = null;
let shownToggle: LookToggle | null = null;

function applyLook(settings: Settings): void {
  applyReaderLook(document.documentElement, settings);
  shownView?.fitColumn();
  shownToggle?.show(settings);
}

/** Shows an article with its removals panel and the reader's toolbar. */
function showArticle(article: Article, restored: readonly number[], look: LookChanges): void {
  const view = new ReaderView(document, article, restored, { linkSource: true, columnScope: document.documentElement });
  view.fitColumn();
  shownView = view;
  document.title = article.title;
  const change = (patch: Partial<Settings>) => {
    look.change(patch);
  };
  const openSettings = () => void browser.runtime.openOptionsPage();
  const toggle = renderLookToggle(document, { current: () => look.current, change, openSettings });
  shownToggle = toggle;
  const speech = renderReadAloud(document, view.element, article.lang, { current: () => look.current, save: change });
  speech.hidden = true;
  const listen = el(document, 'button', { className: 'pp-button', text: t('listen'), attrs: { type: 'button', 'aria-expanded': 'false' } });
  listen.addEventListener('click', () => {
    speech.hidden = !speech.hidden;
    listen.setAttribute('aria-expanded', String(!speech.hidden));
  });
  const toolbar = renderReaderToolbar(document, {
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
    openSettings,
  }, [toggle.element, listen]);
  const removals = renderRemovalsPanel(document, article.removed, {
    isRestored: (index) => view.isRestored(index),
    toggle: (index, show) => {
      view.setRestored(index, show)?.scrollIntoView({ block: 'center' });
    },
  });
  const printSource = el(document, 'p', { className: 'pp-print-source', text: t('printSource', article.url) });
  const main = el(document, 'main', { className: 'pp-reader-main' }, [view.element, renderAfterArticle(document, article, [removals]), printSource]);
  toolbar.append(speech, renderProgressBar(document, view.element));
  document.body.replaceChildren(toolbar, main);
}

function showMessage(content: MessageContent): void {
  document.body.replaceChildren(renderMessage(document, content));
}

/** A reader tab opened by itself comes to the front with an article, and goes away without one. */
async function settleAutoOpened(hasArticle: boolean): Promise<void> {
  const { id } = await browser.tabs.getCurrent();
  if (id === undefined) return;
  if (hasArticle) await browser.tabs.update(id, { active: true });
  else await browser.tabs.remove(id);
}

/**
 * Reads a tab or a link's page, then keeps the article in storage.session and puts its key in the
 * address, so a reload shows the same article without reading the page again.
 */
function readLive(source: Exclude<ReaderSource, { kind: 'handoff' }>, look: LookChanges): void {
  const read = (textFallback: boolean) => {
    document.body.replaceChildren(renderWorking(document));
    void readSource(source, look.current, textFallback, read).then(async ({ article, message }) => {
      if (source.kind === 'tab' && source.auto) await settleAutoOpened(article !== undefined);
      if (article) {
        const id = await saveHandoff(browser.storage.session, article, []);
        history.replaceState(null, '', readerPath({ kind: 'handoff', id }));
        showArticle(article, [], look);
      } else if (message) showMessage(message);
    });
  };
  read(false);
}

/** The full-tab reader: an article from the popup, a tab or a link, with settings applied live. */
async function main(): Promise<void> {
  localizePage(document, t('extensionName'));
  const store = browserSettingsStore(document);
  const { settings } = await store.load();
  const look = new LookChanges(settings, store, applyLook);
  store.subscribe(({ settings: fresh }) => {
    look.stored(fresh);
  });
  const source = readerSourceFrom(location.search);
  const missing = { title: t('readerMissingTitle'), body: t('readerMissingBody') };
  if (source?.kind !== 'handoff') {
    if (source) readLive(source, look);
    else showMessage(missing);
    return;
  }
  const handoff = await loadHandoff(browser.storage.session, source.id);
  if (handoff) showArticle(handoff.article, handoff.restored, look);
  else showMessage(missing);
}

main().catch((error: unknown) => {
  console.error('Plainpage reader failed:', error);
  document.body.replaceChildren(renderMessage(document, { title: t('errorTitle'), body: t('errorBody') }));
});
