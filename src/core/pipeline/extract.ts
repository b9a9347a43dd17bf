import { Readability } from '@mozilla/readability';
import { cleanArticle } from '../rules/clean-article.ts';
import { RemovalLog } from '../rules/removal-log.ts';
import type { ExtractOptions, ExtractResult } from '../types.ts';
import { blankToNull, buildArticle } from './build-article.ts';
import { failure, readGuarded } from './guards.ts';
import { readPageFacts } from './page-facts.ts';
import { makeUrlsAbsolute } from './absolute-urls.ts';
import { prepareClone } from './prepare.ts';
import { chooseTitle } from './title.ts';

/**
 * Extracts the main article of `doc` and removes what Readability leaves behind. Works on any DOM
 * Document. `doc` is left as it was, unless the caller hands it over with `consumeDocument`.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  return readGuarded(doc, options, () => extractChecked(doc, options));
}

function extractChecked(doc: Document, options: ExtractOptions): ExtractResult {
  const disabled = new Set(options.disabledRules ?? []);
  const log = new RemovalLog(options.keepRemovalSlots === true);
  const facts = readPageFacts(doc);
  const clone = prepareClone(doc, options, disabled, log);
  const parsed = new Readability(clone, {
    keepClasses: true,
    serializer: (node: Node) => node,
    maxElemsToParse: 0,
  }).parse();
  const root = parsed?.content;
  if (!parsed || !root || root.nodeType !== 1) {
    return failure('no-article', 'Plainpage found no article on this page.');
  }
  const element = root as Element;
  const title = chooseTitle(blankToNull(parsed.title) ?? facts.title ?? '', facts.titleClues);
  cleanArticle(element, { title, byline: blankToNull(parsed.byline), url: options.url }, disabled, log);
  // Readability copies lazy-image attributes it recognises (as written, relative) into src: those
  // are made absolute now, as everything else was before.
  makeUrlsAbsolute(element, options.url);
  return buildArticle(element, { ...parsed, title }, facts, options, log);
}
