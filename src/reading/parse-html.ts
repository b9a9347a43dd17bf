/**
 * Parses a page's HTML (or an XML type) into a Document of its own. In an extension page that is
 * the browser's DOMParser; in Node, see parse-in-node.ts.
 */
export type ParseHtml = (html: string, contentType: string) => Document;

/** Types DOMParser reads; any other page is parsed as HTML. */
const PARSED_TYPES = new Set<string>(['text/html', 'text/xml', 'application/xml', 'application/xhtml+xml', 'image/svg+xml']);

function parsedType(contentType: string): DOMParserSupportedType {
  return PARSED_TYPES.has(contentType) ? (contentType as DOMParserSupportedType) : 'text/html';
}

/** The browser's parser: inert, no script of the page runs. */
export const parseInBrowser: ParseHtml = (html, contentType) => new DOMParser().parseFromString(html, parsedType(contentType));
