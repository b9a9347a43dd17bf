import { describeError, extractArticle, extractPageText, tooManyElements, type ExtractOptions, type ExtractResult, type VisibilityOracle } from '../core/index.ts';
import { HIDDEN_MARK, type CopyReply, type PageCopy } from './page-copy.ts';
import { pageAddress } from './page-address.ts';
import { TooManyElements, type ParsedPage, type ParseHtml } from './parse-html.ts';
import type { Reading, ReadRequest } from './reading.ts';
import { markStep } from '../shared/steps.ts';

/** The content script judged visibility on the live page; its marks say what the reader could not see. */
const unmarked: VisibilityOracle = (element) => !element.hasAttribute(HIDDEN_MARK);
/** The mark as the copy may spell it: attribute names are not case-sensitive in HTML. */
const ANY_MARK = new RegExp(HIDDEN_MARK, 'i');

/** The oracle for a copy: none when nothing in it is marked, which spares the core a walk over every element. */
function visibilityOf(copy: PageCopy): VisibilityOracle | undefined {
  return ANY_MARK.test(copy.html) ? unmarked : undefined;
}

function parsedForReading(copy: PageCopy, parse: ParseHtml): ParsedPage & { url: string } {
  const parsed = parse(copy.html, copy.contentType);
  return { ...parsed, url: pageAddress(parsed.doc, copy) };
}

function readParsed(copy: PageCopy, request: ReadRequest, parse: ParseHtml): ExtractResult {
  const { doc, url, release } = parsedForReading(copy, parse);
  markStep('parse');
  const releases = [release];
  const options: ExtractOptions = {
    url,
    isVisible: visibilityOf(copy),
    disabledRules: request.disabledRules,
    removeSelectors: request.removeSelectors,
    keepRemovalSlots: request.keepRemovalSlots,
    // Each reading parses the page for itself alone: the core may take it apart rather than clone it,
    // and asks for the page again when it wants a second reading.
    consumeDocument: true,
    readAgain: () => {
      const again = parsedForReading(copy, parse);
      releases.push(again.release);
      return again.doc;
    },
  };
  let result: ExtractResult;
  try {
    result = extractArticle(doc, options);
  } finally {
    for (const free of releases) free();
  }
  markStep('core');
  if (result.ok || result.failure.code !== 'no-article' || !request.textFallback) return result;
  const again = parsedForReading(copy, parse);
  try {
    return extractPageText(again.doc, { ...options, url: again.url });
  } finally {
    again.release();
  }
}

/**
 * Reads a page: the one way every part of Plainpage does it (popup, full-tab reader, linked pages,
 * the CLI, the benchmark, the tests). Parses the copy for this reading alone, settles its address,
 * takes out what the reader could not see, and runs the core. Never throws: whatever the
 * page makes the parser or the core throw becomes an `unexpected` failure that carries the error
 * in `detail` for developers.
 */
export function readPage(copy: PageCopy, request: ReadRequest, parse: ParseHtml): Reading {
  try {
    return readParsed(copy, request, parse);
  } catch (error: unknown) {
    if (error instanceof TooManyElements) return tooManyElements(error.elements, error.budget);
    return { ok: false, failure: { code: 'unexpected', message: 'Plainpage could not read this page.', detail: describeError(error) } };
  }
}

/** Reads a tab's copy, or passes on why there is none. */
export function readCopyReply(reply: CopyReply, request: ReadRequest, parse: ParseHtml): Reading {
  return reply.ok ? readPage(reply.copy, request, parse) : reply;
}
