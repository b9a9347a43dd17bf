import { buildArticle } from './extract.ts';
import { failure, readGuarded } from './guards.ts';
import { makeUrlsAbsolute } from './finish.ts';
import { removeHidden } from './hidden.ts';
import { workingCopy } from './prepare.ts';
import { RemovalLog } from './removal-log.ts';
import type { ExtractOptions, ExtractResult } from './types.ts';

const NOT_TEXT = 'script, style, noscript, template, nav, header, footer, form, button, input, select, textarea, svg';

/**
 * The page's visible text as an article, for "show the page's text anyway" when there is no
 * article: the body without scripts, navigation, forms and what the reader cannot see.
 */
export function extractPageText(doc: Document, options: ExtractOptions): ExtractResult {
  return readGuarded(doc, options, () => pageText(doc, options));
}

function pageText(doc: Document, options: ExtractOptions): ExtractResult {
  const log = new RemovalLog(false);
  const clone = workingCopy(doc, options);
  if (options.isVisible) removeHidden(doc, clone, options.isVisible, log);
  for (const element of Array.from(clone.body.querySelectorAll(NOT_TEXT))) element.remove();
  if (!(clone.body.textContent).trim()) {
    return failure('no-article', 'This page has no text to show.');
  }
  makeUrlsAbsolute(clone.body, options.url);
  return buildArticle(doc, clone.body, { title: doc.title.trim() || options.url }, { ...options, minWords: 1 }, log);
}
