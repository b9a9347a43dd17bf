import { extractArticle, extractPageText, type ExtractOptions } from '../core/index.ts';
import { t } from '../shared/i18n.ts';
import { restrictedPage } from '../shared/restricted.ts';
import type { PageRequest, TabExtraction } from '../shared/page-request.ts';
import { createVisibilityOracle } from './visibility.ts';

function read(request: PageRequest): TabExtraction {
  if (document.contentType === 'application/pdf') return restrictedPage('pdf-viewer');
  const options: ExtractOptions = {
    url: location.href,
    isVisible: createVisibilityOracle(window),
    disabledRules: request.disabledRules,
    removeSelectors: request.removeSelectors,
    keepRemovalSlots: true,
  };
  const result = extractArticle(document, options);
  if (result.ok || result.failure.code !== 'no-article' || !request.textFallback) return result;
  return extractPageText(document, options);
}

/** Reads the live page the content script runs in. Never throws. */
export function extractPage(request: PageRequest): TabExtraction {
  try {
    return read(request);
  } catch (error) {
    console.warn('Plainpage could not read this page:', error);
    return { ok: false, failure: { code: 'unexpected', message: t('unexpectedInPage') } };
  }
}
