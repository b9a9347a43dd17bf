import { t } from '../shared/i18n.ts';
import type { PageRequest, TabExtraction } from '../shared/page-request.ts';
import { extractFromSnapshot } from '../shared/snapshot-extraction.ts';

/** The part of `fetch` used here, so tests can serve pages without a network. */
export type FetchPage = (url: string) => Promise<Pick<Response, 'ok' | 'url' | 'headers' | 'text'>>;

/**
 * Reads the page behind a link without opening it: fetched with the reader's cookies (the host
 * permission for its site allows that) and cleaned like a tab's copy, parsed inertly (no page
 * script runs). There is no live layout, so nothing is marked hidden as in a tab's copy.
 */
export async function extractFromLink(url: string, request: PageRequest, fetchPage: FetchPage): Promise<TabExtraction> {
  const failed: TabExtraction = { ok: false, failure: { code: 'unexpected', message: t('linkFailedBody', new URL(url).hostname) } };
  try {
    const response = await fetchPage(url);
    if (!response.ok) return failed;
    const contentType = (response.headers.get('content-type') ?? 'text/html').split(';')[0]?.trim() ?? 'text/html';
    if (!/html|xml/.test(contentType)) return { ok: false, failure: { code: 'not-html', message: t('notHtmlBody') } };
    const snapshot = { url: response.url || url, contentType, html: await response.text() };
    return extractFromSnapshot({ ok: true, snapshot }, request);
  } catch (error) {
    console.warn('Plainpage could not load the linked page:', error);
    return failed;
  }
}
