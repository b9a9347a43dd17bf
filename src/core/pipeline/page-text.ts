import { RemovalLog } from '../rules/removal-log.ts';
import type { ExtractOptions, ExtractResult } from '../types.ts';
import { buildArticle } from './build-article.ts';
import { failure, readGuarded } from './guards.ts';
import { removeHidden } from './hidden.ts';
import { readPageFacts } from './page-facts.ts';
import { workingCopy } from './prepare.ts';
import { makeUrlsAbsolute } from './absolute-urls.ts';

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
  const facts = readPageFacts(doc, options.url);
  const clone = workingCopy(doc, options);
  if (options.isVisible) removeHidden(doc, clone, options.isVisible, log);
  for (const element of Array.from(clone.body.querySelectorAll(NOT_TEXT))) element.remove();
  if (!(clone.body.textContent).trim()) {
    return failure('no-article', 'This page has no text to show.');
  }
  makeUrlsAbsolute(clone.body, options.url);
  return buildArticle(clone.body, { title: facts.title ?? options.url }, facts, { ...options, minWords: 1 }, log);
}
