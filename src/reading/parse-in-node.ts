import { JSDOM, VirtualConsole } from 'jsdom';
import type { ParseHtml } from './parse-html.ts';

/** The page's own console output and jsdom's complaints about it are not the reader's business. */
const quiet = new VirtualConsole();

const XML_TYPES = new Set(['application/xhtml+xml', 'application/xml', 'text/xml', 'image/svg+xml']);

/**
 * Node's parser for the CLI and the benchmark: jsdom, which builds the tree by the HTML standard's
 * algorithm, as the browser's DOMParser does, and runs none of the page's scripts.
 */
export const parseInNode: ParseHtml = (html, contentType) =>
  new JSDOM(html, { contentType: XML_TYPES.has(contentType) ? contentType : 'text/html', virtualConsole: quiet }).window.document;
