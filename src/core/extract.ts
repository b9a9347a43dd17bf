import { Readability } from '@mozilla/readability';
import { prepareClone } from './prepare.ts';
import { cleanArticle } from './clean.ts';
import { articleText } from './text.ts';
import { readingMinutes, wordCount } from './reading-time.ts';
import { documentDirection, documentLanguage } from './language.ts';
import { finishArticle } from './finish.ts';
import { RemovalLog } from './removal-log.ts';
import { sanitizeArticleHtml } from './sanitize.ts';
import type { ExtractOptions, ExtractResult, Failure, FailureCode } from './types.ts';

const DEFAULT_MAX_ELEMENTS = 400_000;

function failure(code: FailureCode, message: string): { ok: false; failure: Failure } {
  return { ok: false, failure: { code, message } };
}

/**
 * Extracts the main article of `doc` and removes what Readability leaves behind.
 * Works on any DOM Document; `doc` itself is never modified.
 */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  if (!doc.documentElement || !doc.body) {
    return failure('not-html', 'This is not an HTML page, so there is no article to show.');
  }
  const view = doc.defaultView ?? (globalThis as unknown as Window & typeof globalThis);
  if (typeof view.DOMParser !== 'function') {
    return failure('unexpected', 'No HTML parser is available to sanitise the article.');
  }
  const elementCount = doc.getElementsByTagName('*').length;
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (elementCount > maxElements) {
    return failure(
      'too-large',
      `This page has ${elementCount.toLocaleString('en')} elements, more than Plainpage reads (${maxElements.toLocaleString('en')}).`,
    );
  }
  const disabled = new Set(options.disabledRules ?? []);
  const log = new RemovalLog(options.keepRemovalSlots === true);
  const clone = prepareClone(doc, options, disabled, log);
  const parsed = new Readability(clone, {
    keepClasses: true,
    serializer: (node: Node) => node,
    maxElemsToParse: maxElements,
  }).parse();
  const content = parsed?.content;
  if (!parsed || !content || !(content instanceof clone.defaultView!.Element || 'querySelectorAll' in content)) {
    return failure('no-article', 'Plainpage found no article on this page.');
  }
  const root = content as Element;
  const title = (parsed.title ?? '').trim() || (doc.title || '').trim();
  cleanArticle(root, { title, byline: parsed.byline ?? null }, disabled, log);
  finishArticle(root, options.url);
  const text = articleText(root);
  if (text.trim().length === 0) {
    return failure('no-article', 'Plainpage found no article text on this page.');
  }
  const words = wordCount(text);
  return {
    ok: true,
    article: {
      url: options.url,
      title,
      byline: parsed.byline?.trim() || null,
      siteName: parsed.siteName?.trim() || null,
      lang: parsed.lang?.trim() || documentLanguage(doc),
      dir: documentDirection(parsed.dir, doc),
      publishedTime: parsed.publishedTime?.trim() || null,
      excerpt: parsed.excerpt?.trim() || null,
      html: sanitizeArticleHtml(root.innerHTML, view),
      text,
      wordCount: words,
      readingMinutes: readingMinutes(words),
      removed: log.removals(view),
    },
  };
}
