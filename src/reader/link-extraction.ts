import { extractArticle, extractPageText, type ExtractOptions } from '../core/index.ts';
import type { PageRequest, TabExtraction } from '../shared/page-request.ts';
import { t } from '../shared/i18n.ts';

/** The part of `fetch` used here, so tests can serve pages without a network. */
export type FetchPage = (url: string) => Promise<Pick<Response, 'ok' | 'url' | 'headers' | 'text'>>;

const HTML_TYPE = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

/**
 * Reads the page behind a link without opening it: fetched with the reader's cookies (the host
 * permission for its site allows that), parsed inertly with DOMParser (no page script runs) and
 * cleaned by the core. There is no live layout, so hidden parts cannot be told apart as in a tab.
 */
export async function extractFromLink(url: string, request: PageRequest, parser: DOMParser, fetchPage: FetchPage): Promise<TabExtraction> {
  const host = new URL(url).hostname;
  let response: Awaited<ReturnType<FetchPage>>;
  let html: string;
  try {
    response = await fetchPage(url);
    html = await response.text();
  } catch (error) {
    console.warn('Plainpage could not load the linked page:', error);
    return { ok: false, failure: { code: 'unexpected', message: t('linkFailedBody', host) } };
  }
  if (!response.ok) return { ok: false, failure: { code: 'unexpected', message: t('linkFailedBody', host) } };
  if (!HTML_TYPE.test(response.headers.get('content-type') ?? 'text/html')) {
    return { ok: false, failure: { code: 'not-html', message: t('notHtmlBody') } };
  }
  const page = parser.parseFromString(html, 'text/html');
  const options: ExtractOptions = {
    url: response.url || url,
    disabledRules: request.disabledRules,
    removeSelectors: request.removeSelectors,
    keepRemovalSlots: true,
  };
  const result = extractArticle(page, options);
  if (result.ok || result.failure.code !== 'no-article' || !request.textFallback) return result;
  return extractPageText(page, options);
}
