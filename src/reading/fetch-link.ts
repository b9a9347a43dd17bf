import { t } from '../shared/i18n.ts';
import { parseInBrowser } from './parse-html.ts';
import { readPage } from './read-page.ts';
import type { Reading, ReadRequest } from './reading.ts';

/** The part of `fetch` used here, so tests can serve pages without a network. */
export type FetchPage = (url: string) => Promise<Pick<Response, 'ok' | 'url' | 'headers' | 'text'>>;

/**
 * Reads the page behind a link without opening it: fetched with the reader's cookies (the host
 * permission for its site allows that) and read like a tab's copy, parsed inertly (no page script
 * runs). There is no live layout, so nothing is marked hidden as in a tab's copy.
 */
export async function readLinkedPage(url: string, request: ReadRequest, fetchPage: FetchPage): Promise<Reading> {
  const failed: Reading = { ok: false, failure: { code: 'unexpected', message: t('linkFailedBody', new URL(url).hostname) } };
  try {
    const response = await fetchPage(url);
    if (!response.ok) return failed;
    const contentType = (response.headers.get('content-type') ?? 'text/html').split(';')[0]?.trim() ?? 'text/html';
    if (!/html|xml/.test(contentType)) return { ok: false, failure: { code: 'not-html', message: t('notHtmlBody') } };
    return readPage({ url: response.url || url, contentType, html: await response.text() }, request, parseInBrowser);
  } catch (error) {
    console.warn('Plainpage could not load the linked page:', error);
    return failed;
  }
}
