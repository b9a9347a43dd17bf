import { extractArticle, extractPageText, type ExtractOptions, type VisibilityOracle } from '../core/index.ts';
import { makeUrlsAbsolute } from '../core/finish.ts';
import { t } from './i18n.ts';
import type { PageRequest, TabExtraction } from './page-request.ts';
import { markStep } from './steps.ts';
import { HIDDEN_MARK, type PageSnapshot, type SnapshotReply } from './page-snapshot.ts';

/** Types DOMParser reads; any other page is parsed as HTML. */
const PARSED_TYPES = new Set<DOMParserSupportedType>(['text/html', 'text/xml', 'application/xml', 'application/xhtml+xml', 'image/svg+xml']);

/** The content script judged visibility on the live page; its marks say what the reader could not see. */
const unmarked: VisibilityOracle = (element) => !element.hasAttribute(HIDDEN_MARK);

/**
 * Parses the copy. The extension page's CSP (`base-uri 'none'`) keeps the parsed document from
 * using the copy's <base>: relative addresses would resolve against the extension and the
 * sanitiser would drop them. So they are made absolute here, against the page's address as the
 * core does (a <base> the page declares is not followed: injected, it hijacks relative links).
 */
function parse(snapshot: PageSnapshot): Document {
  const type = PARSED_TYPES.has(snapshot.contentType as DOMParserSupportedType) ? (snapshot.contentType as DOMParserSupportedType) : 'text/html';
  const doc = new DOMParser().parseFromString(snapshot.html, type);
  makeUrlsAbsolute(doc.documentElement, snapshot.url);
  return doc;
}

function read(snapshot: PageSnapshot, request: PageRequest): TabExtraction {
  const doc = parse(snapshot);
  markStep('parse');
  const options: ExtractOptions = {
    url: snapshot.url,
    isVisible: unmarked,
    disabledRules: request.disabledRules,
    removeSelectors: request.removeSelectors,
    keepRemovalSlots: true,
    // Each reading parses the copy for itself alone: the core may take it apart rather than clone it.
    consumeDocument: true,
  };
  const result = extractArticle(doc, options);
  markStep('core');
  if (result.ok || result.failure.code !== 'no-article' || !request.textFallback) return result;
  return extractPageText(parse(snapshot), options);
}

/**
 * Runs the core on the content script's copy of the page, in the extension page that asked.
 * Never throws.
 */
export function extractFromSnapshot(reply: SnapshotReply, request: PageRequest): TabExtraction {
  if (!reply.ok) return reply;
  try {
    return read(reply.snapshot, request);
  } catch (error) {
    console.warn('Plainpage could not read this page:', error);
    return { ok: false, failure: { code: 'unexpected', message: t('unexpectedInPage') } };
  }
}

