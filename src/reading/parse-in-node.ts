import { JSDOM, VirtualConsole } from 'jsdom';
import { DEFAULT_MAX_ELEMENTS } from '../core/index.ts';
import { boundHtml } from './bounded-html.ts';
import { parsedType, TooManyElements, type ParseHtml } from './parse-html.ts';

/** The page's own console output and jsdom's complaints about it are not the reader's business. */
const quiet = new VirtualConsole();

/**
 * Node's parser for the CLI and the benchmark: jsdom's DOMParser, as the popup parses its copy.
 * Measured on all 488 benchmark pages, it gives the browser's article on every one (linkedom 97 %,
 * happy-dom 96 %, and DOMPurify is unsafe or a no-op on both), in about half the time of
 * `new JSDOM(html)`. A document from DOMParser has no window of its own, so jsdom parses none of
 * its stylesheets: CSS it cannot read cannot throw. Each page gets a window of its own, closed
 * when it is released: one long-lived window kept about 2 MB of every page Readability worked on.
 * An HTML page jsdom could not build in time is simplified first (bounded-html.ts), and one past
 * the element budget even then is refused before it is built.
 */
export const parseInNode: ParseHtml = (html, contentType) => {
  const type = parsedType(contentType);
  const bounded = type === 'text/html' ? boundHtml(html, DEFAULT_MAX_ELEMENTS) : { ok: true as const, html };
  if (!bounded.ok) throw new TooManyElements(bounded.elements, DEFAULT_MAX_ELEMENTS);
  const host = new JSDOM('', { virtualConsole: quiet });
  return {
    doc: new host.window.DOMParser().parseFromString(bounded.html, type),
    release: () => {
      // Closing tears the documents down recursively, which overflows the stack on pages nested
      // thousands deep (an XML page is not simplified); those are left to the garbage collector.
      try {
        host.window.close();
      } catch (error: unknown) {
        if (!(error instanceof RangeError)) throw error;
      }
    },
  };
};
