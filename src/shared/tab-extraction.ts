import { browser } from './browser.ts';
import { t } from './i18n.ts';
import { BROWSER } from './platform.ts';
import { restrictedPage, restrictionForError, restrictionForUrl } from './restricted.ts';
import { isTabExtraction } from './extraction-shape.ts';
import type { PageExtractor, PageRequest, TabExtraction } from './page-request.ts';

/** The built content script; it registers `plainpageExtract` in the tab's isolated world. */
const CONTENT_SCRIPT = 'content.js';

function unexpected(message: string): TabExtraction {
  return { ok: false, failure: { code: 'unexpected', message } };
}

/** Runs inside the tab (serialised by the browser), so it may use nothing from this module. */
function runInTab(request: unknown): unknown {
  const extract = (globalThis as { plainpageExtract?: PageExtractor }).plainpageExtract;
  return typeof extract === 'function' ? extract(request as PageRequest) : null;
}

async function fileAccessAllowed(address: string | undefined): Promise<boolean> {
  if (address?.startsWith('file:') !== true || BROWSER !== 'chrome') return true;
  return browser.extension.isAllowedFileSchemeAccess();
}

function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return '';
}

function failureFor(error: unknown, address: string | undefined): TabExtraction {
  console.warn('Plainpage could not read the tab:', error);
  const kind = restrictionForError(errorMessage(error), address);
  if (kind !== null) return restrictedPage(kind);
  return unexpected(t('unexpectedReading'));
}

/**
 * Extracts the article of a tab the reader has just clicked Plainpage on. Never throws: a tab the
 * browser keeps extensions out of gives a `restricted` failure with a hint, anything else unexpected
 * an `unexpected` one with a friendly message.
 */
export async function extractFromTab(
  tab: { id?: number; url?: string },
  request: PageRequest,
): Promise<TabExtraction> {
  try {
    const kind = restrictionForUrl(tab.url, await fileAccessAllowed(tab.url));
    if (kind !== null) return restrictedPage(kind);
    if (tab.id === undefined) return unexpected(t('unexpectedNoTab'));
    const target = { tabId: tab.id };
    await browser.scripting.executeScript({ target, files: [CONTENT_SCRIPT] });
    const [first] = await browser.scripting.executeScript({ target, func: runInTab, args: [request] });
    if (first?.error !== undefined) return failureFor(first.error, tab.url);
    const result = first?.result;
    if (isTabExtraction(result)) return result;
    return unexpected(t('unexpectedNoAnswer'));
  } catch (error) {
    return failureFor(error, tab.url);
  }
}
