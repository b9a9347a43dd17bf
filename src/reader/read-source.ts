import type { Article } from '../core/types.ts';
import { browser } from '../shared/browser.ts';
import { originPattern, type ReaderSource } from '../shared/reader-source.ts';
import type { Settings } from '../shared/settings.ts';
import { siteKeyFor } from '../shared/site-settings.ts';
import { t } from '../shared/i18n.ts';
import { copyTab } from '../reading/copy-tab.ts';
import { readLinkedPage } from '../reading/fetch-link.ts';
import { parseInBrowser } from '../reading/parse-html.ts';
import { readCopyReply } from '../reading/read-page.ts';
import { readRequestFor } from '../reading/read-request.ts';
import type { Reading } from '../reading/reading.ts';
import { failureMessage } from '../view/failure-message.ts';
import type { MessageContent } from '../view/messages-view.ts';

type LiveSource = Exclude<ReaderSource, { kind: 'handoff' }>;

export interface ReadOutcome {
  article?: Article;
  message?: MessageContent;
}

/**
 * Reads a tab (the shortcut or context-menu click granted activeTab on it) or a link's page (with
 * the host permission for its site). What cannot be read comes back as a message with the way
 * out: show the text anyway, try again, or allow the link's site, from a click in this tab.
 */
export async function readSource(source: LiveSource, settings: Settings, textFallback: boolean, again: (textFallback: boolean) => void): Promise<ReadOutcome> {
  const actions = { showTextAnyway: () => { again(true); }, tryAgain: () => { again(textFallback); } };
  const result = source.kind === 'tab' ? await readTab(source.tabId, settings, textFallback) : await readLink(source.url, settings, textFallback, again);
  if (!('ok' in result)) return result;
  return result.ok ? { article: result.article } : { message: failureMessage(result, actions) };
}

async function readTab(tabId: number, settings: Settings, textFallback: boolean): Promise<Reading | { message: MessageContent }> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return { message: { title: t('errorTitle'), body: t('tabGoneBody') } };
  return readCopyReply(await copyTab(tab), readRequestFor(settings, siteKeyFor(tab.url), textFallback), parseInBrowser);
}

async function readLink(url: string, settings: Settings, textFallback: boolean, again: (textFallback: boolean) => void): Promise<Reading | { message: MessageContent }> {
  const host = new URL(url).hostname;
  const origins = [originPattern(url)];
  if (!(await browser.permissions.contains({ origins }))) {
    const allow = () => {
      // Called straight from the click: the browser asks only during a user gesture.
      void browser.permissions.request({ origins }).then((granted) => {
        if (granted) again(textFallback);
      });
    };
    return {
      message: {
        title: t('linkNeedsPermissionTitle'),
        body: t('linkNeedsPermissionBody', host),
        hint: t('linkNeedsPermissionHint'),
        action: { label: t('allowSite', host), run: allow },
      },
    };
  }
  return readLinkedPage(url, readRequestFor(settings, siteKeyFor(url), textFallback), (address) => fetch(address, { credentials: 'include' }));
}
