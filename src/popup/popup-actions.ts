import { browser } from '../shared/browser.ts';
import { saveHandoff } from '../shared/reader-handoff.ts';
import { articleToMarkdown } from '../core/index.ts';
import { copyText } from '../view/clipboard.ts';
import type { ReaderView } from '../view/reader-view.ts';
import type { ArticleActions } from './toolbar.ts';

/** Opens the options page and closes the popup. */
export async function openSettings(doc: Document): Promise<void> {
  await browser.runtime.openOptionsPage();
  doc.defaultView?.close();
}

/** The popup's article actions on the real browser. */
export function popupActions(doc: Document, view: ReaderView): ArticleActions {
  return {
    openInTab: async () => {
      const id = await saveHandoff(browser.storage.session, view.article, view.restoredIndexes());
      await browser.tabs.create({ url: browser.runtime.getURL(`reader.html?id=${encodeURIComponent(id)}`) });
      doc.defaultView?.close();
    },
    copyMarkdown: () => copyText(doc, articleToMarkdown(view.article, doc)),
    copyLink: () => copyText(doc, view.article.url),
  };
}
